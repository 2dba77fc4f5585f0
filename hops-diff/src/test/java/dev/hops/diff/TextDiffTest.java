package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.internal.FieldDiffTestAccess;
import org.junit.jupiter.api.Test;

/** Multi-line string values shown as hunks of lines. */
class TextDiffTest {

  private static FieldChange change(String before, String after) {
    return FieldDiffTestAccess.single(
        "kind: ConfigMap\ndata:\n  app.conf: " + before + "\n",
        "kind: ConfigMap\ndata:\n  app.conf: " + after + "\n");
  }

  @Test
  void aChangedLineWithItsContext() {
    FieldChange c =
        change(
            "|\n    a\n    b\n    c\n    d\n    e\n    f\n    g\n    h\n",
            "|\n    a\n    b\n    c\n    D\n    e\n    f\n    g\n    h\n    i\n");
    assertThat(c.before()).isEqualTo("\"a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\n\"");
    assertThat(TextDiff.lines(c, 1))
        .containsExactly("@@ -3,3 +3,3 @@", " c", "-d", "+D", " e", "@@ -8,1 +8,2 @@", " h", "+i");
    // with more context the two changes make one hunk
    assertThat(TextDiff.lines(c, 3))
        .containsExactly(
            "@@ -1,8 +1,9 @@", " a", " b", " c", "-d", "+D", " e", " f", " g", " h", "+i");
  }

  @Test
  void singleLineValuesAndSecretsAreNotText() {
    assertThat(TextDiff.lines(change("one", "two"), 3)).isNull();
    assertThat(
            TextDiff.lines(
                new FieldChange("data.x", "(secret value changed)", "(secret value changed)"), 3))
        .isNull();
    assertThat(TextDiff.lines(change("'1'", "\"a\\nb\""), 3))
        .containsExactly("@@ -1,1 +1,2 @@", "-1", "+a", "+b");
    assertThat(TextDiff.lines(change("\"1\\n\"", "two"), 3))
        .containsExactly("@@ -1,1 +1,1 @@", "-1", "+two");
    // a number is not text
    assertThat(TextDiff.lines(change("\"1\\n\"", "2"), 3)).isNull();
    assertThat(TextDiff.lines(new FieldChange("data.x", null, "\"a\\nb\""), 3))
        .containsExactly("@@ -0,0 +1,2 @@", "+a", "+b");
  }
}
