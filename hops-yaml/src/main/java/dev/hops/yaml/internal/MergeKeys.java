package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;

/**
 * YAML {@code <<} merge keys as kyaml's DeAnchor applies them: the merged mappings contribute keys
 * the mapping does not have; in a list of merged mappings the first one wins; the mapping's own
 * keys keep their place and win over merged ones, merged keys are appended.
 */
final class MergeKeys {

  private MergeKeys() {}

  static void apply(MappingNode map) {
    MappingNode.Entry merge = null;
    for (MappingNode.Entry e : map.entries()) {
      if (Tags.MERGE.equals(e.key().tag())) {
        if (merge != null) {
          throw new YamlException(e.key().pos(), "duplicate merge key");
        }
        merge = e;
      }
    }
    if (merge == null) {
      return;
    }
    List<MappingNode> sources = mergeSources(merge.value());
    map.entries().remove(merge);
    List<MappingNode.Entry> own = new ArrayList<>();
    for (MappingNode.Entry e : map.entries()) {
      own.add(new MappingNode.Entry(e.key(), e.value()));
    }
    for (MappingNode source : sources) {
      for (MappingNode.Entry e : source.entries()) {
        set(map, e);
      }
    }
    for (MappingNode.Entry e : own) {
      set(map, e);
    }
  }

  private static List<MappingNode> mergeSources(Node value) {
    List<MappingNode> result = new ArrayList<>();
    if (value instanceof MappingNode m) {
      result.add(m);
    } else if (value instanceof SequenceNode s) {
      for (Node item : s.items()) {
        if (item instanceof SequenceNode) {
          throw new YamlException(item.pos(), "invalid map merge: received a nested sequence");
        }
        if (!(item instanceof MappingNode m)) {
          throw new YamlException(
              item.pos(), "map merge requires map or sequence of maps as the value");
        }
        result.add(0, m);
      }
    } else {
      throw new YamlException(
          value.pos(), "map merge requires map or sequence of maps as the value");
    }
    return result;
  }

  private static void set(MappingNode map, MappingNode.Entry entry) {
    String name = entry.name();
    for (MappingNode.Entry e : map.entries()) {
      if (name != null && name.equals(e.name())) {
        e.setKey(entry.key());
        e.setValue(entry.value());
        return;
      }
    }
    map.entries().add(new MappingNode.Entry(entry.key(), entry.value()));
  }
}
