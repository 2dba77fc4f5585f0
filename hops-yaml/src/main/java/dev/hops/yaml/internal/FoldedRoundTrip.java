package dev.hops.yaml.internal;

/**
 * What a folded ({@code >}) scalar becomes when kustomize re-encodes a resource with yaml.v3 and
 * decodes it again (RNode.MarshalJSON). yaml.v3's folded emitter writes an extra blank line before
 * more-indented lines and after the last line of a kept block, so the round trip adds newlines;
 * kustomize's output shows them. This is a port of the two halves: yaml_emitter_write_folded_scalar
 * (yaml.v3 does not wrap lines) and the folded branch of yaml_parser_scan_block_scalar.
 */
public final class FoldedRoundTrip {

  private FoldedRoundTrip() {}

  /** True when yaml.v3 may write {@code value} as a block scalar (else it double-quotes it). */
  public static boolean blockAllowed(String value) {
    if (value.isEmpty()) {
      return false;
    }
    boolean previousSpace = false;
    boolean previousBreak = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int w = Character.charCount(c);
      if (c != '\t' && !isPrintable(c)) {
        return false;
      }
      if (c == ' ') {
        if (i + w == value.length()) {
          return false; // trailing space
        }
        previousSpace = true;
        previousBreak = false;
      } else if (c == '\n') {
        if (previousSpace) {
          return false; // space before a line break
        }
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      i += w;
    }
    return true;
  }

  /** libyaml's is_printable, by code point (4-byte UTF-8 sequences are not printable). */
  public static boolean isPrintable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  /** The value after a yaml.v3 folded encode and decode; block-allowed values only. */
  public static String apply(String value) {
    String emitted = emit(value);
    return scan(emitted, chomping(value));
  }

  private static boolean isBlankz(String v, int k) {
    return k >= v.length() || v.charAt(k) == ' ' || v.charAt(k) == '\t' || v.charAt(k) == '\n';
  }

  /** The scalar's lines as the emitter writes them, indentation left out, one "\n" per break. */
  static String emit(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    int k = 0;
    while (k < value.length() && value.charAt(k) == '\n') {
      k++;
    }
    boolean firstContentBlank = isBlankz(value, k);
    boolean breaks = true;
    boolean leadingSpaces = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        if (!breaks && !leadingSpaces && !firstContentBlank) {
          out.append('\n');
        }
        out.append('\n');
        breaks = true;
      } else {
        if (breaks) {
          leadingSpaces = c == ' ' || c == '\t';
        }
        out.append(c);
        breaks = false;
      }
    }
    if (!value.endsWith("\n")) {
      out.append('\n');
    }
    return out.toString();
  }

  /** -1 strip, 0 clip, +1 keep, as the emitter's chomping hint says. */
  static int chomping(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(n - 1) != '\n') {
      return -1;
    }
    if (n == 1 || value.charAt(n - 2) == '\n') {
      return 1;
    }
    return 0;
  }

  /** The folded block scanner over emitted lines. */
  static String scan(String emitted, int chomping) {
    String[] lines = emitted.split("\n", -1);
    int n = lines.length - 1; // the text ends with a line break
    StringBuilder s = new StringBuilder();
    StringBuilder trailingBreaks = new StringBuilder();
    String leadingBreak = "";
    boolean leadingBlank = false;
    int i = 0;
    while (i < n && lines[i].isEmpty()) {
      trailingBreaks.append('\n');
      i++;
    }
    while (i < n) {
      String content = lines[i];
      boolean trailingBlank = content.charAt(0) == ' ' || content.charAt(0) == '\t';
      if (!leadingBlank && !trailingBlank && leadingBreak.equals("\n")) {
        if (trailingBreaks.isEmpty()) {
          s.append(' ');
        }
      } else {
        s.append(leadingBreak);
      }
      s.append(trailingBreaks);
      trailingBreaks.setLength(0);
      leadingBlank = trailingBlank;
      s.append(content);
      leadingBreak = "\n";
      i++;
      while (i < n && lines[i].isEmpty()) {
        trailingBreaks.append('\n');
        i++;
      }
    }
    if (chomping != -1) {
      s.append(leadingBreak);
    }
    if (chomping == 1) {
      s.append(trailingBreaks);
    }
    return s.toString();
  }
}
