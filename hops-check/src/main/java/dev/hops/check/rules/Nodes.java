package dev.hops.check.rules;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reading the fields of an object's YAML tree in rules. Every method takes a null node, and a field
 * that is missing or of another YAML type reads as absent: rules look at what users wrote, not at
 * validated objects.
 */
public final class Nodes {

  private Nodes() {}

  /** The mapping at a path of keys below {@code node}, or null. */
  public static MappingNode mapping(MappingNode node, String... path) {
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
  public static Node key(MappingNode parent, String key) {
    MappingNode.Entry e = parent == null ? null : parent.entry(key);
    return e == null ? null : e.key();
  }

  /** A scalar field's text, or {@code fallback} when it is absent, null or empty. */
  public static String text(MappingNode node, String key, String fallback) {
    Node n = node == null ? null : node.get(key);
    if (n instanceof ScalarNode s && !s.isNull() && !s.value().isEmpty()) {
      return s.value();
    }
    return fallback;
  }

  /** A scalar field's text, "" when it is absent or null. */
  public static String text(MappingNode node, String key) {
    return text(node, key, "");
  }

  /**
   * The text of the scalar at a path of keys below {@code node} (the last one the field), as {@link
   * MappingNode#getString}: null when it is absent, null or not a scalar; "" stays "".
   */
  public static String textAt(MappingNode node, String... path) {
    MappingNode parent = mapping(node, Arrays.copyOf(path, path.length - 1));
    return parent == null ? null : parent.getString(path[path.length - 1]);
  }

  /** True when the field is the boolean true. */
  public static boolean isTrue(MappingNode node, String key) {
    return "true".equals(text(node, key));
  }

  /** The mappings of a sequence field (none when it is absent or not a sequence). */
  public static List<MappingNode> mappings(MappingNode node, String key) {
    List<MappingNode> out = new ArrayList<>();
    for (Node n : items(node, key)) {
      if (n instanceof MappingNode m) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The scalars of a sequence field but null ones: an empty item, {@code ~} and {@code null} are
   * left out, a quoted {@code ""} is kept.
   */
  public static List<ScalarNode> scalars(MappingNode node, String key) {
    return scalars(node, key, s -> !s.isNull());
  }

  /**
   * The scalars of a sequence field whose text is not empty: an empty item and a quoted {@code ""}
   * are left out, {@code ~} and {@code null} are kept.
   */
  public static List<ScalarNode> nonEmptyScalars(MappingNode node, String key) {
    return scalars(node, key, s -> !s.value().isEmpty());
  }

  /** The keys of the given mapping fields of an object, in that order. */
  public static List<String> keys(MappingNode object, String... fields) {
    List<String> out = new ArrayList<>();
    for (String field : fields) {
      MappingNode m = object.getMapping(field);
      if (m != null) {
        out.addAll(m.keys());
      }
    }
    return out;
  }

  private static List<ScalarNode> scalars(
      MappingNode node, String key, Predicate<ScalarNode> kept) {
    List<ScalarNode> out = new ArrayList<>();
    for (Node n : items(node, key)) {
      if (n instanceof ScalarNode s && kept.test(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Node> items(MappingNode node, String key) {
    return node != null && node.get(key) instanceof SequenceNode seq ? seq.items() : List.of();
  }
}
