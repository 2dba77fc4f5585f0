package dev.hops.kustomize.internal.smp;

import dev.hops.yaml.internal.GoStrconv;
import java.math.BigInteger;
import java.util.Set;

/**
 * kyaml's {@code IsValueNonString}: whether a string, read as a YAML document by a YAML 1.1 parser
 * (go-yaml v2, into an {@code interface{}}), would be something other than a string: booleans such
 * as {@code yes}/{@code on}, nulls, numbers, or not a scalar at all. kyaml double-quotes such
 * strings when it sets them as field values.
 *
 * <p>The scalar part follows go-yaml v2's {@code resolve}; the document part is approximated
 * (values that would not parse count as strings, as kyaml treats errors).
 */
final class Yaml11 {

  private Yaml11() {}

  /** go-yaml v2's resolveMap, less "<<" (which decodes to the string "<<"). */
  private static final Set<String> KEYWORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE", "n", "N", "no",
          "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE", "~", "null", "Null", "NULL",
          ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
          "-.Inf", "-.INF");

  static boolean isValueNonString(String value) {
    if (value.isEmpty() || value.contains("\n")) {
      return false;
    }
    // the document level: what is not a plain scalar
    String v = value.strip();
    if (v.isEmpty() || v.startsWith("#")) {
      return true; // an empty document: nil
    }
    if (v.equals("-") || v.startsWith("- ") || v.equals("?") || v.startsWith("? ")) {
      return true; // a sequence or a mapping
    }
    char c = v.charAt(0);
    if (c == '[' || c == '{') {
      return balanced(v); // a flow collection; unbalanced text fails to parse
    }
    if (c == '"' || c == '\'' || c == '|' || c == '>' || c == '!' || c == '&' || c == '*') {
      return false; // quoted text, block scalars, tags, anchors: strings or errors
    }
    if (v.contains(": ") || v.endsWith(":")) {
      return true; // a mapping
    }
    return resolvesToNonString(v);
  }

  /** go-yaml v2 {@code resolve} of a plain scalar: true unless it resolves to !!str. */
  private static boolean resolvesToNonString(String in) {
    if (KEYWORDS.contains(in)) {
      return true;
    }
    char c = in.charAt(0);
    if (c == '.') {
      return GoStrconv.isYamlStyleFloat(in); // starts with '.': \\.[0-9]+([eE][-+]?[0-9]+)?
    }
    if (c == '+' || c == '-' || (c >= '0' && c <= '9')) {
      String plain = in.replace("_", "");
      if (parsesAsGoInt(plain) || GoStrconv.isYamlStyleFloat(plain)) {
        return true;
      }
      if (plain.startsWith("0b")) {
        return isBinary(plain.substring(2));
      }
      if (plain.startsWith("-0b")) {
        return isBinary(plain.substring(3));
      }
    }
    return false;
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)} or {@code ParseUint(s, 0, 64)} succeeds. */
  private static boolean parsesAsGoInt(String s) {
    String body = s;
    boolean negative = false;
    if (body.startsWith("+") || body.startsWith("-")) {
      negative = body.startsWith("-");
      body = body.substring(1);
    }
    int radix = 10;
    String digits = body;
    if (body.length() > 2 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x') {
        radix = 16;
        digits = body.substring(2);
      } else if (p == 'o') {
        radix = 8;
        digits = body.substring(2);
      } else if (p == 'b') {
        radix = 2;
        digits = body.substring(2);
      }
    }
    if (radix == 10 && body.length() > 1 && body.charAt(0) == '0') {
      radix = 8;
      digits = body.substring(1);
    }
    if (digits.isEmpty()) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0) {
        return false;
      }
    }
    BigInteger n = new BigInteger(digits, radix);
    if (negative) {
      return n.bitLength() <= 63 || n.equals(BigInteger.ONE.shiftLeft(63));
    }
    return n.bitLength() <= 64;
  }

  private static boolean isBinary(String digits) {
    if (digits.isEmpty()) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) != '0' && digits.charAt(i) != '1') {
        return false;
      }
    }
    return digits.length() <= 63;
  }

  private static boolean balanced(String v) {
    int depth = 0;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ']' || ch == '}') {
        depth--;
        if (depth < 0) {
          return false;
        }
      }
    }
    return depth == 0;
  }
}
