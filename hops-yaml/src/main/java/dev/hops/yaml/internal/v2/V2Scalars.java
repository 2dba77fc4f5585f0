package dev.hops.yaml.internal.v2;

/**
 * The four scalar writers of goyaml.v2's emitter ({@code yaml_emitter_write_*_scalar}), ported on
 * code points: line folding at spaces past column 80, quoting and escaping, block scalar
 * indicators.
 */
abstract class V2Scalars extends V2Output {

  static final int PLAIN = 1;
  static final int SINGLE_QUOTED = 2;
  static final int DOUBLE_QUOTED = 3;
  static final int LITERAL = 4;

  /** The scalar being emitted and what its analysis found. */
  final V2ScalarAnalysis scalar = new V2ScalarAnalysis();

  V2Scalars(StringBuilder out) {
    super(out);
  }

  final void writePlain(String v, boolean allowBreaks, boolean root) {
    if (!whitespace) {
      put(' ');
    }
    if (column + v.length() <= BEST_WIDTH + 1) {
      // Short enough that no space can stand past column 80, and plain text has no line breaks:
      // the loop below would copy it unchanged.
      out.append(v);
      column += v.codePointCount(0, v.length());
    } else {
      writePlainFolded(v, allowBreaks);
    }
    whitespace = false;
    indention = false;
    if (root) {
      openEnded = true;
    }
  }

  private void writePlainFolded(String v, boolean allowBreaks) {
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length(); ) {
      int c = v.codePointAt(i);
      if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && !isSpaceAt(v, i + 1)) {
          writeIndent();
          i++;
        } else {
          i = write(v, i);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c == '\n') {
          putBreak();
        }
        i = writeBreak(v, i);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        i = write(v, i);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
  }

  final void writeSingleQuoted(String v, boolean allowBreaks) {
    writeIndicator("'", true, false, false);
    boolean spaces = false;
    boolean breaks = false;
    int n = v.length();
    for (int i = 0; i < n; ) {
      int c = v.codePointAt(i);
      if (c == ' ') {
        if (allowBreaks
            && !spaces
            && column > BEST_WIDTH
            && i > 0
            && i < n - 1
            && !isSpaceAt(v, i + 1)) {
          writeIndent();
          i++;
        } else {
          i = write(v, i);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c == '\n') {
          putBreak();
        }
        i = writeBreak(v, i);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        if (c == '\'') {
          put('\'');
        }
        i = write(v, i);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    writeIndicator("'", false, false, false);
    whitespace = false;
    indention = false;
  }

  final void writeDoubleQuoted(String v, boolean allowBreaks) {
    writeIndicator("\"", true, false, false);
    // libyaml's is_bom looks at the start of the value whatever the position: a value starting
    // with U+FEFF has every character escaped.
    boolean bom = !v.isEmpty() && v.charAt(0) == '\uFEFF';
    boolean spaces = false;
    int n = v.length();
    for (int i = 0; i < n; ) {
      int c = v.codePointAt(i);
      if (bom || !isPrintable(c) || isBreak(c) || c == '"' || c == '\\') {
        writeEscape(c);
        i += Character.charCount(c);
        spaces = false;
      } else if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < n - 1) {
          writeIndent();
          if (isSpaceAt(v, i + 1)) {
            put('\\');
          }
          i++;
        } else {
          i = write(v, i);
        }
        spaces = true;
      } else {
        i = write(v, i);
        spaces = false;
      }
    }
    writeIndicator("\"", false, false, false);
    whitespace = false;
    indention = false;
  }

  private void writeEscape(int c) {
    put('\\');
    char short_ =
        switch (c) {
          case 0x00 -> '0';
          case 0x07 -> 'a';
          case 0x08 -> 'b';
          case 0x09 -> 't';
          case 0x0A -> 'n';
          case 0x0B -> 'v';
          case 0x0C -> 'f';
          case 0x0D -> 'r';
          case 0x1B -> 'e';
          case 0x22 -> '"';
          case 0x5C -> '\\';
          case 0x85 -> 'N';
          case 0xA0 -> '_';
          case 0x2028 -> 'L';
          case 0x2029 -> 'P';
          default -> 0;
        };
    if (short_ != 0) {
      put(short_);
      return;
    }
    int width;
    if (c <= 0xFF) {
      put('x');
      width = 2;
    } else if (c <= 0xFFFF) {
      put('u');
      width = 4;
    } else {
      put('U');
      width = 8;
    }
    for (int k = (width - 1) * 4; k >= 0; k -= 4) {
      put(Character.toUpperCase(Character.forDigit((c >> k) & 0x0F, 16)));
    }
  }

  final void writeLiteral(String v) {
    writeIndicator("|", true, false, false);
    writeBlockScalarHints(v);
    putBreak();
    indention = true;
    whitespace = true;
    boolean breaks = true;
    for (int i = 0; i < v.length(); ) {
      int c = v.codePointAt(i);
      if (isBreak(c)) {
        i = writeBreak(v, i);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        i = write(v, i);
        indention = false;
        breaks = false;
      }
    }
  }

  private void writeBlockScalarHints(String v) {
    if (!v.isEmpty() && (v.charAt(0) == ' ' || isBreak(v.charAt(0)))) {
      writeIndicator(String.valueOf((char) ('0' + BEST_INDENT)), false, false, false);
    }
    openEnded = false;
    String chomp = null;
    if (v.isEmpty()) {
      chomp = "-";
    } else {
      int last = v.codePointBefore(v.length());
      int lastStart = v.length() - Character.charCount(last);
      if (!isBreak(last)) {
        chomp = "-";
      } else if (lastStart == 0) {
        chomp = "+";
        openEnded = true;
      } else if (isBreak(v.codePointBefore(lastStart))) {
        chomp = "+";
        openEnded = true;
      }
    }
    if (chomp != null) {
      writeIndicator(chomp, false, false, false);
    }
  }
}
