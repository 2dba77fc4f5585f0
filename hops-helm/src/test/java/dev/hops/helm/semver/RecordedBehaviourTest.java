package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases beyond the Go tables, among them the library's less expected answers; every expected value
 * was printed by Masterminds/semver itself (commit 71f2b39).
 */
class RecordedBehaviourTest {

  static Stream<Arguments> checks() {
    return Stream.of(
        // One prerelease comparison opens its whole AND group to every prerelease.
        arguments(">=1.2.3 <2.0.0-0", "1.9.9-rc.1", true),
        arguments(">=1.2.3-rc.1 <2", "1.3.0-beta", true),
        arguments("<2.0.0-0", "1.0.0-rc.1", true),
        arguments("~1.2.3-0", "1.2.9-rc.1", true),
        arguments("^1.2.3 || >=2.0.0-0", "1.5.0-rc.1", false),
        arguments("*", "1.0.0-rc.1", false),
        // A partial upper bound takes the whole of it.
        arguments("1.2.3 - 1.4", "1.4.9", true),
        arguments("1.2.3 - 1.4", "1.5.0", false),
        arguments("2 - 3", "3.9.9", true),
        // ~> is ~, not Ruby's pessimistic operator.
        arguments("~>1.2", "1.9.0", false),
        arguments("~0", "0.9.0", true),
        arguments("~0", "1.0.0", false),
        // ^* is not "any": it keeps major and minor 0.
        arguments("^*", "1.0.0", false),
        arguments("^*", "0.5.0", false),
        arguments("^x", "9.9.9", false),
        arguments("<=*", "1.0.0", false),
        arguments("!=*", "1.0.0", true),
        arguments("x", "1.0.0", true),
        // After a wildcard the rest is ignored.
        arguments("x.2.3", "7.0.0", true),
        arguments("1.x.3", "1.9.0", true),
        // Metadata never counts.
        arguments("=1.2.3+build.5", "1.2.3+other", true),
        arguments("!=1.2.x-beta", "1.2.5-beta", false),
        arguments("!=1.2.x-beta", "1.2.5-alpha", true),
        // Go's \\s: a tab separates, commas may have spaces before them.
        arguments(">=1.0\t<2", "1.5.0", true),
        arguments(">=1.0 ,<2", "1.5.0", true),
        arguments("=>1.2 =<1.5", "1.5.9", true));
  }

  @ParameterizedTest
  @MethodSource
  void checks(String constraint, String version, boolean check) {
    assertThat(Constraint.parse(constraint).check(Version.parse(version))).isEqualTo(check);
  }

  static Stream<Arguments> constraintErrors() {
    return Stream.of(
        arguments("", "improper constraint: \"\""),
        arguments(" ", "improper constraint: \" \""),
        arguments("1.0 ||", "improper constraint: \"\""),
        arguments("1|2", "constraint parser error"),
        arguments("1.2.3\u000b", "improper constraint: \"1.2.3\\v\""),
        arguments("99999999999999999999", "constraint parser error"),
        arguments("v1.2.3-beta.01", "constraint parser error"),
        arguments("1.0.0 - 2.0.0 - 3.0.0", "improper constraint: \">= 1.0.0, <= 2.0.0 - 3.0.0\""),
        arguments(">=1.2.3<2", "improper constraint: \">=1.2.3<2\""),
        arguments("1.2.3,", "improper constraint: \"1.2.3,\""),
        arguments("\"1\"", "improper constraint: \"\\\"1\\\"\""),
        arguments("é", "improper constraint: \"é\""));
  }

  @ParameterizedTest
  @MethodSource
  void constraintErrors(String constraint, String message) {
    assertThatThrownBy(() -> Constraint.parse(constraint))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          18446744073709551615.0.0 | 18446744073709551615.0.0
          v1.2                     | 1.2.0
          01.02.03-rc.1+b.01       | 1.2.3-rc.1+b.01
          20221209-update-v4       | 20221209.0.0-update-v4
          """)
  void parsesLooseForms(String version, String string) {
    assertThat(Version.parse(version)).hasToString(string);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          18446744073709551616.0.0 | error parsing version segment: strconv.ParseUint: parsing "18446744073709551616": value out of range
          ' 1.2.3'                 | invalid semantic version
          ''                       | invalid semantic version
          1.2.3-beta.01            | version segment starts with 0
          1.2.3+a..b               | invalid semantic version
          """)
  void parseErrors(String version, String message) {
    assertThatThrownBy(() -> Version.parse(version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          ''                       | version string empty
          1..3                     | strconv.ParseUint: parsing "": invalid syntax
          1.2.18446744073709551616 | strconv.ParseUint: parsing "18446744073709551616": value out of range
          1.2.x                    | invalid characters in version
          1.02.3                   | version segment starts with 0
          1.2.3+a..b               | invalid metadata string
          1.2.3-a_b                | invalid prerelease string
          """)
  void strictParseErrors(String version, String message) {
    assertThatThrownBy(() -> Version.parseStrict(version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.3, 1.2.3",
    "v1.2.3, v1.2.3",
    "v1.2.3-rc.1+b, v1.2.3-rc.1+b",
  })
  void parseStrictAllowingVKeepsTheOriginal(String version, String original) {
    assertThat(Version.parseStrictAllowingV(version).original()).isEqualTo(original);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          vv1.2.3 | invalid characters in version
          v1.2    | invalid semantic version
          V1.2.3  | invalid characters in version
          01.2.3  | version segment starts with 0
          """)
  void parseStrictAllowingVRefuses(String version, String message) {
    assertThatThrownBy(() -> Version.parseStrictAllowingV(version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({
    // A prerelease number too large for uint64 is compared as a string, above every number.
    "1.0.0-18446744073709551616, 1.0.0-18446744073709551615, 1",
    "1.0.0-rc.10, 1.0.0-rc.9, 1",
    "1.0.0-rc10, 1.0.0-rc9, -1",
    "18446744073709551615.0.0, 1.0.0, 1",
  })
  void compares(String v1, String v2, int expected) {
    assertThat(Version.parse(v1).compareTo(Version.parse(v2))).isEqualTo(expected);
  }
}
