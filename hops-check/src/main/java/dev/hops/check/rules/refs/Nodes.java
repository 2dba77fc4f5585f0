package dev.hops.check.rules.refs;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;

/** Reading reference fields from a YAML node tree. */
final class Nodes {

  private Nodes() {}

  /** The mapping at a path of keys, or null. */
  static MappingNode at(MappingNode node, String... path) {
    MappingNode cur = node;
    for (int i = 0; i < path.length && cur != null; i++) {
      cur = cur.getMapping(path[i]);
    }
    return cur;
  }

  /**
   * Where a field is written: its key (the line of {@code sourceRef:}), or null when absent. A
   * mapping value's own position is that of its first key, one line further.
   */
  static Node key(MappingNode parent, String key) {
    MappingNode.Entry e = parent == null ? null : parent.entry(key);
    return e == null ? null : e.key();
  }

  /** A scalar field's text, or {@code fallback} when it is absent, null or empty. */
  static String text(MappingNode node, String key, String fallback) {
    Node n = node == null ? null : node.get(key);
    if (n instanceof ScalarNode s && !s.isNull() && !s.value().isEmpty()) {
      return s.value();
    }
    return fallback;
  }

  /** True when the field is the boolean true. */
  static boolean isTrue(MappingNode node, String key) {
    return "true".equals(text(node, key, ""));
  }

  /** The mappings of a sequence field (none when it is absent or not a sequence). */
  static List<MappingNode> items(MappingNode node, String key) {
    List<MappingNode> out = new ArrayList<>();
    if (node != null && node.get(key) instanceof SequenceNode seq) {
      for (Node n : seq.items()) {
        if (n instanceof MappingNode m) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The scalars of a sequence field. */
  static List<ScalarNode> scalars(MappingNode node, String key) {
    List<ScalarNode> out = new ArrayList<>();
    if (node != null && node.get(key) instanceof SequenceNode seq) {
      for (Node n : seq.items()) {
        if (n instanceof ScalarNode s && !s.isNull()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The keys of a ConfigMap's or Secret's data (stringData and binaryData included). */
  static List<String> dataKeys(MappingNode object) {
    return keys(object, "data", "stringData", "binaryData");
  }

  /** The keys of the given mapping fields of an object. */
  static List<String> keys(MappingNode object, String... fields) {
    List<String> out = new ArrayList<>();
    for (String field : fields) {
      MappingNode m = object.getMapping(field);
      if (m != null) {
        out.addAll(m.keys());
      }
    }
    return out;
  }
}
