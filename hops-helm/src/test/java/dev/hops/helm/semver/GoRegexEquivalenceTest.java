package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The expressions that differ from Go's text (possessive repetitions, the AND-group check done one
 * comparison at a time) give the same answers and submatches as Go's expressions compiled as they
 * are, on every short string over the characters that matter and on many longer ones.
 */
class GoRegexEquivalenceTest {

  private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
  private static final String CV =
      "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
          + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
          + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";

  private static final Pattern CONSTRAINT = go("^\\s*(" + OPS + ")\\s*(" + CV + ")\\s*$");
  private static final Pattern RANGE = go("\\s*(" + CV + ")\\s+-\\s+(" + CV + ")\\s*");
  private static final Pattern FIND = go("(" + OPS + ")\\s*(" + CV + ")");
  private static final Pattern VALID =
      go(
          "^(\\s*("
              + OPS
              + ")\\s*("
              + CV
              + ")\\s*)((?:\\s+|,\\s*)("
              + OPS
              + ")\\s*("
              + CV
              + ")\\s*)*$");
  private static final Pattern LOOSE =
      go(
          "^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
              + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
              + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?$");

  /** Go's {@code \s} and end of text in Java's syntax. */
  private static Pattern go(String regex) {
    return Pattern.compile(regex.replace("\\s", "[\\t\\n\\f\\r ]").replaceAll("\\$$", "\\\\z"));
  }

  @Test
  void andGroupCheckAcceptsWhatValidConstraintRegexAccepts() {
    forConstraintInputs(
        s ->
            assertThat(ConstraintParser.isValidGroup(s))
                .as("%s", s)
                .isEqualTo(VALID.matcher(s).find()));
  }

  @Test
  void possessiveConstraintExpressionsFindTheSameSubmatches() {
    forConstraintInputs(
        s -> {
          assertThat(wholeMatch(ConstraintParser.ONE, s))
              .as("%s", s)
              .isEqualTo(search(CONSTRAINT, s));
          assertThat(all(ConstraintParser.FIND, s)).as("%s", s).isEqualTo(all(FIND, s));
          assertThat(all(ConstraintParser.RANGE, s)).as("%s", s).isEqualTo(all(RANGE, s));
        });
  }

  @Test
  void possessiveLooseVersionExpressionFindsTheSameSubmatches() {
    String[] symbols = {"1", "0", ".", "-", "a", "+", "v", "x"};
    forAllStrings(
        symbols,
        6,
        s ->
            assertThat(wholeMatch(VersionParser.LOOSE, s)).as("%s", s).isEqualTo(search(LOOSE, s)));
  }

  private static void forConstraintInputs(Consumer<String> check) {
    String[] symbols = {"1", "x", ".", "-", "a", "+", " ", ",", ">", "=", "v", "|", "~", "!", "\t"};
    forAllStrings(symbols, 4, check);
    String[] tokens = {
      "1", "1.2", "2.x", "*", "v", "-a", "-0.b", "+m", ".1", " ", "  ", ", ", ",", " - ", "-", ">=",
      "<", "=", "!=", "~", "~>", "^", "=>", "|", "\t", "a"
    };
    Random random = new Random(20260410);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(9); n >= 0; n--) {
        s.append(tokens[random.nextInt(tokens.length)]);
      }
      check.accept(s.toString());
    }
  }

  private static void forAllStrings(String[] symbols, int maxLength, Consumer<String> check) {
    List<String> level = List.of("");
    check.accept("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : level) {
        for (String symbol : symbols) {
          next.add(prefix + symbol);
        }
      }
      next.forEach(check);
      level = next;
    }
  }

  private static List<String> wholeMatch(Pattern p, String s, int... groups) {
    Matcher m = p.matcher(s);
    return m.matches() ? groups(m, groups) : null;
  }

  private static List<String> search(Pattern p, String s, int... groups) {
    Matcher m = p.matcher(s);
    return m.find() ? groups(m, groups) : null;
  }

  private static List<List<String>> all(Pattern p, String s, int... groups) {
    List<List<String>> found = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      found.add(groups(m, groups));
    }
    return found;
  }

  private static List<String> groups(Matcher m, int... groups) {
    List<String> values = new ArrayList<>();
    for (int g : groups) {
      values.add(String.valueOf(m.group(g)));
    }
    return values;
  }
}
