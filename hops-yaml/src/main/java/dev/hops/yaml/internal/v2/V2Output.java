package dev.hops.yaml.internal.v2;

/**
 * The output layer of goyaml.v2's emitter (libyaml's emitterc.go): the text, the column (counted in
 * characters, as libyaml counts them) and the whitespace/indentation flags that decide where spaces
 * and line breaks go. Settings are fixed to what {@code yaml.Marshal} uses: indent 2, width 80,
 * unicode output, {@code \n} line breaks.
 */
abstract class V2Output {

  static final int BEST_INDENT = 2;
  static final int BEST_WIDTH = 80;

  final StringBuilder out;

  /** The current indentation column; -1 before the root node. */
  int indent = -1;

  private int[] indents = new int[16];
  private int indentDepth;

  int column;
  boolean whitespace = true;
  boolean indention = true;
  boolean openEnded;

  V2Output(StringBuilder out) {
    this.out = out;
  }

  final void put(char c) {
    out.append(c);
    column++;
  }

  final void putBreak() {
    out.append('\n');
    column = 0;
  }

  /** Copies the character at {@code i} (a code point); returns the index after it. */
  final int write(String s, int i) {
    char c = s.charAt(i);
    out.append(c);
    column++;
    if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
      out.append(s.charAt(i + 1));
      return i + 2;
    }
    return i + 1;
  }

  /** Copies a line break; {@code \n} goes through putBreak, others are copied as they are. */
  final int writeBreak(String s, int i) {
    if (s.charAt(i) == '\n') {
      putBreak();
      return i + 1;
    }
    int next = write(s, i);
    column = 0;
    return next;
  }

  final void writeIndent() {
    int target = Math.max(indent, 0);
    if (!indention || column > target || (column == target && !whitespace)) {
      putBreak();
    }
    while (column < target) {
      put(' ');
    }
    whitespace = true;
    indention = true;
  }

  final void writeIndicator(
      String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    out.append(indicator);
    column += indicator.length();
    whitespace = isWhitespace;
    indention = indention && isIndention;
    openEnded = false;
  }

  final void increaseIndent(boolean flow, boolean indentless) {
    if (indentDepth == indents.length) {
      indents = java.util.Arrays.copyOf(indents, indentDepth * 2);
    }
    indents[indentDepth++] = indent;
    if (indent < 0) {
      indent = flow ? BEST_INDENT : 0;
    } else if (!indentless) {
      indent += BEST_INDENT;
    }
  }

  final void popIndent() {
    indent = indents[--indentDepth];
  }

  static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  static boolean isBlankz(int c) {
    return isBlank(c) || isBreak(c) || c == 0;
  }

  /** libyaml's is_printable, on code points rather than UTF-8 bytes. */
  static boolean isPrintable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  static boolean isSpaceAt(String s, int i) {
    return i < s.length() && s.charAt(i) == ' ';
  }
}
