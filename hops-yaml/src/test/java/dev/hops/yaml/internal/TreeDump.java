package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;

/**
 * A node tree written out with everything a node holds (kind, tag, explicit tag, style, flow,
 * position, value), one node a line: two trees are the same when their dumps are.
 */
final class TreeDump {

  private TreeDump() {}

  static String of(Node n) {
    StringBuilder sb = new StringBuilder();
    dump(n, 0, sb);
    return sb.toString();
  }

  private static void dump(Node n, int indent, StringBuilder sb) {
    sb.append("  ".repeat(indent));
    switch (n) {
      case ScalarNode s -> {
        sb.append("scalar ").append(s.tag()).append(' ').append(s.style());
        sb.append(s.explicitTag() ? " explicit" : "").append(" @").append(s.pos());
        sb.append(' ').append(quote(s.value())).append('\n');
      }
      case MappingNode m -> {
        sb.append("map ").append(m.tag()).append(m.flow() ? " flow" : "");
        sb.append(" @").append(m.pos()).append('\n');
        for (MappingNode.Entry e : m.entries()) {
          dump(e.key(), indent + 1, sb);
          dump(e.value(), indent + 2, sb);
        }
      }
      case SequenceNode q -> {
        sb.append("seq ").append(q.tag()).append(q.flow() ? " flow" : "");
        sb.append(" @").append(q.pos()).append('\n');
        for (Node item : q.items()) {
          dump(item, indent + 1, sb);
        }
      }
    }
  }

  private static String quote(String v) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20 || c >= 0x7F) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
