package dev.hops.yaml.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code encoding/json.Marshal} of a decoded YAML value (see {@code KustomizeYaml.toGoValue}):
 * map keys sorted by their UTF-8 bytes, floats as Go formats them, strings escaped as Go does
 * (including {@code <}, {@code >}, {@code &}, U+2028 and U+2029), no whitespace.
 */
public final class GoJson {

  /** UTF-8 byte order of Java strings, which is code point order (not UTF-16 order). */
  public static final Comparator<String> BYTE_ORDER = GoJson::compareBytes;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoJson() {}

  public static String marshal(Object value) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, value);
    return sb.toString();
  }

  public static int compareBytes(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return codePointRank(x) - codePointRank(y);
      }
    }
    return a.length() - b.length();
  }

  /** Moves surrogates above U+E000..U+FFFF, so that UTF-16 units compare as code points do. */
  private static int codePointRank(char c) {
    if (c < 0xD800) {
      return c;
    }
    return c >= 0xE000 ? c - 0x800 : c + 0x2000;
  }

  private static void write(StringBuilder sb, Object value) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      writeString(sb, s);
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (value instanceof Double d) {
      sb.append(GoFloat.formatJson(d));
    } else if (value instanceof Float f) {
      sb.append(GoFloat.formatJson(f));
    } else if (value instanceof Long l) {
      sb.append(l.longValue());
    } else if (value instanceof Integer i) {
      sb.append(i.intValue());
    } else if (value instanceof BigInteger i) {
      sb.append(i);
    } else if (value instanceof Map<?, ?> m) {
      writeMap(sb, m);
    } else if (value instanceof List<?> l) {
      writeList(sb, l);
    } else {
      throw new IllegalArgumentException("json: unsupported type: " + value.getClass().getName());
    }
  }

  private static void writeMap(StringBuilder sb, Map<?, ?> map) {
    List<String> keys = new ArrayList<>(map.size());
    for (Object k : map.keySet()) {
      if (!(k instanceof String s)) {
        throw new IllegalArgumentException("json: unsupported type: map with non-string keys");
      }
      keys.add(s);
    }
    keys.sort(BYTE_ORDER);
    sb.append('{');
    boolean first = true;
    for (String k : keys) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      writeString(sb, k);
      sb.append(':');
      write(sb, map.get(k));
    }
    sb.append('}');
  }

  private static void writeList(StringBuilder sb, List<?> list) {
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      write(sb, list.get(i));
    }
    sb.append(']');
  }

  /** Go's appendString with HTML escaping, which json.Marshal always uses. */
  public static void writeString(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        writeAscii(sb, c);
      } else if (c == '\u2028' || c == '\u2029') {
        sb.append("\\u202").append(HEX[c & 0xF]);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append("\\ufffd"); // not encodable in UTF-8: Go sees an invalid byte sequence
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  private static void writeAscii(StringBuilder sb, char c) {
    switch (c) {
      case '"', '\\' -> sb.append('\\').append(c);
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case '<', '>', '&' -> sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      default -> {
        if (c < 0x20) {
          sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        } else {
          sb.append(c);
        }
      }
    }
  }
}
