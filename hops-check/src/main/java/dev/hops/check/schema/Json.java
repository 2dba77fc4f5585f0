package dev.hops.check.schema;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.Tags;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The JSON value a YAML node becomes when Flux sends the object to the API server: its type (from
 * the scalar's tag as yaml.v3 resolves it), its number, and a key to compare enum values by.
 */
final class Json {

  private Json() {}

  /** The JSON type of a node: one of the {@link Schema} type bits. */
  static int type(Node n) {
    if (n instanceof MappingNode) {
      return Schema.OBJECT;
    }
    if (!(n instanceof ScalarNode s)) {
      return Schema.ARRAY;
    }
    return switch (s.effectiveTag()) {
      case Tags.INT -> Schema.INTEGER;
      case Tags.FLOAT -> Schema.NUMBER;
      case Tags.BOOL -> Schema.BOOLEAN;
      case Tags.NULL -> Schema.NULL;
      default -> Schema.STRING; // !!str, !!timestamp, !!binary and custom tags are text
    };
  }

  /**
   * Whether a node of JSON type {@code type} is one of {@code allowed}: an integer is a number, and
   * a float with an integral value is an integer once written as JSON ({@code 1.0} is {@code 1}).
   */
  static boolean accepts(int allowed, int type, Node n) {
    if (allowed == 0 || (allowed & type) != 0) {
      return true;
    }
    if (type == Schema.INTEGER) {
      return (allowed & Schema.NUMBER) != 0;
    }
    return type == Schema.NUMBER && (allowed & Schema.INTEGER) != 0 && integral(n);
  }

  private static boolean integral(Node n) {
    BigDecimal d = number(n);
    return d != null && d.stripTrailingZeros().scale() <= 0;
  }

  /** The value of an integer or float scalar; null for infinities, NaN and other nodes. */
  static BigDecimal number(Node n) {
    if (!(n instanceof ScalarNode s)) {
      return null;
    }
    String v = s.value().replace("_", "");
    try {
      return switch (s.effectiveTag()) {
        case Tags.INT -> new BigDecimal(integer(v));
        case Tags.FLOAT ->
            v.toLowerCase().contains("inf") || v.toLowerCase().contains("nan")
                ? null
                : new BigDecimal(
                    v.startsWith(".") || v.startsWith("-.") || v.startsWith("+.")
                        ? v.replaceFirst("\\.", "0.")
                        : v);
        default -> null;
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An integer as yaml.v3 reads it: decimal, 0x, 0o, 0b, or a leading 0 for octal. */
  private static BigInteger integer(String v) {
    boolean negative = v.startsWith("-");
    String digits = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
    BigInteger i;
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      i = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0o") || digits.startsWith("0O")) {
      i = new BigInteger(digits.substring(2), 8);
    } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
      i = new BigInteger(digits.substring(2), 2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      i = new BigInteger(digits.substring(1), 8);
    } else {
      i = new BigInteger(digits);
    }
    return negative ? i.negate() : i;
  }

  /**
   * A key equal for equal JSON values ({@code 1} and {@code 1.0}, {@code True} and {@code true}).
   */
  static String key(Node n) {
    int type = type(n);
    return switch (type) {
      case Schema.STRING -> "s" + n.asScalar().value();
      case Schema.INTEGER, Schema.NUMBER -> {
        BigDecimal d = number(n);
        yield d == null ? "f" + n.asScalar().value() : "n" + d.stripTrailingZeros().toPlainString();
      }
      case Schema.BOOLEAN -> "b" + n.asScalar().value().toLowerCase();
      case Schema.NULL -> "z";
      default -> null; // objects and arrays are not compared
    };
  }

  /** The name of a JSON type, or of several ("integer or string"). */
  static String typeName(int types) {
    StringBuilder sb = new StringBuilder();
    String[] names = {"object", "array", "string", "integer", "number", "boolean", "null"};
    for (int bit = 0; bit < names.length; bit++) {
      if ((types & (1 << bit)) != 0) {
        sb.append(sb.isEmpty() ? "" : " or ").append(names[bit]);
      }
    }
    return sb.toString();
  }

  /** What a node is, for messages: {@code string "abc"}, {@code integer 3}, {@code object}. */
  static String describe(Node n, boolean showValue) {
    int type = type(n);
    String name = typeName(type);
    if (!showValue || type == Schema.OBJECT || type == Schema.ARRAY || type == Schema.NULL) {
      return name;
    }
    return name + " " + shown(n);
  }

  /** A scalar's value as a message shows it: quoted when a string, shortened when long. */
  static String shown(Node n) {
    String v = n.asScalar().value();
    if (v.length() > 60) {
      v = v.substring(0, 57) + "...";
    }
    return type(n) == Schema.STRING ? "'" + v + "'" : v;
  }
}
