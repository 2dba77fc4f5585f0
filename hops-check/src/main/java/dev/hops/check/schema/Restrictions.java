package dev.hops.check.schema;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The value restrictions of a schema written as YAML: enum, pattern and bounds. */
final class Restrictions {

  private Restrictions() {}

  static void read(MappingNode n, Schema.Builder b) {
    enumeration(n.getSequence("enum"), b);
    String pattern = n.getString("pattern");
    if (pattern != null) {
      b.pattern = pattern(pattern);
    }
    b.minimum = number(n.get("minimum"));
    b.maximum = number(n.get("maximum"));
    // OpenAPI 3.0 makes exclusiveMinimum a flag on minimum; JSON Schema (draft 6+) a number
    Node exMin = n.get("exclusiveMinimum");
    if (number(exMin) != null) {
      b.minimum = number(exMin);
      b.exclusiveMinimum = true;
    } else {
      b.exclusiveMinimum = OpenApiReader.flag(n, "exclusiveMinimum");
    }
    Node exMax = n.get("exclusiveMaximum");
    if (number(exMax) != null) {
      b.maximum = number(exMax);
      b.exclusiveMaximum = true;
    } else {
      b.exclusiveMaximum = OpenApiReader.flag(n, "exclusiveMaximum");
    }
    b.minLength = count(n.get("minLength"));
    b.maxLength = count(n.get("maxLength"));
    b.minItems = count(n.get("minItems"));
    b.maxItems = count(n.get("maxItems"));
    b.minProperties = count(n.get("minProperties"));
    b.maxProperties = count(n.get("maxProperties"));
  }

  /** Enum values; an enum with an object or array value is not checked. */
  private static void enumeration(SequenceNode values, Schema.Builder b) {
    if (values == null || values.isEmpty()) {
      return;
    }
    Set<String> keys = new HashSet<>();
    List<String> shown = new ArrayList<>();
    for (Node v : values.items()) {
      String key = v instanceof ScalarNode ? Json.key(v) : null;
      if (key == null) {
        return;
      }
      keys.add(key);
      shown.add(v.isNull() ? "null" : Json.shown(v));
    }
    b.enumKeys = keys;
    b.enumShown = shown;
  }

  private static Double number(Node n) {
    BigDecimal d = Json.number(n);
    return d == null ? null : d.doubleValue();
  }

  private static Long count(Node n) {
    BigDecimal d = Json.number(n);
    return d == null ? null : d.longValue();
  }

  /**
   * A pattern as Go's regexp reads it, in Java's syntax: POSIX classes ({@code [[:alpha:]]}) are
   * rewritten; a pattern Java cannot compile is not checked rather than misread.
   */
  static Pattern pattern(String re2) {
    String java = re2;
    String[][] posix = {
      {"alnum", "\\p{Alnum}"}, {"alpha", "\\p{Alpha}"}, {"ascii", "\\p{ASCII}"},
      {"blank", "\\p{Blank}"}, {"cntrl", "\\p{Cntrl}"}, {"digit", "\\p{Digit}"},
      {"graph", "\\p{Graph}"}, {"lower", "\\p{Lower}"}, {"print", "\\p{Print}"},
      {"punct", "\\p{Punct}"}, {"space", "\\p{Space}"}, {"upper", "\\p{Upper}"},
      {"word", "\\w"}, {"xdigit", "\\p{XDigit}"}
    };
    for (String[] p : posix) {
      java = java.replace("[:" + p[0] + ":]", p[1]);
    }
    if (java.contains("&&") || java.contains("\\Q")) {
      return null; // Java reads these where RE2 does not
    }
    try {
      return Pattern.compile(java);
    } catch (PatternSyntaxException e) {
      return null;
    }
  }
}
