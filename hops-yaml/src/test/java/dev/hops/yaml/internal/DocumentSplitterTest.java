package dev.hops.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The splitter finds separators by hand exactly where kyaml's {@code \n---.*\n} matches. */
class DocumentSplitterTest {

  @Test
  void splitsAsTheRegularExpression() {
    String alphabet = "\n---ab# \r\u2028";
    Random random = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(24); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(outcome(() -> DocumentSplitter.split(s, "f.yaml")))
          .as("%s", s.replace("\n", "\\n"))
          .isEqualTo(outcome(() -> byRegex(s, "f.yaml")));
    }
  }

  private static String outcome(java.util.function.Supplier<List<DocumentSplitter.Piece>> split) {
    try {
      return split.get().toString();
    } catch (YamlException e) {
      return "error " + e.getMessage();
    }
  }

  /** The splitter as it was written with the regular expression. */
  private static List<DocumentSplitter.Piece> byRegex(String s, String file) {
    List<DocumentSplitter.Piece> pieces = new ArrayList<>();
    if (s.isEmpty()) {
      return pieces;
    }
    Matcher m = Pattern.compile("\n---.*\n").matcher(s);
    int prev = 0;
    int prevLine = 0;
    while (m.find()) {
      String separator = s.substring(m.start(), m.end());
      String after = separator.substring(4).strip();
      int sepLine =
          prevLine + (int) s.substring(prev, m.start()).chars().filter(c -> c == '\n').count() + 1;
      if (!after.isEmpty() && after.charAt(0) != '#') {
        throw new YamlException(
            new SourcePos(file, sepLine + 1, 1),
            "invalid document separator: " + separator.strip());
      }
      pieces.add(new DocumentSplitter.Piece(s.substring(prev, m.start()) + "\n", prevLine));
      prevLine = sepLine + 1;
      prev = m.end();
    }
    pieces.add(new DocumentSplitter.Piece(s.substring(prev), prevLine));
    return pieces;
  }
}
