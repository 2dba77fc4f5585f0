package dev.hops.kustomize.internal.filters;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;

/** kustomize's filtersutil setters: SetScalar, SetEntry, SetEntryIfEmpty. */
public final class Setters {

  private Setters() {}

  /** Replaces a scalar's value and tag in place, keeping its style (FieldSetter with no name). */
  public static void setScalar(Node node, String value, String tag) {
    if (!(node instanceof ScalarNode s)) {
      throw new KustomizeException(
          node.pos(), null, "wrong node kind: expected ScalarNode but got " + Kyaml.kindName(node));
    }
    s.setValue(value);
    s.setTag(tag);
    s.setExplicitTag(false);
  }

  /**
   * SetEntry(name, value, tag): on a mapping, sets field {@code name}; without a name, the node.
   */
  public static FieldSpecFilter.SetFn entry(String name, String value, String tag) {
    return node -> {
      if (name.isEmpty()) {
        setScalar(node, value, tag);
      } else {
        ScalarNode v = ScalarNode.untagged(value);
        v.setTag(tag);
        Kyaml.setField(node, name, v);
      }
    };
  }

  /** SetEntryIfEmpty: as entry, unless the target already holds a non-empty value. */
  public static FieldSpecFilter.SetFn entryIfEmpty(String name, String value, String tag) {
    FieldSpecFilter.SetFn set = entry(name, value, tag);
    return node -> {
      if (!hasExistingValue(node, name)) {
        set.set(node);
      }
    };
  }

  private static boolean hasExistingValue(Node node, String key) {
    if (node == null || node.isNullOrEmpty()) {
      return false;
    }
    if (node instanceof ScalarNode) {
      return !Kyaml.value(node).isEmpty();
    }
    if (!(node instanceof MappingNode m)) {
      return false;
    }
    Node entry = m.get(key);
    if (entry == null || entry.isNullOrEmpty()) {
      return false;
    }
    return !Kyaml.value(entry).isEmpty();
  }
}
