package dev.hops.flux.internal.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code path/filepath/match_test.go} {@code matchTests}: pattern, name, outcome. */
class GoGlobTest {

  static Stream<Arguments> matchTests() {
    return Stream.of(
        row("abc", "abc", "MATCH"),
        row("*", "abc", "MATCH"),
        row("*c", "abc", "MATCH"),
        row("a*", "a", "MATCH"),
        row("a*", "abc", "MATCH"),
        row("a*", "ab/c", "NO_MATCH"),
        row("a*/b", "abc/b", "MATCH"),
        row("a*/b", "a/c/b", "NO_MATCH"),
        row("a*b*c*d*e*/f", "axbxcxdxe/f", "MATCH"),
        row("a*b*c*d*e*/f", "axbxcxdxexxx/f", "MATCH"),
        row("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", "NO_MATCH"),
        row("a*b*c*d*e*/f", "axbxcxdxexxx/fff", "NO_MATCH"),
        row("a*b?c*x", "abxbbxdbxebxczzx", "MATCH"),
        row("a*b?c*x", "abxbbxdbxebxczzy", "NO_MATCH"),
        row("ab[c]", "abc", "MATCH"),
        row("ab[b-d]", "abc", "MATCH"),
        row("ab[e-g]", "abc", "NO_MATCH"),
        row("ab[^c]", "abc", "NO_MATCH"),
        row("ab[^b-d]", "abc", "NO_MATCH"),
        row("ab[^e-g]", "abc", "MATCH"),
        row("a\\*b", "a*b", "MATCH"),
        row("a\\*b", "ab", "NO_MATCH"),
        row("a?b", "a☺b", "MATCH"),
        row("a[^a]b", "a☺b", "MATCH"),
        row("a???b", "a☺b", "NO_MATCH"),
        row("a[^a][^a][^a]b", "a☺b", "NO_MATCH"),
        row("[a-ζ]*", "α", "MATCH"),
        row("*[a-ζ]", "A", "NO_MATCH"),
        row("a?b", "a/b", "NO_MATCH"),
        row("a*b", "a/b", "NO_MATCH"),
        row("[\\]a]", "]", "MATCH"),
        row("[\\-]", "-", "MATCH"),
        row("[x\\-]", "x", "MATCH"),
        row("[x\\-]", "-", "MATCH"),
        row("[x\\-]", "z", "NO_MATCH"),
        row("[\\-x]", "x", "MATCH"),
        row("[\\-x]", "-", "MATCH"),
        row("[\\-x]", "a", "NO_MATCH"),
        row("[]a]", "]", "BAD_PATTERN"),
        row("[-]", "-", "BAD_PATTERN"),
        row("[x-]", "x", "BAD_PATTERN"),
        row("[x-]", "-", "BAD_PATTERN"),
        row("[x-]", "z", "BAD_PATTERN"),
        row("[-x]", "x", "BAD_PATTERN"),
        row("[-x]", "-", "BAD_PATTERN"),
        row("[-x]", "a", "BAD_PATTERN"),
        row("\\", "a", "BAD_PATTERN"),
        row("[a-b-c]", "a", "BAD_PATTERN"),
        row("[", "a", "BAD_PATTERN"),
        row("[^", "a", "BAD_PATTERN"),
        row("[^bc", "a", "BAD_PATTERN"),
        row("a[", "a", "BAD_PATTERN"),
        row("a[", "ab", "BAD_PATTERN"),
        row("a[", "x", "BAD_PATTERN"),
        row("a/b[", "x", "BAD_PATTERN"),
        row("*x", "xxx", "MATCH"));
  }

  private static Arguments row(String pattern, String name, String outcome) {
    return Arguments.of(pattern, name, GoGlob.Outcome.valueOf(outcome));
  }

  @ParameterizedTest(name = "Match({0}, {1}) = {2}")
  @MethodSource("matchTests")
  void match(String pattern, String name, GoGlob.Outcome expected) {
    assertThat(GoGlob.match(bytes(pattern), bytes(name))).isEqualTo(expected);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shortcutsMatchAsTheGeneralMatcher() {
    String patternChars = "*ab.?[]\\/é";
    String nameChars = "ab./é*";
    java.util.Random random = new java.util.Random(9);
    for (int i = 0; i < 100_000; i++) {
      byte[] pattern = randomBytes(random, patternChars, 1 + random.nextInt(5));
      if (random.nextBoolean()) {
        pattern =
            ("*" + new String(pattern, java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      byte[] name = randomBytes(random, nameChars, random.nextInt(6));
      assertThat(GoGlob.match(pattern, name))
          .as(
              "%s ~ %s",
              new String(pattern, java.nio.charset.StandardCharsets.UTF_8),
              new String(name, java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(GoGlob.matchAny(pattern, name));
    }
  }

  private static byte[] randomBytes(java.util.Random random, String chars, int length) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < length; k++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
