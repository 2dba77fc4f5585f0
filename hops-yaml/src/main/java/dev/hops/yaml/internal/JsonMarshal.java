package dev.hops.yaml.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code encoding/json.Marshal} (Go 1.22) for Go-like values: maps with keys in byte order,
 * Go's float formatting, Go's HTML-safe string escaping.
 */
public final class JsonMarshal {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonMarshal() {}

  public static String marshal(Object v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v) {
    switch (v) {
      case null -> sb.append("null");
      case String s -> string(sb, s);
      case Boolean b -> sb.append(b ? "true" : "false");
      case Long l -> sb.append(l);
      case Integer i -> sb.append(i);
      case BigInteger b -> sb.append(b);
      case Double d -> sb.append(formatFloat(d));
      case Map<?, ?> m -> object(sb, m);
      case Collection<?> c -> array(sb, c);
      default -> throw new IllegalArgumentException("json: unsupported type " + v.getClass());
    }
  }

  private static void object(StringBuilder sb, Map<?, ?> m) {
    List<String> keys = new ArrayList<>();
    for (Object k : m.keySet()) {
      keys.add((String) k);
    }
    keys.sort(JsonMarshal::compareUtf8);
    sb.append('{');
    boolean first = true;
    for (String k : keys) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      string(sb, k);
      sb.append(':');
      write(sb, m.get(k));
    }
    sb.append('}');
  }

  private static void array(StringBuilder sb, Collection<?> c) {
    sb.append('[');
    boolean first = true;
    for (Object o : c) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      write(sb, o);
    }
    sb.append(']');
  }

  /** Compares strings by their UTF-8 bytes (code point order), as Go sorts map keys. */
  public static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** encoding/json's float encoding: 'f' between 1e-6 and 1e21, else 'e' with e-7 not e-07. */
  public static String formatFloat(double f) {
    if (Double.isNaN(f) || Double.isInfinite(f)) {
      throw new IllegalArgumentException("json: unsupported value: " + GoFloat.formatG(f));
    }
    double abs = Math.abs(f);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String e = GoFloat.formatE(f);
      int n = e.length();
      if (n >= 4 && e.charAt(n - 4) == 'e' && e.charAt(n - 3) == '-' && e.charAt(n - 2) == '0') {
        e = e.substring(0, n - 2) + e.charAt(n - 1);
      }
      return e;
    }
    return GoFloat.formatF(f);
  }

  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\', '"' -> sb.append('\\').append(c);
          case '\b' -> sb.append("\\b");
          case '\f' -> sb.append("\\f");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          case '<', '>', '&' -> hex(sb, c);
          default -> {
            if (c < 0x20) {
              hex(sb, c);
            } else {
              sb.append(c);
            }
          }
        }
      } else if (c == '\u2028' || c == '\u2029') {
        sb.append("\\u202").append(c == '\u2028' ? '8' : '9');
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append("\\ufffd");
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  private static void hex(StringBuilder sb, char c) {
    sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
  }

  /** Shortest decimal digits of a double, as strconv with precision -1 finds them. */
  static BigDecimal shortest(double d) {
    return new BigDecimal(Double.toString(d));
  }
}
