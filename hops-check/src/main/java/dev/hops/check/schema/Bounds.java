package dev.hops.check.schema;

import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import java.math.BigDecimal;

/** The value validations of scalars (pattern, lengths, minimum and maximum) and of sizes. */
final class Bounds {

  private Bounds() {}

  static void scalar(Validator v, ScalarNode n, int type, Schema s, Pointer at) {
    if (type == Schema.STRING) {
      string(v, n, s, at);
    } else if (type == Schema.INTEGER || type == Schema.NUMBER) {
      number(v, n, s, at);
    }
  }

  private static void string(Validator v, ScalarNode n, Schema s, Pointer at) {
    String value = n.value();
    if (s.pattern != null && !s.pattern.matcher(value).find()) {
      v.fail(at, n, "expected a string matching " + s.pattern + ", found " + v.found(n), "");
    }
    long length = value.codePointCount(0, value.length());
    if (s.minLength != null && length < s.minLength) {
      v.fail(at, n, "expected at least " + s.minLength + " characters, found " + length, "");
    }
    if (s.maxLength != null && length > s.maxLength) {
      v.fail(at, n, "expected at most " + s.maxLength + " characters, found " + length, "");
    }
  }

  private static void number(Validator v, ScalarNode n, Schema s, Pointer at) {
    BigDecimal d = Json.number(n);
    if (d == null) {
      return;
    }
    if (s.minimum != null) {
      int c = d.compareTo(BigDecimal.valueOf(s.minimum));
      if (c < 0 || (c == 0 && s.exclusiveMinimum)) {
        String op = s.exclusiveMinimum ? "> " : ">= ";
        v.fail(at, n, "expected a number " + op + plain(s.minimum) + ", found " + v.found(n), "");
      }
    }
    if (s.maximum != null) {
      int c = d.compareTo(BigDecimal.valueOf(s.maximum));
      if (c > 0 || (c == 0 && s.exclusiveMaximum)) {
        String op = s.exclusiveMaximum ? "< " : "<= ";
        v.fail(at, n, "expected a number " + op + plain(s.maximum) + ", found " + v.found(n), "");
      }
    }
  }

  /** minItems/maxItems of arrays, minProperties/maxProperties of objects. */
  static void size(Validator v, Node n, int size, Long min, Long max, String what, Pointer at) {
    if (min != null && size < min) {
      v.fail(at, n, "expected at least " + min + " " + what + ", found " + size, "");
    }
    if (max != null && size > max) {
      v.fail(at, n, "expected at most " + max + " " + what + ", found " + size, "");
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
