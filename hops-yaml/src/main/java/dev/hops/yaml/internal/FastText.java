package dev.hops.yaml.internal;

import dev.hops.yaml.SourcePos;
import java.util.Arrays;

/**
 * One document's text as {@link FastReader} reads it: where its lines start, and the character
 * tests its scanners share. Refuses, by throwing {@link FastReader.GiveUp}, characters that
 * snakeyaml-engine treats specially or rejects: tabs, carriage returns, control and non-printable
 * characters, byte order marks, surrogates (columns count code points, here chars), and document
 * markers or directives other than a leading {@code ---}.
 */
final class FastText {

  final String text;
  final int length;
  final int lines;
  private final int[] starts;
  private final String file;
  private final int lineOffset;

  FastText(String text, String file, int lineOffset) {
    this.text = text;
    this.length = text.length();
    this.file = file;
    this.lineOffset = lineOffset;
    int[] s = new int[64];
    int n = 0;
    s[n++] = 0;
    checkLineStart(0);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
        checkLineStart(i + 1);
      } else if (c < 0x20
          || (c >= 0x7F && c < 0xA0)
          || (c >= 0xD800 && c < 0xE000)
          || c >= 0xFEFF) {
        throw new FastReader.GiveUp("special character");
      }
    }
    this.starts = s;
    this.lines = n;
  }

  private void checkLineStart(int s) {
    if (s + 2 < length
        && (text.charAt(s) == '-' || text.charAt(s) == '.')
        && text.charAt(s + 1) == text.charAt(s)
        && text.charAt(s + 2) == text.charAt(s)) {
      boolean marker = s + 3 == length || text.charAt(s + 3) == ' ' || text.charAt(s + 3) == '\n';
      if (s != 0 || text.charAt(0) != '-' || !marker || !onlyComment(3)) {
        throw new FastReader.GiveUp("document marker");
      }
    } else if (s < length && text.charAt(s) == '%') {
      throw new FastReader.GiveUp("directive");
    }
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  int start(int line) {
    return starts[line];
  }

  /** The index of the line's '\n', or the text's length for the last line. */
  int end(int line) {
    return line + 1 < lines ? starts[line + 1] - 1 : length;
  }

  int skipSpaces(int i, int e) {
    while (i < e && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** True when the rest of the line from {@code i} is blank or a comment after a space. */
  boolean onlyComment(int i) {
    int e = text.indexOf('\n', i);
    e = e < 0 ? length : e;
    int j = skipSpaces(i, e);
    return j == e || (j > i && text.charAt(j) == '#');
  }

  /** The first line from {@code line} on that is neither blank nor a comment, or {@link #lines}. */
  int contentLine(int line) {
    for (int l = line; l < lines; l++) {
      int e = end(l);
      int p = skipSpaces(starts[l], e);
      if (p < e && text.charAt(p) != '#') {
        return l;
      }
    }
    return lines;
  }

  int indent(int line) {
    return skipSpaces(starts[line], end(line)) - starts[line];
  }

  /** The position snakeyaml-engine's mark for index {@code i} of {@code line} becomes. */
  SourcePos pos(int line, int i) {
    return new SourcePos(file, line + 1 + lineOffset, i - starts[line] + 1);
  }

  /** A block sequence entry indicator ("- " or a lone "-") at {@code i}. */
  boolean isEntry(int i, int e) {
    return text.charAt(i) == '-' && (i + 1 == e || text.charAt(i + 1) == ' ');
  }

  /**
   * Can a plain scalar start at {@code i}? Conservative: never with an indicator, except '-'
   * followed by a character that is not blank (nor, in flow context, a flow indicator).
   */
  boolean plainStart(int i, int e, boolean flow) {
    char c = text.charAt(i);
    if (c == '-') {
      if (i + 1 == e) {
        return false;
      }
      char d = text.charAt(i + 1);
      return d != ' ' && !(flow && ",[]{}#".indexOf(d) >= 0);
    }
    return "?:,[]{}#&*!|>'\"%@` ".indexOf(c) < 0;
  }

  /**
   * The end of an anchor or alias name starting at {@code i}: letters, digits, '_' and '-' only,
   * followed by a space, the end of the line or, in flow context, ',', ']' or '}'.
   */
  int anchorEnd(int i, int e, boolean flow) {
    int j = i;
    while (j < e) {
      char c = text.charAt(j);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
          && c != '_'
          && c != '-') {
        break;
      }
      j++;
    }
    if (j == i
        || (j < e && text.charAt(j) != ' ' && !(flow && ",]}".indexOf(text.charAt(j)) >= 0))) {
      throw new FastReader.GiveUp("anchor name");
    }
    return j;
  }

  /** The text from {@code i} to {@code end} without trailing spaces. */
  String trimmed(int i, int end) {
    int t = end;
    while (t > i && text.charAt(t - 1) == ' ') {
      t--;
    }
    return text.substring(i, t);
  }
}
