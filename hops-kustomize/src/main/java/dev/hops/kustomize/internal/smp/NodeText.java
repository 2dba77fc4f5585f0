package dev.hops.kustomize.internal.smp;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;

/**
 * A plain block rendering of a node for error messages ("node contents:" in kyaml's errors). Not
 * kustomize's YAML writer: scalars are written as their text, without quoting.
 */
final class NodeText {

  private NodeText() {}

  static String render(Node n) {
    StringBuilder sb = new StringBuilder();
    if (n instanceof ScalarNode || isFlow(n)) {
      flow(sb, n);
      sb.append('\n');
    } else {
      write(sb, n, "");
    }
    return sb.toString();
  }

  private static boolean isFlow(Node n) {
    return n instanceof MappingNode m && m.flow() || n instanceof SequenceNode s && s.flow();
  }

  private static void flow(StringBuilder sb, Node n) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof ScalarNode s) {
      scalar(sb, s);
    } else if (n instanceof SequenceNode s) {
      sb.append('[');
      for (int i = 0; i < s.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        flow(sb, s.get(i));
      }
      sb.append(']');
    } else {
      MappingNode m = (MappingNode) n;
      sb.append('{');
      for (int i = 0; i < m.size(); i++) {
        MappingNode.Entry e = m.entries().get(i);
        sb.append(i == 0 ? "" : ", ").append(KNodes.keyText(e)).append(": ");
        flow(sb, e.value());
      }
      sb.append('}');
    }
  }

  private static void scalar(StringBuilder sb, ScalarNode s) {
    String v = s.value();
    if (s.explicitTag()) {
      sb.append(s.tag());
      if (v.isEmpty() && s.style() == ScalarStyle.PLAIN) {
        return;
      }
      sb.append(' ');
    }
    switch (s.style()) {
      case DOUBLE_QUOTED -> {
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
          char c = v.charAt(i);
          switch (c) {
            case '"' -> sb.append("\\\"");
            case '\\' -> sb.append("\\\\");
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            default -> sb.append(c);
          }
        }
        sb.append('"');
      }
      case SINGLE_QUOTED -> sb.append('\'').append(v.replace("'", "''")).append('\'');
      default -> {
        // yaml.v3 quotes a plain string that would read back as something else
        if (!s.explicitTag()
            && Tags.STR.equals(s.tag())
            && !ScalarNode.ofPlain(v).tag().equals(Tags.STR)) {
          sb.append('"').append(v).append('"');
        } else {
          sb.append(v);
        }
      }
    }
  }

  private static void write(StringBuilder sb, Node n, String indent) {
    if (n instanceof MappingNode m) {
      mapping(sb, m, indent, false);
    } else if (n instanceof SequenceNode q) {
      sequence(sb, q, indent, false);
    }
  }

  /** A value after "key:" or "-": inline when it is a scalar, empty or flow. */
  private static boolean inline(StringBuilder sb, Node v) {
    if (v instanceof ScalarNode || isFlow(v)) {
      flow(sb, v);
    } else if (v instanceof MappingNode m && m.isEmpty()) {
      sb.append("{}");
    } else if (v instanceof SequenceNode q && q.isEmpty()) {
      sb.append("[]");
    } else {
      return false;
    }
    sb.append('\n');
    return true;
  }

  private static void mapping(StringBuilder sb, MappingNode m, String indent, boolean first) {
    for (MappingNode.Entry e : m.entries()) {
      sb.append(first ? "" : indent).append(KNodes.keyText(e)).append(':');
      first = false;
      Node v = e.value();
      if (v instanceof ScalarNode s
          && s.value().isEmpty()
          && s.style() == ScalarStyle.PLAIN
          && !s.explicitTag()) {
        sb.append('\n');
        continue;
      }
      sb.append(' ');
      if (!inline(sb, v)) {
        sb.setLength(sb.length() - 1);
        sb.append('\n');
        if (v instanceof MappingNode vm) {
          mapping(sb, vm, indent + "  ", false);
        } else {
          sequence(sb, (SequenceNode) v, indent, false);
        }
      }
    }
  }

  private static void sequence(StringBuilder sb, SequenceNode q, String indent, boolean first) {
    for (Node item : q.items()) {
      sb.append(first ? "" : indent).append('-');
      first = false;
      if (item instanceof ScalarNode s
          && s.value().isEmpty()
          && s.style() == ScalarStyle.PLAIN
          && !s.explicitTag()) {
        sb.append('\n');
        continue;
      }
      sb.append(' ');
      if (!inline(sb, item)) {
        if (item instanceof MappingNode im) {
          mapping(sb, im, indent + "  ", true);
        } else {
          sequence(sb, (SequenceNode) item, indent + "  ", true);
        }
      }
    }
  }
}
