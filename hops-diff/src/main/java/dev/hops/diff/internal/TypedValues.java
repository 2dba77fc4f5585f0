package dev.hops.diff.internal;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * YAML values compared as the API server sees them: scalars by their typed value ({@code 1} and
 * {@code "1"} differ, {@code 0x1F} and {@code 31} do not, neither do {@code ~} and {@code null}),
 * mappings whatever their key order, sequences item by item; styles and comments do not count.
 */
final class TypedValues {

  private TypedValues() {}

  /** A null value (a missing map value written by code counts as YAML null). */
  static boolean isNull(Node n) {
    return n == null || n.isNull();
  }

  /** What a scalar decodes to: a String, Long, Double, Boolean, ... or null. */
  static Object scalar(ScalarNode s) {
    String tag = s.effectiveTag();
    if (tag.equals(Tags.STR)) {
      return s.value();
    }
    if (tag.equals(Tags.NULL)) {
      return null;
    }
    try {
      return KustomizeYaml.toGoValue(s);
    } catch (HopsException e) {
      // a value Go cannot decode (an int too large, a bad timestamp): compare its text and tag
      return tag + " " + s.value();
    }
  }

  static boolean equal(Node a, Node b) {
    if (isNull(a) || isNull(b)) {
      return isNull(a) && isNull(b);
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (a instanceof ScalarNode x) {
      return b instanceof ScalarNode y && Objects.equals(scalar(x), scalar(y));
    } else if (a instanceof SequenceNode x) {
      return b instanceof SequenceNode y && equalItems(x, y);
    }
    return b instanceof MappingNode y && equalEntries((MappingNode) a, y);
  }

  private static boolean equalItems(SequenceNode a, SequenceNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!equal(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalEntries(MappingNode a, MappingNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    Map<String, Node> other = byName(b);
    for (MappingNode.Entry e : a.entries()) {
      if (!other.containsKey(e.name()) || !equal(e.value(), other.get(e.name()))) {
        return false;
      }
    }
    return true;
  }

  /** The entries of a mapping by key, in document order. */
  static Map<String, Node> byName(MappingNode m) {
    Map<String, Node> out = new LinkedHashMap<>(m.size() * 2);
    for (MappingNode.Entry e : m.entries()) {
      out.putIfAbsent(e.name(), e.value());
    }
    return out;
  }

  /** A hash consistent with {@link #equal}. */
  static int hash(Node n) {
    if (isNull(n)) {
      return 0;
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof ScalarNode s) {
      return Objects.hashCode(scalar(s));
    } else if (n instanceof SequenceNode s) {
      int h = 1;
      for (Node item : s.items()) {
        h = 31 * h + hash(item);
      }
      return h;
    }
    int h = 7;
    for (MappingNode.Entry e : ((MappingNode) n).entries()) {
      h += (e.name().hashCode() * 31) ^ hash(e.value()); // a sum: key order does not count
    }
    return h;
  }
}
