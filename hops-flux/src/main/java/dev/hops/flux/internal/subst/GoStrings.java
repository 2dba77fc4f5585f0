package dev.hops.flux.internal.subst;

import java.nio.charset.StandardCharsets;

/**
 * Go strings as Java strings: envsubst works on the bytes of its input (lengths and offsets are
 * byte counts, a rune may be cut in two), so its strings are held as "byte strings", one char per
 * byte (ISO-8859-1). These helpers convert to and from ordinary strings and decode runes as Go's
 * {@code unicode/utf8} does.
 */
final class GoStrings {

  /** utf8.RuneError. */
  static final int RUNE_ERROR = 0xFFFD;

  private GoStrings() {}

  /** The UTF-8 bytes of {@code s} as a byte string. */
  static String fromJava(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** A byte string read as UTF-8 (invalid sequences become U+FFFD). */
  static String toJava(String bytes) {
    return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /**
   * utf8.DecodeRuneInString(s[i:]): the rune at byte {@code i} and its width, packed as {@code rune
   * | width << 32}; an invalid or truncated sequence is (RuneError, 1), the end is (RuneError, 0).
   */
  static long decodeRune(CharSequence s, int i) {
    int n = s.length() - i;
    if (n <= 0) {
      return pack(RUNE_ERROR, 0);
    }
    int b0 = s.charAt(i);
    if (b0 < 0x80) {
      return pack(b0, 1);
    }
    int size;
    int min;
    int r;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      size = 2;
      min = 0x80;
      r = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      size = 3;
      min = 0x800;
      r = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      size = 4;
      min = 0x10000;
      r = b0 & 0x07;
    } else {
      return pack(RUNE_ERROR, 1);
    }
    if (n < size) {
      return pack(RUNE_ERROR, 1);
    }
    for (int k = 1; k < size; k++) {
      int b = s.charAt(i + k);
      if ((b & 0xC0) != 0x80) {
        return pack(RUNE_ERROR, 1);
      }
      r = (r << 6) | (b & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
      return pack(RUNE_ERROR, 1);
    }
    return pack(r, size);
  }

  static int rune(long packed) {
    return (int) packed;
  }

  static int width(long packed) {
    return (int) (packed >>> 32);
  }

  private static long pack(int rune, int width) {
    return (rune & 0xFFFFFFFFL) | ((long) width << 32);
  }

  /** string(r): the UTF-8 encoding of a rune as a byte string (invalid runes as U+FFFD). */
  static String encodeRune(int r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
      r = RUNE_ERROR;
    }
    return fromJava(new String(Character.toChars(r)));
  }

  /** utf8.RuneCountInString. */
  static int runeCount(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); count++) {
      i += width(decodeRune(s, i));
    }
    return count;
  }

  /** strings.Replace(s, old, new, n) (n &lt; 0: all). */
  static String replace(String s, String old, String rep, int n) {
    if (old.equals(rep) || n == 0) {
      return s;
    }
    int m = count(s, old);
    if (m == 0) {
      return s;
    }
    if (n < 0 || m < n) {
      n = m;
    }
    StringBuilder b = new StringBuilder(s.length() + n * (rep.length() - old.length()));
    int start = 0;
    for (int i = 0; i < n; i++) {
      int j = start;
      if (old.isEmpty()) {
        if (i > 0) {
          j += width(decodeRune(s, start));
        }
      } else {
        j += s.substring(start).indexOf(old);
      }
      b.append(s, start, j).append(rep);
      start = j + old.length();
    }
    return b.append(s, start, s.length()).toString();
  }

  /** strings.Count. */
  static int count(String s, String sep) {
    if (sep.isEmpty()) {
      return runeCount(s) + 1;
    }
    int c = 0;
    int i = 0;
    while ((i = s.indexOf(sep, i)) >= 0) {
      c++;
      i += sep.length();
    }
    return c;
  }

  /** strings.Map with a rune mapping, as ToUpper/ToLower use it. */
  static String mapRunes(String s, java.util.function.IntUnaryOperator f) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      long d = decodeRune(s, i);
      b.append(encodeRune(f.applyAsInt(rune(d))));
      i += width(d);
    }
    return b.toString();
  }

  /** Go's %q of a string (strconv.Quote), for the ASCII names envsubst reports. */
  static String quote(String bytes) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < bytes.length(); ) {
      long d = decodeRune(bytes, i);
      int r = rune(d);
      int w = width(d);
      if (r == RUNE_ERROR && w == 1) {
        b.append(String.format("\\x%02x", (int) bytes.charAt(i)));
      } else if (r == '"' || r == '\\') {
        b.append('\\').append((char) r);
      } else if (r == '\n') {
        b.append("\\n");
      } else if (r == '\t') {
        b.append("\\t");
      } else if (r == '\r') {
        b.append("\\r");
      } else if (r < 0x20 || r == 0x7F) {
        b.append(String.format("\\x%02x", r));
      } else {
        b.append(bytes, i, i + w);
      }
      i += w;
    }
    return toJava(b.append('"').toString());
  }
}
