package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.KustomizeException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;
import dev.hops.yaml.internal.V3Resolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a mapping into typed fields the way kustomize reads a kustomization file (YAML to JSON with
 * Go's yaml.v2, then encoding/json with DisallowUnknownFields): field names match exactly or
 * case-insensitively, the last duplicate wins, an unknown field or a value of the wrong JSON type
 * is an error naming the field and the file position.
 */
public final class Strict {

  private final MappingNode map;
  private final String struct;
  private final Map<String, Node> byKey = new LinkedHashMap<>();
  private final Map<String, SourcePos> keyPos = new LinkedHashMap<>();

  public Strict(MappingNode map, String struct, Set<String> fields) {
    this.map = map;
    this.struct = struct;
    for (MappingNode.Entry e : map.entries()) {
      String k = e.name();
      if (k == null) {
        throw error(e.key().pos(), "json: cannot unmarshal non-string key into Go value");
      }
      String field = match(k, fields);
      if (field == null) {
        throw error(e.key().pos(), "json: unknown field \"" + k + "\"");
      }
      byKey.put(field, e.value());
      keyPos.put(field, e.key().pos());
    }
  }

  private static String match(String key, Set<String> fields) {
    if (fields.contains(key)) {
      return key;
    }
    for (String f : fields) {
      if (f.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  public MappingNode node() {
    return map;
  }

  public boolean has(String field) {
    Node n = byKey.get(field);
    return n != null && !n.isNull();
  }

  public Node raw(String field) {
    Node n = byKey.get(field);
    return n == null || n.isNull() ? null : n;
  }

  public SourcePos pos(String field) {
    Node n = byKey.get(field);
    return n != null ? n.pos() : keyPos.getOrDefault(field, map.pos());
  }

  private KustomizeException error(SourcePos pos, String message) {
    return new KustomizeException(pos, null, "invalid Kustomization: " + message);
  }

  private KustomizeException typeError(String field, Node n, String goType) {
    return error(
        n.pos(),
        "json: cannot unmarshal "
            + jsonType(n)
            + " into Go struct field "
            + struct
            + "."
            + field
            + " of type "
            + goType);
  }

  /** The JSON type a node becomes through yaml.v2 (YAML 1.1 scalars). */
  static String jsonType(Node n) {
    if (n instanceof MappingNode) {
      return "object";
    }
    if (n instanceof SequenceNode) {
      return "array";
    }
    return switch (v2Tag((ScalarNode) n)) {
      case Tags.INT, Tags.FLOAT -> "number";
      case Tags.BOOL -> "bool";
      case Tags.NULL -> "null";
      default -> "string";
    };
  }

  private static String v2Tag(ScalarNode s) {
    if (s.explicitTag() || s.style().isQuotedOrBlock()) {
      return s.effectiveTag();
    }
    return V3Resolver.resolveV2Tag(s.value());
  }

  public String string(String field) {
    Node n = raw(field);
    return n == null ? "" : asString(field, n);
  }

  private String asString(String field, Node n) {
    if (n instanceof ScalarNode s && jsonType(s).equals("string")) {
      return s.value();
    }
    throw typeError(field, n, "string");
  }

  public boolean bool(String field) {
    Node n = raw(field);
    if (n == null) {
      return false;
    }
    if (n instanceof ScalarNode s && jsonType(s).equals("bool")) {
      return Boolean.TRUE.equals(boolValue(s.value()));
    }
    throw typeError(field, n, "bool");
  }

  private static Boolean boolValue(String v) {
    return switch (v) {
      case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE" -> true;
      default -> false;
    };
  }

  public long integer(String field) {
    Node n = raw(field);
    if (n == null) {
      return 0;
    }
    if (n instanceof ScalarNode s && v2Tag(s).equals(Tags.INT)) {
      Object v = V3Resolver.resolve("", s.value().replace("_", "")).value();
      if (v instanceof Long l) {
        return l;
      }
    }
    if (n instanceof ScalarNode s && v2Tag(s).equals(Tags.FLOAT)) {
      double d = Double.parseDouble(s.value());
      if (d == Math.rint(d)) {
        return (long) d;
      }
    }
    throw typeError(field, n, "int64");
  }

  public List<String> stringList(String field) {
    Node n = raw(field);
    if (n == null) {
      return null;
    }
    if (!(n instanceof SequenceNode seq)) {
      throw typeError(field, n, "[]string");
    }
    List<String> result = new ArrayList<>();
    for (Node item : seq.items()) {
      if (item.isNull()) {
        result.add("");
      } else {
        result.add(asString(field, item));
      }
    }
    return result;
  }

  /** A list of strings with the position of each entry. */
  public List<Ref> refList(String field) {
    Node n = raw(field);
    if (n == null) {
      return null;
    }
    if (!(n instanceof SequenceNode seq)) {
      throw typeError(field, n, "[]string");
    }
    List<Ref> result = new ArrayList<>();
    for (Node item : seq.items()) {
      result.add(new Ref(item.isNull() ? "" : asString(field, item), item.pos()));
    }
    return result;
  }

  public Map<String, String> stringMap(String field) {
    Node n = raw(field);
    if (n == null) {
      return null;
    }
    if (!(n instanceof MappingNode m)) {
      throw typeError(field, n, "map[string]string");
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (MappingNode.Entry e : m.entries()) {
      String v = e.value().isNull() ? "" : asString(field, e.value());
      result.put(e.name(), v);
    }
    return result;
  }

  public Map<String, Boolean> boolMap(String field) {
    Node n = raw(field);
    if (n == null) {
      return null;
    }
    if (!(n instanceof MappingNode m)) {
      throw typeError(field, n, "map[string]bool");
    }
    Map<String, Boolean> result = new LinkedHashMap<>();
    for (MappingNode.Entry e : m.entries()) {
      Node v = e.value();
      if (v.isNull()) {
        result.put(e.name(), false);
      } else if (v instanceof ScalarNode s && jsonType(s).equals("bool")) {
        result.put(e.name(), boolValue(s.value()));
      } else {
        throw typeError(field, v, "bool");
      }
    }
    return result;
  }

  public MappingNode mapping(String field) {
    Node n = raw(field);
    if (n == null) {
      return null;
    }
    if (!(n instanceof MappingNode m)) {
      throw typeError(field, n, "struct");
    }
    return m;
  }

  /** Items of a list field that must be mappings (structs). */
  public List<MappingNode> mappings(String field, String goType) {
    Node n = raw(field);
    if (n == null) {
      return null;
    }
    if (!(n instanceof SequenceNode seq)) {
      throw typeError(field, n, "[]" + goType);
    }
    List<MappingNode> result = new ArrayList<>();
    for (Node item : seq.items()) {
      if (item.isNull()) {
        result.add(MappingNode.empty());
      } else if (item instanceof MappingNode m) {
        result.add(m);
      } else {
        throw typeError(field, item, goType);
      }
    }
    return result;
  }

  /** Items of a list that may be strings or mappings (replacements, transformers). */
  public List<Node> items(String field) {
    Node n = raw(field);
    if (n == null) {
      return null;
    }
    if (!(n instanceof SequenceNode seq)) {
      throw typeError(field, n, "[]");
    }
    return seq.items();
  }
}
