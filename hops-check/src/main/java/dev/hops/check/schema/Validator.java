package dev.hops.check.schema;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a YAML node tree against a {@link Schema}, as the API server would check the JSON Flux
 * sends: types, unknown fields, required fields, enums, patterns, bounds and the logical junctors.
 * Null values pass, as Kubernetes prunes them unless a schema says {@code nullable}.
 */
public final class Validator {

  /** How values may be shown in messages. */
  public enum Values {
    /** Shown (most objects). */
    SHOWN,
    /** Never shown: a Secret's values. */
    HIDDEN,
    /**
     * Never shown, and SOPS ciphertext ({@code ENC[...]}, which replaces values of any type) is not
     * checked: Flux decrypts before it applies.
     */
    SOPS
  }

  private final Values values;
  private final List<Violation> out = new ArrayList<>();

  private Validator(Values values) {
    this.values = values;
  }

  /** The violations of a whole object, in document order. */
  public static List<Violation> validate(MappingNode object, Schema schema, Values values) {
    Validator v = new Validator(values);
    v.check(object, schema, Pointer.ROOT, object);
    return v.out;
  }

  /**
   * @param named the node that names this value, to report a missing field at: its key in the
   *     parent object, else the value itself
   */
  private void check(Node n, Schema schema, Pointer at, Node named) {
    Schema s = schema.resolve();
    if (n.isNull() || (values == Values.SOPS && ciphertext(n))) {
      return;
    }
    int type = Json.type(n);
    int allowed = s.quantity ? Schema.STRING | Schema.NUMBER : s.types;
    if (!Json.accepts(allowed, type, n)) {
      fail(at, n, "expected " + expected(s) + ", found " + found(n), "");
      return;
    }
    if (s.quantity && type == Schema.STRING && !Quantities.valid(n.asScalar().value())) {
      fail(at, n, "expected a quantity (such as 500m, 128Mi or 1.5), found " + found(n), "");
      return;
    }
    if (s.enumKeys != null && !s.enumKeys.contains(Json.key(n))) {
      fail(at, n, "expected one of " + String.join(", ", s.enumShown) + ", found " + found(n), "");
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof MappingNode m) {
      object(m, s, at, named);
    } else if (n instanceof SequenceNode seq) {
      array(seq, s, at);
    } else {
      Bounds.scalar(this, (ScalarNode) n, type, s, at);
    }
    junctors(n, s, at, named);
  }

  private void object(MappingNode m, Schema s, Pointer at, Node named) {
    for (MappingNode.Entry e : m.entries()) {
      if (!(e.key() instanceof ScalarNode k)) {
        continue;
      }
      String name = k.value();
      Schema field = s.field(name);
      if (field != null) {
        check(e.value(), field, at.child(name), k);
      } else if (!(values == Values.SOPS && at.parent() == null && name.equals("sops"))) {
        fail(at.child(name), k, UnknownFields.message(s), UnknownFields.hint(name, s));
      }
    }
    if (!at.inStatus()) { // the API server sets status itself
      for (String r : s.required) {
        Node v = m.get(r);
        if (v == null || (v.isNull() && !nullable(s.field(r)))) {
          fail(at.child(r), named, "missing required field '" + r + "'", "");
        }
      }
    }
    Bounds.size(this, m, m.size(), s.minProperties, s.maxProperties, "fields", at);
  }

  private static boolean nullable(Schema field) {
    return field != null && field.resolve().nullable;
  }

  private void array(SequenceNode seq, Schema s, Pointer at) {
    if (s.items != null) {
      List<Node> items = seq.items();
      for (int i = 0; i < items.size(); i++) {
        check(items.get(i), s.items, at.child(i), items.get(i));
      }
    }
    Bounds.size(this, seq, seq.size(), s.minItems, s.maxItems, "items", at);
  }

  /** allOf, anyOf, oneOf and not: value validations on the node as a whole. */
  private void junctors(Node n, Schema s, Pointer at, Node named) {
    for (Schema sub : s.allOf) {
      check(n, sub, at, named);
    }
    if (!s.anyOf.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      if (s.anyOf.stream().noneMatch(sub -> matches(n, sub, reasons))) {
        fail(
            at,
            n,
            "expected one of "
                + s.anyOf.size()
                + " alternatives (anyOf): "
                + String.join(" | ", reasons),
            "");
      }
    }
    if (!s.oneOf.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      long matching = s.oneOf.stream().filter(sub -> matches(n, sub, reasons)).count();
      if (matching == 0) {
        fail(
            at,
            n,
            "expected one of "
                + s.oneOf.size()
                + " alternatives (oneOf): "
                + String.join(" | ", reasons),
            "");
      } else if (matching > 1) {
        fail(
            at,
            n,
            "expected exactly one of "
                + s.oneOf.size()
                + " alternatives (oneOf), "
                + "found a value that matches "
                + matching,
            "");
      }
    }
    if (s.not != null && matches(n, s.not, new ArrayList<>())) {
      fail(at, n, "found a value the schema excludes (not)", "");
    }
  }

  /** Whether the node matches a schema; if not, the first reason is added to {@code reasons}. */
  private boolean matches(Node n, Schema s, List<String> reasons) {
    Validator quiet = new Validator(values);
    quiet.check(n, s, Pointer.ROOT, n);
    if (quiet.out.isEmpty()) {
      return true;
    }
    Violation first = quiet.out.get(0);
    reasons.add((first.pointer().isEmpty() ? "" : first.pointer() + ": ") + first.message());
    return false;
  }

  void fail(Pointer at, Node node, String message, String hint) {
    String pointer = at.toString();
    out.add(new Violation(pointer, node, message, hint));
  }

  String found(Node n) {
    return Json.describe(n, values == Values.SHOWN);
  }

  private static String expected(Schema s) {
    if (s.quantity) {
      return "a quantity (such as 500m, 128Mi or 1.5)";
    }
    return Json.typeName(s.types);
  }

  private static boolean ciphertext(Node n) {
    return n instanceof ScalarNode s && s.value().startsWith("ENC[");
  }
}
