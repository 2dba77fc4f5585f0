package dev.hops.kustomize.internal.smp;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports of the kyaml {@code yaml} package helpers merge2 relies on ({@code rnode.go}, {@code
 * fns.go}, {@code types.go}), on Hops nodes. A Java {@code null} is kyaml's nil {@code *RNode}.
 */
final class KNodes {

  private KNodes() {}

  enum Kind {
    NONE,
    MAPPING,
    SEQUENCE,
    SCALAR;

    String goName() {
      return switch (this) {
        case MAPPING -> "MappingNode";
        case SEQUENCE -> "SequenceNode";
        case SCALAR -> "ScalarNode";
        case NONE -> "Unknown";
      };
    }
  }

  static Kind kind(Node n) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n == null) {
      return Kind.NONE;
    } else if (n instanceof MappingNode) {
      return Kind.MAPPING;
    }
    return n instanceof SequenceNode ? Kind.SEQUENCE : Kind.SCALAR;
  }

  /** {@code IsMissingOrNull}: nil, or tagged {@code !!null}. */
  static boolean isMissingOrNull(Node n) {
    return n == null || Tags.NULL.equals(n.tag());
  }

  /** {@code IsTaggedNull}: non-nil and tagged {@code !!null}. */
  static boolean isTaggedNull(Node n) {
    return n != null && Tags.NULL.equals(n.tag());
  }

  /** {@code IsEmptyMap}: missing or null, or a mapping without entries. */
  static boolean isEmptyMap(Node n) {
    return isMissingOrNull(n) || n instanceof MappingNode m && m.isEmpty();
  }

  /** {@code IsNilOrEmpty}: nil, tagged null, or an empty mapping or sequence. */
  static boolean isNilOrEmpty(Node n) {
    return n == null
        || Tags.NULL.equals(n.tag())
        || n instanceof MappingNode m && m.isEmpty()
        || n instanceof SequenceNode s && s.isEmpty();
  }

  /** The yaml.v3 {@code Node.Value}: a scalar's text (also for nulls), "" for collections. */
  static String yValue(Node n) {
    return n instanceof ScalarNode s ? s.value() : "";
  }

  /** {@code GetValue}: "" for missing or null nodes, else the node's Value. */
  static String getValue(Node n) {
    return isMissingOrNull(n) ? "" : yValue(n);
  }

  /** The text of a mapping key as yaml.v3 holds it ("" for a non-scalar key). */
  static String keyText(MappingNode.Entry e) {
    return e.key() instanceof ScalarNode s ? s.value() : "";
  }

  /** {@code RNode.Field(name)}: the first entry called {@code name}, null for non-mappings. */
  static MappingNode.Entry field(Node n, String name) {
    if (!(n instanceof MappingNode m)) {
      return null;
    }
    for (MappingNode.Entry e : m.entries()) {
      if (name.equals(keyText(e))) {
        return e;
      }
    }
    return null;
  }

  /** The value of {@link #field}, or null. */
  static Node fieldValue(Node n, String name) {
    MappingNode.Entry e = field(n, name);
    return e == null ? null : e.value();
  }

  /** {@code ErrorIfInvalid}: missing or null nodes pass; others must be of the kind. */
  static void errorIfInvalid(Node n, Kind kind) {
    if (isMissingOrNull(n)) {
      return;
    }
    if (kind(n) != kind) {
      throw new SmpException(
          "wrong node kind: expected "
              + kind.goName()
              + " but got "
              + kind(n).goName()
              + ": node contents:\n"
              + NodeText.render(n));
    }
  }

  /** {@code ErrorIfAnyInvalidAndNonNull}. */
  static void errorIfAnyInvalidAndNonNull(Kind kind, Node[] nodes) {
    for (Node n : nodes) {
      errorIfInvalid(n, kind);
    }
  }

  /**
   * {@code FieldMatcher{Name: name, Value: match}.Filter(rn)}: the value of field {@code name} of
   * the mapping {@code rn} (when {@code match} is non-null, only if its Value equals {@code
   * match}); with an empty name, {@code rn} itself if it is a scalar whose value is {@code match}.
   * Null when not found.
   */
  static Node fieldMatcher(Node rn, String name, String match) {
    if (isMissingOrNull(rn)) {
      return null;
    }
    if (name.isEmpty()) {
      errorIfInvalid(rn, Kind.SCALAR);
      return getValue(rn).equals(match == null ? "" : match) ? rn : null;
    }
    errorIfInvalid(rn, Kind.MAPPING);
    MappingNode.Entry e = field(rn, name);
    if (e == null) {
      return null;
    }
    if (match == null || yValue(e.value()).equals(match)) {
      return e.value();
    }
    return null;
  }

  /** {@code Get(name)}. */
  static Node get(Node rn, String name) {
    return fieldMatcher(rn, name, null);
  }

  /** {@code FieldMatcher{Name, StringValue}}: an empty StringValue matches any value. */
  static Node matchStringValue(Node rn, String name, String stringValue) {
    return fieldMatcher(rn, name, stringValue.isEmpty() ? null : stringValue);
  }

  /**
   * {@code ElementMatcher{Keys, Values, MatchAnyValue}.Filter(seq)}: the first element matching
   * every key/value pair, or null.
   */
  static Node elementMatcher(
      Node seq, List<String> keys, List<String> values, boolean matchAnyValue) {
    if (keys.isEmpty()) {
      keys = List.of("");
    }
    if (values.isEmpty()) {
      values = List.of("");
    }
    errorIfInvalid(seq, Kind.SEQUENCE);
    if (matchAnyValue && !values.isEmpty() && !values.get(0).isEmpty()) {
      throw new SmpException("Values must be empty when MatchAnyValue is set to true");
    }
    List<Node> items = items(seq);
    if (keys.get(0).isEmpty()) {
      for (Node item : items) {
        if (yValue(item).equals(values.get(0))) {
          return item;
        }
      }
      return null;
    }
    for (Node elem : items) {
      if (!(isMissingOrNull(elem) || elem instanceof MappingNode)) {
        continue;
      }
      if (!matchAnyValue && keys.size() != values.size()) {
        throw new SmpException(
            "length of keys must equal length of values when MatchAnyValue is false");
      }
      boolean matches = true;
      for (int i = 0; i < keys.size(); i++) {
        Node f =
            matchAnyValue
                ? fieldMatcher(elem, keys.get(i), null)
                : fieldMatcher(elem, keys.get(i), values.get(i));
        if (f == null) {
          matches = false;
          break;
        }
      }
      if (matches) {
        return elem;
      }
    }
    return null;
  }

  /** {@code RNode.ElementList(keys, values)}: null for non-sequences, no match or errors. */
  static Node elementList(Node seq, List<String> keys, List<String> values) {
    if (!(seq instanceof SequenceNode)) {
      return null;
    }
    try {
      return elementMatcher(seq, keys, values, false);
    } catch (SmpException e) {
      return null;
    }
  }

  /** {@code RNode.ElementValuesList(keys)}: per element, the value of each key ("" if absent). */
  static List<List<String>> elementValuesList(Node seq, List<String> keys) {
    if (!isMissingOrNull(seq) && !(seq instanceof SequenceNode)) {
      return List.of(); // kyaml returns an error, which callers ignore
    }
    List<Node> items = items(seq);
    List<List<String>> out = new ArrayList<>(items.size());
    for (Node item : items) {
      List<String> values = new ArrayList<>(keys.size());
      for (String key : keys) {
        MappingNode.Entry f = field(item, key);
        values.add(f == null || isNilOrEmpty(f.value()) ? "" : yValue(f.value()));
      }
      out.add(values);
    }
    return out;
  }

  /** The yaml.v3 Content of a sequence; empty for anything else (as for null scalars). */
  static List<Node> items(Node n) {
    return n instanceof SequenceNode s ? s.items() : List.of();
  }

  /**
   * {@code ElementSetter{Element, Keys, Values}.Filter(seq)}: replaces (or, for a null element,
   * deletes) the elements matching the keys, appending the element if none matched. Drops null and
   * empty-map elements on the way, as kyaml does.
   */
  static Node elementSetter(Node seq, Node element, List<String> keys, List<String> values) {
    if (keys.isEmpty()) {
      keys = List.of("");
    }
    errorIfInvalid(seq, Kind.SEQUENCE);
    boolean mappingSetter = !keys.get(0).isEmpty() && !values.isEmpty() && !values.get(0).isEmpty();
    List<Node> content = items(seq);
    List<Node> newContent = new ArrayList<>(content.size() + 1);
    boolean matchingElementFound = false;
    for (Node elem : content) {
      if (isMissingOrNull(elem) || isEmptyMap(elem)) {
        continue;
      }
      if (!(elem instanceof MappingNode) && mappingSetter) {
        newContent.add(elem);
        continue;
      }
      Node val = null;
      boolean found = true;
      for (int j = 0; j < keys.size(); j++) {
        if (j < values.size()) {
          val = matchStringValue(elem, keys.get(j), values.get(j));
        }
        if (val == null) {
          found = false;
          break;
        }
      }
      if (!found) {
        if (!values.isEmpty()) {
          newContent.add(elem);
        }
        continue;
      }
      matchingElementFound = true;
      if (element == null) {
        continue;
      }
      newContent.add(element);
    }
    setItems(seq, newContent);
    if (isMissingOrNull(element)) {
      return null;
    }
    if (!matchingElementFound) {
      ((SequenceNode) seq).items().add(element);
    }
    return element;
  }

  private static void setItems(Node seq, List<Node> newContent) {
    if (seq instanceof SequenceNode s) {
      s.items().clear();
      s.items().addAll(newContent);
    }
  }

  /** {@code Clear(name)}: removes the first field called {@code name}; returns its value. */
  static Node clear(Node rn, String name) {
    errorIfInvalid(rn, Kind.MAPPING);
    if (!(rn instanceof MappingNode m)) {
      return null;
    }
    List<MappingNode.Entry> entries = m.entries();
    for (int i = 0; i < entries.size(); i++) {
      if (keyText(entries.get(i)).equals(name)) {
        return entries.remove(i).value();
      }
    }
    return null;
  }

  /**
   * The tag a scalar ends up with once kustomize has written it out and read it back, when it has
   * been given another style: a scalar tagged with the tag its text resolves to anyway loses the
   * tag on output (yaml.v3's encoder drops it), so quoted or block styles make it a string.
   */
  static void settleTag(ScalarNode s) {
    if (s.explicitTag() || s.style() == ScalarStyle.PLAIN || Tags.STR.equals(s.tag())) {
      return;
    }
    if (s.tag().equals(ScalarNode.ofPlain(s.value()).tag())) {
      s.setTag(Tags.STR);
    }
  }
}
