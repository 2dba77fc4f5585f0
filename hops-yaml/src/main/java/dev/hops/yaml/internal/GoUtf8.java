package dev.hops.yaml.internal;

/**
 * Go strings are bytes; when one that is not valid UTF-8 reaches {@code encoding/json} (a decoded
 * {@code !!binary} value), every byte that does not start a valid sequence becomes U+FFFD. Java's
 * decoder replaces maximal invalid subsequences instead, so a truncated three-byte sequence gives
 * one U+FFFD in Java but two in Go; this class decodes as Go's {@code utf8.DecodeRune} does.
 */
public final class GoUtf8 {

  private GoUtf8() {}

  /** The text {@code encoding/json} writes for these bytes, as a Java string. */
  public static String decode(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int size = sequenceLength(b, i);
      if (size == 0) {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      int cp = c & (0xFF >> (size + 1));
      for (int k = 1; k < size; k++) {
        cp = (cp << 6) | (b[i + k] & 0x3F);
      }
      sb.appendCodePoint(cp);
      i += size;
    }
    return sb.toString();
  }

  /** The length of the valid sequence starting at {@code i}, or 0 when it is invalid. */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    int size;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      size = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      size = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      size = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + size > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < size; k++) {
      int cont = b[i + k] & 0xFF;
      if (cont < 0x80 || cont > 0xBF) {
        return 0;
      }
    }
    return size;
  }
}
