package dev.hops.kustomize.internal.filters.replacement;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import dev.hops.yaml.internal.V3Resolver;

/**
 * A close approximation of kyaml's {@code RNode.String()} (yaml.v3 encoding, indent 2, compact
 * sequences), used where kustomize compares or reports a node's text: list-element matching in
 * replacement field paths ({@code [name=regex]} matches the value's YAML text) and "wrong node
 * kind" messages. Scalars are exact for ordinary text; no line folding is done.
 */
final class NodeText {

  private NodeText() {}

  /** The YAML text of a node, ending with a newline. */
  static String of(Node n) {
    StringBuilder sb = new StringBuilder();
    write(sb, n, 0, false);
    if (sb.isEmpty() || sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void write(StringBuilder sb, Node n, int indent, boolean inSeq) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof ScalarNode s) {
      sb.append(scalar(s, indent)).append('\n');
    } else if (n instanceof MappingNode m) {
      writeMapping(sb, m, indent, inSeq);
    } else {
      writeSequence(sb, (SequenceNode) n, indent);
    }
  }

  private static void writeMapping(StringBuilder sb, MappingNode m, int indent, boolean inSeq) {
    if (m.isEmpty()) {
      sb.append("{}\n");
      return;
    }
    boolean first = true;
    for (MappingNode.Entry e : m.entries()) {
      if (!(first && inSeq)) {
        sb.append(" ".repeat(indent));
      }
      first = false;
      String key = e.key() instanceof ScalarNode ks ? scalar(ks, indent) : "?";
      sb.append(key).append(':');
      Node v = e.value();
      if (v instanceof MappingNode vm && !vm.isEmpty()) {
        sb.append('\n');
        write(sb, v, indent + 2, false);
      } else if (v instanceof SequenceNode vs && !vs.isEmpty()) {
        sb.append('\n');
        write(sb, v, indent, false);
      } else {
        sb.append(' ');
        write(sb, v, indent + 2, false);
      }
    }
  }

  private static void writeSequence(StringBuilder sb, SequenceNode s, int indent) {
    if (s.isEmpty()) {
      sb.append("[]\n");
      return;
    }
    for (Node item : s.items()) {
      sb.append(" ".repeat(indent)).append("- ");
      if (item instanceof SequenceNode is && !is.isEmpty()) {
        sb.append('\n');
        write(sb, item, indent + 2, false);
      } else {
        write(sb, item, indent + 2, true);
      }
    }
  }

  /** A scalar as yaml.v3 writes it: its style, quoted when plain text would change its type. */
  static String scalar(ScalarNode s, int indent) {
    String v = s.value();
    String tag = s.tag();
    ScalarStyle style = s.style();
    String prefix = "";
    boolean forceQuoting = false;
    if (!tag.isEmpty() && !s.explicitTag()) {
      if (!(tag.equals(Tags.STR) && style != ScalarStyle.PLAIN)) {
        String rtag = V3Resolver.resolveTag(v);
        if (!rtag.equals(tag)) {
          if (tag.equals(Tags.STR)) {
            forceQuoting = true;
          } else {
            prefix = tag + " ";
          }
        }
      }
    } else if (s.explicitTag()) {
      prefix = tag + " ";
    }
    if (style == ScalarStyle.PLAIN && v.contains("\n")) {
      style = ScalarStyle.LITERAL;
    } else if (style == ScalarStyle.PLAIN && forceQuoting) {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    if (style == ScalarStyle.PLAIN && !plainAllowed(v)) {
      style = ScalarStyle.SINGLE_QUOTED;
    }
    if (style == ScalarStyle.SINGLE_QUOTED && !singleAllowed(v)) {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    if ((style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED)
        && (v.endsWith(" ") || v.contains(" \n") || hasSpecial(v))) {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    return prefix
        + switch (style) {
          case PLAIN -> v;
          case SINGLE_QUOTED -> "'" + v.replace("'", "''") + "'";
          case DOUBLE_QUOTED -> doubleQuoted(v);
          case LITERAL, FOLDED -> literal(v, indent);
        };
  }

  private static boolean plainAllowed(String v) {
    if (v.isEmpty()) {
      return true;
    }
    if (v.startsWith(" ") || v.endsWith(" ") || v.contains("\n") || v.contains("\t")) {
      return false;
    }
    if (v.startsWith("---") || v.startsWith("...") || hasSpecial(v)) {
      return false;
    }
    char c = v.charAt(0);
    if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
      return false;
    }
    if ((c == '?' || c == ':' || c == '-') && (v.length() == 1 || v.charAt(1) == ' ')) {
      return false;
    }
    return !v.contains(": ") && !v.endsWith(":") && !v.contains(" #");
  }

  private static boolean singleAllowed(String v) {
    return !v.contains("\t") && !v.contains("\n ") && !v.contains(" \n") && !hasSpecial(v);
  }

  private static boolean hasSpecial(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c != '\n' && c != '\t' && (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))) {
        return true;
      }
    }
    return false;
  }

  private static String doubleQuoted(String v) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            sb.append(String.format("\\x%02X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String literal(String v, int indent) {
    String chomp = v.endsWith("\n") ? (v.endsWith("\n\n") ? "+" : "") : "-";
    String body = v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
    String pad = " ".repeat(Math.max(indent, 2));
    StringBuilder sb = new StringBuilder("|");
    if (body.startsWith(" ")) {
      sb.append(pad.length());
    }
    sb.append(chomp);
    for (String line : body.split("\n", -1)) {
      sb.append('\n');
      if (!line.isEmpty()) {
        sb.append(pad).append(line);
      }
    }
    return sb.toString();
  }
}
