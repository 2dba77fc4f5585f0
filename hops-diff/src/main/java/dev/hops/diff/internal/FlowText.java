package dev.hops.diff.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.Locale;
import java.util.Set;

/**
 * A value as compact YAML on one line: {@code {name: app, image: nginx:1.27}}, {@code [a, b]},
 * strings quoted only when plain text would read as something else. Secret values print as {@value
 * #SECRET}.
 */
final class FlowText {

  /** What a secret value prints as. */
  static final String SECRET = "(secret value)";

  /** What both sides of a changed secret value print as. */
  static final String SECRET_CHANGED = "(secret value changed)";

  /** Plain words goyaml.v2 (and so kustomize's output) reads as booleans. */
  private static final Set<String> YAML11_BOOLS = Set.of("y", "yes", "n", "no", "on", "off");

  private FlowText() {}

  /** The value's text; every scalar masked when {@code secret}, SOPS ciphertext always. */
  static String of(Node n, boolean secret) {
    StringBuilder out = new StringBuilder();
    write(out, n, secret);
    return out.toString();
  }

  /** Whether a value is SOPS ciphertext. */
  static boolean isEncrypted(Node n) {
    return n instanceof ScalarNode s && s.value().startsWith("ENC[");
  }

  private static void write(StringBuilder out, Node n, boolean secret) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n == null) {
      out.append("null");
    } else if (n instanceof ScalarNode s) {
      out.append(secret || isEncrypted(s) ? SECRET : scalar(s));
    } else if (n instanceof SequenceNode s) {
      out.append('[');
      for (int i = 0; i < s.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(out, s.get(i), secret);
      }
      out.append(']');
    } else {
      out.append('{');
      boolean first = true;
      for (MappingNode.Entry e : ((MappingNode) n).entries()) {
        out.append(first ? "" : ", ").append(string(e.name())).append(": ");
        write(out, e.value(), secret);
        first = false;
      }
      out.append('}');
    }
  }

  private static String scalar(ScalarNode s) {
    String tag = s.effectiveTag();
    if (tag.equals(Tags.NULL)) {
      return "null";
    }
    return tag.equals(Tags.STR) ? string(s.value()) : s.value();
  }

  /** A string: plain when it reads back as the same string, else double-quoted. */
  static String string(String s) {
    return isPlain(s) ? s : quoted(s);
  }

  private static boolean isPlain(String s) {
    if (s.isEmpty()
        || !ScalarNode.ofPlain(s).tag().equals(Tags.STR)
        || YAML11_BOOLS.contains(s.toLowerCase(Locale.ROOT))
        || "!&*|>'\"%@`#?:".indexOf(s.charAt(0)) >= 0
        || (s.charAt(0) == '-' && (s.length() == 1 || Character.isWhitespace(s.charAt(1))))
        || Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1))
        || s.endsWith(":")
        || s.contains(": ")
        || s.contains(" #")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' ' || c == 0x7f || ",[]{}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < ' ' || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
