package dev.hops.helm.semver;

/**
 * The two pieces of Go's {@code strconv} that reach semver's behaviour and error texts: {@code
 * ParseUint(s, 10, 64)} (an unsigned 64-bit number held in a {@code long}) and {@code Quote} (what
 * {@code %q} prints).
 */
final class GoStrconv {

  private static final long MAX_UINT64 = -1L;
  private static final long CUTOFF = Long.divideUnsigned(MAX_UINT64, 10) + 1;

  private GoStrconv() {}

  /** {@code strconv.ParseUint(s, 10, 64)}; the exception carries Go's {@code NumError} text. */
  static long parseUint(String s) {
    if (s.isEmpty()) {
      throw numError(s, "invalid syntax");
    }
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw numError(s, "invalid syntax");
      }
      if (Long.compareUnsigned(n, CUTOFF) >= 0) {
        throw numError(s, "value out of range");
      }
      long next = n * 10 + (c - '0');
      if (Long.compareUnsigned(next, n * 10) < 0) {
        throw numError(s, "value out of range");
      }
      n = next;
    }
    return n;
  }

  /** Whether {@link #parseUint} would succeed. */
  static boolean isUint(String s) {
    try {
      parseUint(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static NumberFormatException numError(String s, String reason) {
    return new NumberFormatException("strconv.ParseUint: parsing " + quote(s) + ": " + reason);
  }

  /** {@code strconv.Quote}: a double-quoted Go string literal, printable runes kept as they are. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(r -> appendRune(out, r));
    return out.append('"').toString();
  }

  private static void appendRune(StringBuilder out, int r) {
    switch (r) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> {
        if (isPrint(r)) {
          out.appendCodePoint(r);
        } else if (r < ' ' || r == 0x7F) {
          out.append(String.format("\\x%02x", r));
        } else if (r < 0x10000) {
          out.append(String.format("\\u%04x", r));
        } else {
          out.append(String.format("\\U%08x", r));
        }
      }
    }
  }

  /** {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  private static boolean isPrint(int r) {
    if (r == ' ') {
      return true;
    }
    return switch (Character.getType(r)) {
      case Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONTROL,
          Character.FORMAT,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.UNASSIGNED ->
          false;
      default -> true;
    };
  }
}
