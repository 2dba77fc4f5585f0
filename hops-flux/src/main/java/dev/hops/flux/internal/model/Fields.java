package dev.hops.flux.internal.model;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lenient reads of object fields (as Go's unstructured helpers see them). */
public final class Fields {

  private Fields() {}

  public static Node at(Node n, String... path) {
    Node cur = n;
    for (String p : path) {
      if (!(cur instanceof MappingNode m)) {
        return null;
      }
      cur = m.get(p);
    }
    return cur == null || cur.isNull() ? null : cur;
  }

  public static String string(Node n, String... path) {
    return at(n, path) instanceof ScalarNode s ? s.value() : "";
  }

  public static boolean bool(Node n, String... path) {
    return at(n, path) instanceof ScalarNode s && s.value().equals("true");
  }

  public static MappingNode mapping(Node n, String... path) {
    return at(n, path) instanceof MappingNode m ? m : null;
  }

  public static List<Node> list(Node n, String... path) {
    return at(n, path) instanceof SequenceNode s ? s.items() : List.of();
  }

  public static List<String> strings(Node n, String... path) {
    List<String> out = new ArrayList<>();
    for (Node item : list(n, path)) {
      if (item instanceof ScalarNode s) {
        out.add(s.value());
      }
    }
    return out;
  }

  public static Map<String, String> stringMap(Node n, String... path) {
    Map<String, String> out = new LinkedHashMap<>();
    if (at(n, path) instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        out.put(e.name(), e.value() instanceof ScalarNode s && !s.isNull() ? s.value() : "");
      }
    }
    return out;
  }
}
