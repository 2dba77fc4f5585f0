package dev.hops.yaml.internal.v2;

import dev.hops.yaml.internal.GoStrconv;
import dev.hops.yaml.internal.GoTimestamp;
import java.util.Set;

/**
 * The part of goyaml.v2's {@code resolve.go} its encoder relies on: whether a string, written
 * plain, would read back as something other than a string (YAML 1.1 rules: {@code yes}, {@code on},
 * {@code y} are booleans, {@code 0644} an int, {@code 2001-12-14} a timestamp), plus the base-60
 * floats ({@code 12:30}) that v2 quotes for older readers.
 */
public final class V2Resolver {

  /** The texts v2 resolves through its map: booleans, nulls, special floats. */
  private static final Set<String> SPECIAL =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
          "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null",
          "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
          "-.inf", "-.Inf", "-.INF");

  private V2Resolver() {}

  /**
   * True when goyaml.v2's {@code stringv} may not write {@code s} plain: it would resolve to a
   * non-string tag, or it is a base-60 float.
   */
  public static boolean needsQuotes(String s) {
    if (s.isEmpty()) {
      return true; // resolves to null
    }
    char c = s.charAt(0);
    if (c == '+' || c == '-' || (c >= '0' && c <= '9')) {
      if (isShortDecimal(s)) {
        return true; // an int, or a float when too large for 64 bits
      }
      return SPECIAL.contains(s) || isNumberOrTimestamp(s) || isBase60Float(s);
    }
    if (c == '.') {
      return SPECIAL.contains(s) || GoStrconv.parseFloat(s) != null;
    }
    if ("yYnNtTfFoO~".indexOf(c) >= 0) {
      return SPECIAL.contains(s);
    }
    return false;
  }

  /** [-+]?[0-9]{1,300}: always a number for v2 (ParseFloat fails only beyond 1e308). */
  private static boolean isShortDecimal(String s) {
    int start = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
    int n = s.length();
    if (n == start || n - start > 300) {
      return false;
    }
    for (int i = start; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The 'D' and 'S' branch of v2's resolve: timestamp, int, uint, float (YAML syntax). */
  private static boolean isNumberOrTimestamp(String s) {
    if (GoTimestamp.isTimestamp(s)) {
      return true;
    }
    String plain = s.indexOf('_') >= 0 ? s.replace("_", "") : s;
    if (GoStrconv.parseInt(plain, 0) != null || GoStrconv.parseUint(plain, 0) != null) {
      return true;
    }
    if (isYamlStyleFloat(plain) && GoStrconv.parseFloat(plain) != null) {
      return true;
    }
    // ParseInt with base 0 already reads 0b prefixes; "-0b..." is handled the same way.
    return false;
  }

  /** {@code ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$} */
  static boolean isYamlStyleFloat(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      i = skipDigits(s, i);
      if (i == start) {
        return false;
      }
    } else {
      int start = i;
      i = skipDigits(s, i);
      if (i == start) {
        return false;
      }
      if (i < n && s.charAt(i) == '.') {
        i = skipDigits(s, i + 1);
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = skipDigits(s, i);
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  /** {@code ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$} */
  public static boolean isBase60Float(String s) {
    int n = s.length();
    if (n == 0 || s.indexOf(':') < 0) {
      return false;
    }
    int i = 0;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      i++;
    }
    if (i >= n || !isDigit(s.charAt(i))) {
      return false;
    }
    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    int groups = 0;
    while (i < n && s.charAt(i) == ':') {
      i++;
      // [0-5]?[0-9]: one digit, or two digits of which the first is 0-5
      if (i + 1 < n && s.charAt(i) <= '5' && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1))) {
        i += 2;
      } else if (i < n && isDigit(s.charAt(i))) {
        i++;
      } else {
        return false;
      }
      groups++;
    }
    if (groups == 0) {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        i++;
      }
    }
    return i == n;
  }

  private static int skipDigits(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
