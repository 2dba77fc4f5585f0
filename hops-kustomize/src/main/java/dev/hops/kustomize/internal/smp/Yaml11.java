package dev.hops.kustomize.internal.smp;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * kyaml's {@code IsValueNonString}: whether a string would read as something other than a string
 * with a YAML 1.1 parser (go-yaml v2): booleans such as {@code yes}/{@code on}, nulls, numbers, or
 * text that is not a scalar at all. kyaml double-quotes such strings when it sets them.
 */
final class Yaml11 {

  private Yaml11() {}

  private static final Set<String> KEYWORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null",
          "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
          "-.inf", "-.Inf", "-.INF");

  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INT =
      Pattern.compile("[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)");

  static boolean isValueNonString(String value) {
    if (value.isEmpty() || value.contains("\n")) {
      return false;
    }
    String v = value.strip();
    if (v.isEmpty() || v.startsWith("#")) {
      return true; // an empty document: nil
    }
    char c = v.charAt(0);
    if (c == '[' || c == '{' || v.startsWith("- ") || v.equals("-")) {
      return true; // a collection (or a parse error, which kyaml also treats as... not a string)
    }
    if (c == '"' || c == '\'') {
      return false;
    }
    if (v.contains(": ") || v.endsWith(":")) {
      return true; // a mapping
    }
    if (KEYWORDS.contains(v)) {
      return true;
    }
    String plain = v.replace("_", "");
    return INT.matcher(plain).matches() || FLOAT.matcher(plain).matches();
  }
}
