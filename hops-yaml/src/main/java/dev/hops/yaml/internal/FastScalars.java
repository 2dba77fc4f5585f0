package dev.hops.yaml.internal;

/**
 * The scalar scanners of {@link FastReader}: quoted scalars on one line and block scalars, ported
 * from snakeyaml-engine's {@code ScannerImpl} (scanFlowScalar, scanBlockScalar) for the subset the
 * fast reader accepts (no tabs, no carriage returns, no indentation indicators). Each scanner
 * leaves where it stopped in {@link #end}.
 */
final class FastScalars {

  private final String text;
  private final int length;

  /** After a quoted scalar: the index after its closing quote. */
  int end;

  /** After a block scalar: snakeyaml's end mark (an index) and the line its scan stopped on. */
  int endMark;

  int lineAfter;

  FastScalars(String text) {
    this.text = text;
    this.length = text.length();
  }

  /** The single-quoted scalar at {@code i}, closed before {@code lineEnd}. */
  String singleQuoted(int i, int lineEnd) {
    StringBuilder sb = null;
    int from = i + 1;
    int p = from;
    while (true) {
      if (p >= lineEnd) {
        throw new FastReader.GiveUp("quoted scalar over several lines");
      }
      if (text.charAt(p) == '\'') {
        if (p + 1 < lineEnd && text.charAt(p + 1) == '\'') {
          sb = sb == null ? new StringBuilder() : sb;
          sb.append(text, from, p + 1);
          p += 2;
          from = p;
          continue;
        }
        break;
      }
      p++;
    }
    end = p + 1;
    return sb == null ? text.substring(from, p) : sb.append(text, from, p).toString();
  }

  /** The double-quoted scalar at {@code i}, closed before {@code lineEnd}. */
  String doubleQuoted(int i, int lineEnd) {
    StringBuilder sb = null;
    int from = i + 1;
    int p = from;
    while (true) {
      if (p >= lineEnd) {
        throw new FastReader.GiveUp("quoted scalar over several lines");
      }
      char c = text.charAt(p);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        sb = sb == null ? new StringBuilder() : sb;
        sb.append(text, from, p);
        p = escape(p + 1, lineEnd, sb);
        from = p;
        continue;
      }
      p++;
    }
    end = p + 1;
    return sb == null ? text.substring(from, p) : sb.append(text, from, p).toString();
  }

  /** Appends the escape whose letter is at {@code p}; returns the index after it. */
  private int escape(int p, int lineEnd, StringBuilder sb) {
    if (p >= lineEnd) {
      throw new FastReader.GiveUp("escaped line break");
    }
    char c = text.charAt(p);
    String single =
        switch (c) {
          case '0' -> "\0";
          case 'a' -> "\u0007";
          case 'b' -> "\b";
          case 't' -> "\t";
          case 'n' -> "\n";
          case 'v' -> "\u000B";
          case 'f' -> "\f";
          case 'r' -> "\r";
          case 'e' -> "\u001B";
          case ' ' -> " ";
          case '"' -> "\"";
          case '/' -> "/";
          case '\\' -> "\\";
          case 'N' -> "\u0085";
          case '_' -> "\u00A0";
          default -> null;
        };
    if (single != null) {
      sb.append(single);
      return p + 1;
    }
    int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits == 0 || p + 1 + digits > lineEnd) {
      throw new FastReader.GiveUp("escape");
    }
    long code = 0;
    for (int k = p + 1; k <= p + digits; k++) {
      int d = Character.digit(text.charAt(k), 16);
      if (d < 0 || text.charAt(k) > 'f') {
        throw new FastReader.GiveUp("escape");
      }
      code = code * 16 + d;
    }
    if (code > Character.MAX_CODE_POINT) {
      throw new FastReader.GiveUp("escape");
    }
    sb.appendCodePoint((int) code);
    return p + 1 + digits;
  }

  /**
   * The block scalar whose indicator ({@code |} or {@code >}) is at {@code i}, inside a block
   * collection indented by {@code parentIndent}; {@code headerLine} is the indicator's line.
   */
  String block(int i, int lineEnd, int parentIndent, int headerLine) {
    boolean folded = text.charAt(i) == '>';
    int p = i + 1;
    char chomp = ' ';
    if (p < lineEnd && (text.charAt(p) == '-' || text.charAt(p) == '+')) {
      chomp = text.charAt(p++);
    }
    if (p < lineEnd && text.charAt(p) != ' ') {
      throw new FastReader.GiveUp("block scalar indicators");
    }
    while (p < lineEnd && text.charAt(p) == ' ') {
      p++;
    }
    if ((p < lineEnd && text.charAt(p) != '#') || lineEnd == length) {
      throw new FastReader.GiveUp("block scalar header");
    }
    // scanBlockScalarIndentation: leading empty lines, then the first line's indentation
    int pos = lineEnd + 1;
    int lineStart = pos;
    int line = headerLine + 1;
    int breaks = 0;
    int maxEmpty = 0;
    while (pos < length && (text.charAt(pos) == ' ' || text.charAt(pos) == '\n')) {
      if (text.charAt(pos++) == '\n') {
        breaks++;
        lineStart = pos;
        line++;
      } else {
        maxEmpty = Math.max(maxEmpty, pos - lineStart);
      }
    }
    int indent = pos - lineStart;
    if (pos == length || indent < maxEmpty || indent < Math.max(parentIndent + 1, 1)) {
      throw new FastReader.GiveUp("block scalar indentation");
    }
    StringBuilder sb = new StringBuilder();
    int mark;
    while (true) {
      appendBreaks(sb, breaks);
      boolean leadingNonSpace = text.charAt(pos) != ' ';
      int e = text.indexOf('\n', pos);
      e = e < 0 ? length : e;
      sb.append(text, pos, e);
      pos = e;
      if (pos < length) { // at the end of the text a line break is assumed
        pos++;
        lineStart = pos;
        line++;
      }
      mark = pos;
      // scanBlockScalarBreaks
      breaks = 0;
      int col = pos - lineStart;
      while (col < indent && pos < length && text.charAt(pos) == ' ') {
        pos++;
        col++;
      }
      while (pos < length && text.charAt(pos) == '\n') {
        breaks++;
        pos++;
        lineStart = pos;
        line++;
        mark = pos;
        col = 0;
        while (col < indent && pos < length && text.charAt(pos) == ' ') {
          pos++;
          col++;
        }
      }
      if (col != indent || pos >= length) {
        break;
      }
      if (folded && leadingNonSpace && text.charAt(pos) != ' ') {
        if (breaks == 0) {
          sb.append(' ');
        }
      } else {
        sb.append('\n');
      }
    }
    if (chomp != '-') {
      sb.append('\n');
    }
    if (chomp == '+') {
      appendBreaks(sb, breaks);
    }
    endMark = mark;
    lineAfter = pos >= length ? -1 : line;
    return sb.toString();
  }

  private static void appendBreaks(StringBuilder sb, int breaks) {
    for (int k = 0; k < breaks; k++) {
      sb.append('\n');
    }
  }
}
