package dev.hops.kustomize.internal.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.Gvk;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Selectors match as kustomize's anchored regular expressions, also where Hops skips the engine.
 */
class SelectorRegexTest {

  @Test
  void matchesAsTheAnchoredExpression() {
    String specChars = "ab.-_1";
    String valueChars = "ab.-_1\n\rX\u2028\uD83D\uDE00";
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      String spec = random(random, specChars, 1 + random.nextInt(5));
      String value = random(random, valueChars, random.nextInt(6));
      Selector.Regex regex = new Selector(new Gvk(spec, spec, spec), spec, spec, "", "").regex();
      boolean expected = Pattern.compile("^(?:" + spec + ")$").matcher(value).matches();
      assertThat(regex.matchName(value)).as("%s ~ %s", spec, value).isEqualTo(expected);
      assertThat(regex.matchNamespace(value)).isEqualTo(expected);
      assertThat(regex.matchGvk(new Gvk(value, value, value))).isEqualTo(expected);
    }
  }

  @Test
  void expressionsStillWork() {
    Selector.Regex regex =
        new Selector(new Gvk("", "", "Deploy.*"), "app-(a|b)", "", "", "").regex();
    assertThat(regex.matchGvk(new Gvk("apps", "v1", "Deployment"))).isTrue();
    assertThat(regex.matchName("app-b")).isTrue();
    assertThat(regex.matchName("app-c")).isFalse();
  }

  private static String random(Random random, String chars, int length) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < length; k++) {
      int c = random.nextInt(chars.length());
      if (Character.isHighSurrogate(chars.charAt(c))) {
        sb.append(chars, c, c + 2);
      } else if (Character.isLowSurrogate(chars.charAt(c))) {
        sb.append(chars, c - 1, c + 1);
      } else {
        sb.append(chars.charAt(c));
      }
    }
    return sb.toString();
  }
}
