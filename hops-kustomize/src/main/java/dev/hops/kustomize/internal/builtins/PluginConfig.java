package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.kustomize.internal.types.Selector;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading a builtin plugin's configuration object the way its Config method does (sigs.k8s.io
 * yaml.Unmarshal into the plugin struct): leniently, unknown fields ignored.
 */
final class PluginConfig {

  private final MappingNode m;

  PluginConfig(MappingNode m) {
    this.m = m;
  }

  MappingNode node() {
    return m;
  }

  Node raw(String field) {
    Node n = m.get(field);
    return n == null || n.isNull() ? null : n;
  }

  String string(String field) {
    return raw(field) instanceof ScalarNode s ? s.value() : "";
  }

  boolean bool(String field) {
    return raw(field) instanceof ScalarNode s
        && (s.value().equals("true") || s.value().equals("True") || s.value().equals("TRUE"));
  }

  long integer(String field) {
    if (raw(field) instanceof ScalarNode s) {
      try {
        return Long.parseLong(s.value());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  PluginConfig child(String field) {
    return raw(field) instanceof MappingNode c ? new PluginConfig(c) : null;
  }

  Map<String, String> stringMap(String field) {
    Map<String, String> result = new LinkedHashMap<>();
    if (raw(field) instanceof MappingNode c) {
      for (MappingNode.Entry e : c.entries()) {
        result.put(e.name(), e.value() instanceof ScalarNode s && !s.isNull() ? s.value() : "");
      }
    }
    return result;
  }

  List<String> stringList(String field) {
    List<String> result = new ArrayList<>();
    if (raw(field) instanceof SequenceNode s) {
      for (Node item : s.items()) {
        result.add(item instanceof ScalarNode sc ? sc.value() : "");
      }
    }
    return result;
  }

  List<Node> list(String field) {
    return raw(field) instanceof SequenceNode s ? s.items() : List.of();
  }

  List<FieldSpec> fieldSpecs(String field) {
    List<FieldSpec> result = new ArrayList<>();
    for (Node n : list(field)) {
      if (n instanceof MappingNode fm) {
        PluginConfig f = new PluginConfig(fm);
        result.add(
            new FieldSpec(
                new Gvk(f.string("group"), f.string("version"), f.string("kind")),
                f.string("path"),
                f.bool("create")));
      }
    }
    return result;
  }

  Selector selector(String field) {
    PluginConfig s = child(field);
    if (s == null) {
      return null;
    }
    return new Selector(
        new Gvk(s.string("group"), s.string("version"), s.string("kind")),
        s.string("name"),
        s.string("namespace"),
        s.string("labelSelector"),
        s.string("annotationSelector"));
  }
}
