package dev.hops.kustomize.internal.smp;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.HashMap;
import java.util.Map;

/**
 * Compares node trees as values, the way printed output compares: mappings regardless of key order
 * (the writer sorts keys), sequences in order, scalars by tag and text (nulls by tag only).
 */
final class SemanticDiff {

  private SemanticDiff() {}

  /** The path and description of the first difference, or null when equal. */
  static String diff(Node expected, Node actual) {
    return diff(expected, actual, "$");
  }

  private static String diff(Node e, Node a, String path) {
    if (e == null || a == null) {
      return e == a ? null : path + ": expected " + e + " but was " + a;
    }
    switch (e) {
      case MappingNode em -> {
        if (!(a instanceof MappingNode am)) {
          return path + ": expected a mapping but was " + a;
        }
        Map<String, Node> av = new HashMap<>();
        for (MappingNode.Entry x : am.entries()) {
          if (av.put(x.name(), x.value()) != null) {
            return path + ": duplicate key " + x.name();
          }
        }
        for (MappingNode.Entry x : em.entries()) {
          if (!av.containsKey(x.name())) {
            return path + "." + x.name() + ": missing";
          }
          String d = diff(x.value(), av.remove(x.name()), path + "." + x.name());
          if (d != null) {
            return d;
          }
        }
        return av.isEmpty() ? null : path + ": unexpected keys " + av.keySet();
      }
      case SequenceNode es -> {
        if (!(a instanceof SequenceNode as)) {
          return path + ": expected a sequence but was " + a;
        }
        for (int i = 0; i < Math.min(es.size(), as.size()); i++) {
          String d = diff(es.get(i), as.get(i), path + "[" + i + "]");
          if (d != null) {
            return d;
          }
        }
        return es.size() == as.size()
            ? null
            : path + ": expected " + es.size() + " items but was " + as.size() + ": " + as;
      }
      case ScalarNode ss -> {
        if (!(a instanceof ScalarNode as)) {
          return path + ": expected a scalar but was " + a;
        }
        if (!ss.tag().equals(as.tag())) {
          return path
              + ": expected "
              + ss.tag()
              + " "
              + ss.value()
              + " but was "
              + as.tag()
              + " "
              + as.value();
        }
        if (!Tags.NULL.equals(ss.tag()) && !ss.value().equals(as.value())) {
          return path + ": expected " + ss.value() + " but was " + as.value();
        }
        return null;
      }
    }
  }
}
