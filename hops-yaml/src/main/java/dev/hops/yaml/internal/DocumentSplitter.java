package dev.hops.yaml.internal;

import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a YAML stream into documents the way kyaml's ByteReader does: on every match of {@code
 * \n---.*\n}; a separator line may carry only whitespace and a comment after the dashes.
 */
public final class DocumentSplitter {

  /** One document's text and the 0-based line of the file on which it starts. */
  public record Piece(String text, int firstLine) {}

  private static final Pattern SEPARATOR = Pattern.compile("\n---.*\n");

  private DocumentSplitter() {}

  public static List<Piece> split(String s, String file) {
    List<Piece> pieces = new ArrayList<>();
    if (s.isEmpty()) {
      return pieces;
    }
    Matcher m = SEPARATOR.matcher(s);
    int prev = 0;
    int prevLine = 0;
    while (m.find()) {
      String separator = s.substring(m.start(), m.end());
      String after = separator.substring(4).strip();
      int sepLine = prevLine + countNewlines(s, prev, m.start()) + 1;
      if (!after.isEmpty() && after.charAt(0) != '#') {
        throw new YamlException(
            new SourcePos(file, sepLine + 1, 1),
            "invalid document separator: " + separator.strip());
      }
      // The separator's own trailing newline is eaten; kyaml adds one back to every piece but
      // the last, so that a literal block at the end of a document keeps its final newline.
      pieces.add(new Piece(s.substring(prev, m.start()) + "\n", prevLine));
      prevLine = sepLine + 1;
      prev = m.end();
    }
    pieces.add(new Piece(s.substring(prev), prevLine));
    return pieces;
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
