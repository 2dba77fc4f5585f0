package dev.hops.yaml.internal;

import java.math.BigInteger;

/** The parts of Go's strconv that YAML scalar resolution depends on, with Go's exact rules. */
public final class GoStrconv {

  static final BigInteger UINT64_MAX = new BigInteger("18446744073709551615");

  private GoStrconv() {}

  /**
   * strconv.ParseInt(s, base, 64): null on syntax or range error. With base 0 the prefix decides
   * (0x, 0o, 0b, leading 0 is octal) and underscores are allowed between digits.
   */
  public static Long parseInt(String s, int base) {
    if (s.isEmpty()) {
      return null;
    }
    boolean neg = false;
    String t = s;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      neg = t.charAt(0) == '-';
      t = t.substring(1);
    }
    BigInteger u = parseUintBig(t, base);
    if (u == null) {
      return null;
    }
    if (neg) {
      u = u.negate();
    }
    if (u.bitLength() > 63) {
      return null;
    }
    return u.longValue();
  }

  /** strconv.ParseUint(s, base, 64) as a BigInteger (no sign allowed); null on error. */
  public static BigInteger parseUint(String s, int base) {
    BigInteger u = parseUintBig(s, base);
    if (u == null || u.compareTo(UINT64_MAX) > 0) {
      return null;
    }
    return u;
  }

  private static BigInteger parseUintBig(String s, int base) {
    if (s.isEmpty()) {
      return null;
    }
    boolean base0 = base == 0;
    String digits = s;
    if (base == 0) {
      base = 10;
      if (s.charAt(0) == '0') {
        if (s.length() >= 3 && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
          base = 16;
          digits = s.substring(2);
        } else if (s.length() >= 3 && (s.charAt(1) == 'o' || s.charAt(1) == 'O')) {
          base = 8;
          digits = s.substring(2);
        } else if (s.length() >= 3 && (s.charAt(1) == 'b' || s.charAt(1) == 'B')) {
          base = 2;
          digits = s.substring(2);
        } else {
          base = 8;
          digits = s.substring(1);
          if (digits.isEmpty()) {
            return BigInteger.ZERO;
          }
        }
      }
    }
    boolean underscores = false;
    StringBuilder clean = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c == '_' && base0) {
        underscores = true;
        continue;
      }
      int d = Character.digit(c, base);
      if (d < 0 || c > 'z') {
        return null;
      }
      clean.append(c);
    }
    if (clean.isEmpty()) {
      return null;
    }
    if (underscores && !underscoreOk(s)) {
      return null;
    }
    BigInteger v = new BigInteger(clean.toString(), base);
    return v;
  }

  /** Go's underscoreOK: underscores only between digits or between a base prefix and a digit. */
  static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0' && "bBoOxX".indexOf(s.charAt(1)) >= 0) {
      i = 2;
      saw = '0';
      hex = Character.toLowerCase(s.charAt(1)) == 'x';
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0)) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }

  /**
   * strconv.ParseFloat(s, 64) for decimal input: null on syntax error or when the value is out of
   * range (Go reports ErrRange there, which YAML resolution treats as "not a float"). Accepts Go's
   * special spellings inf, infinity and nan (any case, optional sign).
   */
  public static Double parseFloat(String s) {
    if (s.isEmpty()) {
      return null;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan")) {
      return Double.NaN;
    }
    if (!isDecimalFloatSyntax(s)) {
      if (unsigned.startsWith("0x")) {
        return parseHexFloat(s);
      }
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(s.replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    if (Double.isInfinite(d)) {
      return null;
    }
    return d;
  }

  private static Double parseHexFloat(String s) {
    String t = s.replace("_", "");
    if (!t.toLowerCase(java.util.Locale.ROOT).contains("p")) {
      return null; // Go requires a 'p' exponent in hexadecimal floats
    }
    try {
      double d = Double.parseDouble(t);
      return Double.isInfinite(d) ? null : d;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** [+-] digits [. digits] [e [+-] digits], at least one digit in the mantissa. */
  private static boolean isDecimalFloatSyntax(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    boolean digits = false;
    boolean underscores = false;
    while (i < n && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) == '_')) {
      underscores |= s.charAt(i) == '_';
      digits |= s.charAt(i) != '_';
      i++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) == '_')) {
        underscores |= s.charAt(i) == '_';
        digits |= s.charAt(i) != '_';
        i++;
      }
    }
    if (!digits) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      boolean expDigits = false;
      while (i < n && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) == '_')) {
        underscores |= s.charAt(i) == '_';
        expDigits |= s.charAt(i) != '_';
        i++;
      }
      if (!expDigits) {
        return false;
      }
    }
    return i == n && (!underscores || underscoreOk(s));
  }

  /**
   * Whether all of {@code s} is {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}, the
   * float syntax go-yaml's resolvers test before parsing a float (written out: a regular expression
   * costs more than the rest of resolving a scalar).
   */
  public static boolean isYamlStyleFloat(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i < n && s.charAt(i) == '.') {
      int d = asciiDigits(s, i + 1);
      if (d == i + 1) {
        return false;
      }
      i = d;
    } else {
      int d = asciiDigits(s, i);
      if (d == i) {
        return false;
      }
      i = d;
      if (i < n && s.charAt(i) == '.') {
        i = asciiDigits(s, i + 1);
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int d = asciiDigits(s, i);
      if (d == i) {
        return false;
      }
      i = d;
    }
    return i == n;
  }

  /** The index after the ASCII digits of {@code s} from {@code i}. */
  private static int asciiDigits(String s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
