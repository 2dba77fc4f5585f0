package dev.hops.kustomize.internal.smp;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;

/**
 * A plain block rendering of a node for error messages ("node contents:" in kyaml's errors). Not
 * kustomize's YAML writer: scalars are written as their text, without quoting.
 */
final class NodeText {

  private NodeText() {}

  static String render(Node n) {
    StringBuilder sb = new StringBuilder();
    if (n instanceof ScalarNode s) {
      sb.append(s.value()).append('\n');
    } else {
      write(sb, n, "");
    }
    return sb.toString();
  }

  private static void write(StringBuilder sb, Node n, String indent) {
    switch (n) {
      case MappingNode m -> {
        if (m.isEmpty()) {
          sb.append(indent).append("{}\n");
        }
        for (MappingNode.Entry e : m.entries()) {
          sb.append(indent).append(KNodes.keyText(e)).append(':');
          inline(sb, e.value(), indent + "  ", false);
        }
      }
      case SequenceNode s -> {
        if (s.isEmpty()) {
          sb.append(indent).append("[]\n");
        }
        for (Node item : s.items()) {
          sb.append(indent).append('-');
          inline(sb, item, indent + "  ", true);
        }
      }
      case ScalarNode s -> sb.append(indent).append(s.value()).append('\n');
    }
  }

  private static void inline(StringBuilder sb, Node v, String indent, boolean inSequence) {
    if (v instanceof ScalarNode s) {
      sb.append(' ').append(s.value()).append('\n');
    } else if (v instanceof MappingNode m && m.isEmpty()) {
      sb.append(" {}\n");
    } else if (v instanceof SequenceNode q && q.isEmpty()) {
      sb.append(" []\n");
    } else {
      sb.append('\n');
      write(sb, v, v instanceof SequenceNode && !inSequence ? indent.substring(2) : indent);
    }
  }
}
