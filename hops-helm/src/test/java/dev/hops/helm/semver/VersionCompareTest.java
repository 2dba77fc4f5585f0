package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ordering tables of Masterminds/semver's {@code version_test.go}, verbatim: Go's {@code
 * LessThan}, {@code GreaterThan} and the others are {@link Version#compareTo}'s sign.
 */
class VersionCompareTest {

  /** {@code TestCompare}. */
  static Stream<Arguments> compare() {
    return Stream.of(
        arguments("1.2.3", "1.5.1", -1),
        arguments("2.2.3", "1.5.1", 1),
        arguments("2.2.3", "2.2.2", 1),
        arguments("3.2-beta", "3.2-beta", 0),
        arguments("1.3", "1.1.4", 1),
        arguments("4.2", "4.2-beta", 1),
        arguments("4.2-beta", "4.2", -1),
        arguments("4.2-alpha", "4.2-beta", -1),
        arguments("4.2-alpha", "4.2-alpha", 0),
        arguments("4.2-beta.2", "4.2-beta.1", 1),
        arguments("4.2-beta2", "4.2-beta1", 1),
        arguments("4.2-beta", "4.2-beta.2", -1),
        arguments("4.2-beta", "4.2-beta.foo", -1),
        arguments("4.2-beta.2", "4.2-beta", 1),
        arguments("4.2-beta.foo", "4.2-beta", 1),
        arguments("1.2+bar", "1.2+baz", 0),
        arguments("1.0.0-beta.4", "1.0.0-beta.-2", -1),
        arguments("1.0.0-beta.-2", "1.0.0-beta.-3", -1),
        arguments("1.0.0-beta.-3", "1.0.0-beta.5", 1));
  }

  @ParameterizedTest
  @MethodSource
  void compare(String v1, String v2, int expected) {
    assertThat(Version.parse(v1).compareTo(Version.parse(v2))).isEqualTo(expected);
  }

  /** {@code TestLessThan}. */
  static Stream<Arguments> lessThan() {
    return Stream.of(
        arguments("1.2.3", "1.5.1", true),
        arguments("2.2.3", "1.5.1", false),
        arguments("3.2-beta", "3.2-beta", false));
  }

  @ParameterizedTest
  @MethodSource
  void lessThan(String v1, String v2, boolean expected) {
    assertThat(Version.parse(v1).compareTo(Version.parse(v2)) < 0).isEqualTo(expected);
  }

  /** {@code TestLessThanEqual}. */
  static Stream<Arguments> lessThanEqual() {
    return Stream.of(
        arguments("1.2.3", "1.5.1", true),
        arguments("2.2.3", "1.5.1", false),
        arguments("1.5.1", "1.5.1", true));
  }

  @ParameterizedTest
  @MethodSource
  void lessThanEqual(String v1, String v2, boolean expected) {
    assertThat(Version.parse(v1).compareTo(Version.parse(v2)) <= 0).isEqualTo(expected);
  }

  /** {@code TestGreaterThan}. */
  static Stream<Arguments> greaterThan() {
    return Stream.of(
        arguments("1.2.3", "1.5.1", false),
        arguments("2.2.3", "1.5.1", true),
        arguments("3.2-beta", "3.2-beta", false),
        arguments("3.2.0-beta.1", "3.2.0-beta.5", false),
        arguments("3.2-beta.4", "3.2-beta.2", true),
        arguments("7.43.0-SNAPSHOT.99", "7.43.0-SNAPSHOT.103", false),
        arguments("7.43.0-SNAPSHOT.FOO", "7.43.0-SNAPSHOT.103", true),
        arguments("7.43.0-SNAPSHOT.99", "7.43.0-SNAPSHOT.BAR", false));
  }

  @ParameterizedTest
  @MethodSource
  void greaterThan(String v1, String v2, boolean expected) {
    assertThat(Version.parse(v1).compareTo(Version.parse(v2)) > 0).isEqualTo(expected);
  }

  /** {@code TestGreaterThanEqual}. */
  static Stream<Arguments> greaterThanEqual() {
    return Stream.of(
        arguments("1.2.3", "1.5.1", false),
        arguments("2.2.3", "1.5.1", true),
        arguments("1.5.1", "1.5.1", true));
  }

  @ParameterizedTest
  @MethodSource
  void greaterThanEqual(String v1, String v2, boolean expected) {
    assertThat(Version.parse(v1).compareTo(Version.parse(v2)) >= 0).isEqualTo(expected);
  }

  /** {@code TestEqual}, without its nil rows (a Java receiver cannot be null). */
  static Stream<Arguments> equal() {
    return Stream.of(
        arguments(Version.parse("1.2.3"), Version.parse("1.5.1"), false),
        arguments(Version.parse("2.2.3"), Version.parse("1.5.1"), false),
        arguments(Version.parse("3.2-beta"), Version.parse("3.2-beta"), true),
        arguments(Version.parse("3.2-beta+foo"), Version.parse("3.2-beta+bar"), true),
        arguments(Version.parse("1.2.3"), null, false));
  }

  @ParameterizedTest
  @MethodSource
  void equal(Version v1, Version v2, boolean expected) {
    assertThat(v1.equals(v2)).isEqualTo(expected);
    if (expected) {
      assertThat(v1).hasSameHashCodeAs(v2);
    }
  }
}
