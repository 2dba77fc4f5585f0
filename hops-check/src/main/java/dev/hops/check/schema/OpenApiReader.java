package dev.hops.check.schema;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a schema written as YAML or JSON: a CustomResourceDefinition's {@code openAPIV3Schema}
 * (structural: a field its object does not declare is unknown, unless {@code
 * x-kubernetes-preserve-unknown-fields} or {@code additionalProperties} allow it) or a JSON Schema
 * file as kubeconform uses (a field is unknown only under {@code additionalProperties: false}).
 */
final class OpenApiReader {

  enum Dialect {
    STRUCTURAL,
    JSON_SCHEMA
  }

  private final Dialect dialect;
  private final Schema objectMeta;
  private final Function<String, Schema> refs;

  /**
   * @param objectMeta the schema of the metadata of the object and of embedded resources
   * @param refs resolves a {@code $ref} (JSON Schema files), or null
   */
  OpenApiReader(Dialect dialect, Schema objectMeta, Function<String, Schema> refs) {
    this.dialect = dialect;
    this.objectMeta = objectMeta;
    this.refs = refs;
  }

  /** The schema of a whole object: apiVersion and kind are strings, metadata is ObjectMeta. */
  Schema object(MappingNode root) {
    return read(root, true, true);
  }

  /**
   * @param skeleton in the structure of the schema rather than inside allOf/anyOf/oneOf/not, whose
   *     properties only restrict values
   */
  Schema read(MappingNode n, boolean skeleton, boolean implied) {
    String ref = n.getString("$ref");
    if (ref != null && refs != null) {
      return Schema.ref(() -> refs.apply(ref));
    }
    Schema.Builder b = new Schema.Builder();
    b.types = types(n.get("type"));
    boolean preserve = flag(n, "x-kubernetes-preserve-unknown-fields");
    if (flag(n, "x-kubernetes-int-or-string")) {
      b.types = Schema.INTEGER | Schema.STRING;
    }
    b.nullable = flag(n, "nullable");
    b.properties = properties(n.getMapping("properties"), skeleton);
    if (implied || flag(n, "x-kubernetes-embedded-resource")) {
      imply(b.properties, implied);
    }
    additional(n.get("additionalProperties"), skeleton, b);
    if (!preserve && !b.closed && b.additional == null) {
      b.closed =
          dialect == Dialect.STRUCTURAL
              && skeleton
              && ((b.types & Schema.OBJECT) != 0 || !b.properties.isEmpty());
    } else if (preserve) {
      b.closed = false;
    }
    b.required = strings(n.getSequence("required"));
    if (n.get("items") instanceof MappingNode items) {
      b.items = read(items, skeleton, false);
    }
    Restrictions.read(n, b);
    b.allOf = junctor(n.getSequence("allOf"));
    b.anyOf = junctor(n.getSequence("anyOf"));
    b.oneOf = junctor(n.getSequence("oneOf"));
    if (n.get("not") instanceof MappingNode not) {
      b.not = read(not, false, false);
    }
    return b.build();
  }

  private Map<String, Schema> properties(MappingNode props, boolean skeleton) {
    Map<String, Schema> out = new HashMap<>();
    if (props != null) {
      for (MappingNode.Entry e : props.entries()) {
        if (e.value() instanceof MappingNode m) {
          out.put(e.name(), read(m, skeleton, false));
        }
      }
    }
    return out;
  }

  /** apiVersion, kind and metadata of an object (for the root: whatever the schema says). */
  private void imply(Map<String, Schema> properties, boolean root) {
    Schema.Builder string = new Schema.Builder();
    string.types = Schema.STRING;
    Schema s = string.build();
    Schema meta = objectMeta != null ? objectMeta : Schema.ANY;
    if (root) {
      properties.put("apiVersion", s);
      properties.put("kind", s);
      properties.put("metadata", meta);
    } else {
      properties.putIfAbsent("apiVersion", s);
      properties.putIfAbsent("kind", s);
      properties.putIfAbsent("metadata", meta);
    }
  }

  private void additional(Node a, boolean skeleton, Schema.Builder b) {
    if (a instanceof MappingNode m) {
      b.additional = read(m, skeleton, false);
    } else if (a instanceof ScalarNode s && s.value().equals("true")) {
      b.additional = Schema.ANY;
    } else if (a instanceof ScalarNode s && s.value().equals("false")) {
      b.closed = true;
    }
  }

  private List<Schema> junctor(SequenceNode seq) {
    if (seq == null) {
      return null;
    }
    List<Schema> out = new ArrayList<>();
    for (Node n : seq.items()) {
      if (n instanceof MappingNode m) {
        out.add(read(m, false, false));
      }
    }
    return out;
  }

  /** {@code type: string}, or as JSON Schema allows, {@code type: [string, "null"]}. */
  private static int types(Node type) {
    int out = 0;
    if (type instanceof ScalarNode s) {
      out = type(s.value());
    } else if (type instanceof SequenceNode seq) {
      for (Node t : seq.items()) {
        if (t instanceof ScalarNode s) {
          out |= type(s.value());
        }
      }
    }
    return out;
  }

  private static int type(String name) {
    return switch (name) {
      case "object" -> Schema.OBJECT;
      case "array" -> Schema.ARRAY;
      case "string" -> Schema.STRING;
      case "integer" -> Schema.INTEGER;
      case "number" -> Schema.NUMBER;
      case "boolean" -> Schema.BOOLEAN;
      case "null" -> Schema.NULL;
      default -> 0;
    };
  }

  static boolean flag(MappingNode n, String key) {
    return n.get(key) instanceof ScalarNode s && s.value().equals("true");
  }

  static List<String> strings(SequenceNode seq) {
    List<String> out = new ArrayList<>();
    if (seq != null) {
      for (Node n : seq.items()) {
        if (n instanceof ScalarNode s) {
          out.add(s.value());
        }
      }
    }
    return out;
  }
}
