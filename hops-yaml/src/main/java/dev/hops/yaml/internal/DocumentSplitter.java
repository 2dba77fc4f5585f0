package dev.hops.yaml.internal;

import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a YAML stream into documents the way kyaml's ByteReader does: on every match of {@code
 * \n---.*\n}; a separator line may carry only whitespace and a comment after the dashes.
 */
public final class DocumentSplitter {

  /** One document's text and the 0-based line of the file on which it starts. */
  public record Piece(String text, int firstLine) {}

  private DocumentSplitter() {}

  public static List<Piece> split(String s, String file) {
    List<Piece> pieces = new ArrayList<>();
    if (s.isEmpty()) {
      return pieces;
    }
    int prev = 0;
    int prevLine = 0;
    int from = 0;
    while (true) {
      // the next match of \n---.*\n ('.' is anything but a line terminator), found by hand:
      // the regular expression engine costs more than the rest of reading a small file
      int start = s.indexOf("\n---", from);
      if (start < 0) {
        break;
      }
      int end = start + 4;
      while (end < s.length() && !isLineTerminator(s.charAt(end))) {
        end++;
      }
      if (end == s.length() || s.charAt(end) != '\n') {
        from = start + 1;
        continue;
      }
      end++;
      from = end;
      String separator = s.substring(start, end);
      String after = separator.substring(4).strip();
      int sepLine = prevLine + countNewlines(s, prev, start) + 1;
      if (!after.isEmpty() && after.charAt(0) != '#') {
        throw new YamlException(
            new SourcePos(file, sepLine + 1, 1),
            "invalid document separator: " + separator.strip());
      }
      // The separator's own trailing newline is eaten; kyaml adds one back to every piece but
      // the last, so that a literal block at the end of a document keeps its final newline.
      pieces.add(new Piece(s.substring(prev, start) + "\n", prevLine));
      prevLine = sepLine + 1;
      prev = end;
    }
    pieces.add(new Piece(s.substring(prev), prevLine));
    return pieces;
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int countNewlines(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
