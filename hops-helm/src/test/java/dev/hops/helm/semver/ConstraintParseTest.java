package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parsing and printing tables of Masterminds/semver's {@code constraints_test.go}, verbatim.
 */
class ConstraintParseTest {

  /** {@code TestParseConstraint}. */
  static Stream<Arguments> parseConstraint() {
    return Stream.of(
        arguments(">= 1.2", Operator.GREATER_THAN_EQUAL, "1.2.0", false),
        arguments("1.0", Operator.TILDE_OR_EQUAL, "1.0.0", false),
        arguments("foo", null, "", true),
        arguments("<= 1.2", Operator.LESS_THAN_EQUAL, "1.2.0", false),
        arguments("=< 1.2", Operator.LESS_THAN_EQUAL, "1.2.0", false),
        arguments("=> 1.2", Operator.GREATER_THAN_EQUAL, "1.2.0", false),
        arguments("v1.2", Operator.TILDE_OR_EQUAL, "1.2.0", false),
        arguments("=1.5", Operator.TILDE_OR_EQUAL, "1.5.0", false),
        arguments("> 1.3", Operator.GREATER_THAN, "1.3.0", false),
        arguments("< 1.4.1", Operator.LESS_THAN, "1.4.1", false),
        arguments("< 40.50.10", Operator.LESS_THAN, "40.50.10", false));
  }

  @ParameterizedTest
  @MethodSource
  void parseConstraint(String in, Operator f, String v, boolean err) {
    if (err) {
      assertThatThrownBy(() -> ConstraintParser.parseComparison(in))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Comparison c = ConstraintParser.parseComparison(in);

    assertThat(c.con()).hasToString(v);
    assertThat(c.operator()).isEqualTo(f);
  }

  /** {@code TestNewConstraint}. */
  static Stream<Arguments> newConstraint() {
    return Stream.of(
        arguments(">= 1.1", 1, 1, false),
        arguments(">40.50.60, < 50.70", 1, 2, false),
        arguments("2.0", 1, 1, false),
        arguments("v2.3.5-20161202202307-sha.e8fc5e5", 1, 1, false),
        arguments("v1.2.3-0abc", 1, 1, false),
        arguments("v1.2.3-beta.01", 1, 1, true),
        arguments(">= bar", 0, 0, true),
        arguments("BAR >= 1.2.3", 0, 0, true),
        // Test with space separated AND
        arguments(">= 1.2.3 < 2.0", 1, 2, false),
        arguments(">= 1.2.3 < 2.0 || => 3.0 < 4", 2, 2, false),
        // Test with commas separating AND
        arguments(">= 1.2.3, < 2.0", 1, 2, false),
        arguments(">= 1.2.3, < 2.0 || => 3.0, < 4", 2, 2, false),
        // The 3 - 4 should be broken into 2 by the range rewriting
        arguments("3 - 4 || => 3.0, < 4", 2, 2, false),
        // Due to having 4 parts these should produce an error. See
        // https://github.com/Masterminds/semver/issues/185 for the reason for
        // these tests.
        arguments("12.3.4.1234", 0, 0, true),
        arguments("12.23.4.1234", 0, 0, true),
        arguments("12.3.34.1234", 0, 0, true),
        arguments("12.3.34 ~1.2.3", 1, 2, false),
        arguments("12.3.34~ 1.2.3", 0, 0, true),
        arguments("1.0.0 - 2.0.0, <=2.0.0", 1, 3, false));
  }

  @ParameterizedTest
  @MethodSource
  void newConstraint(String input, int ors, int count, boolean err) {
    if (err) {
      assertThatThrownBy(() -> Constraint.parse(input))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Constraint c = Constraint.parse(input);

    assertThat(c.groups()).hasSize(ors);
    assertThat(c.groups().get(0).comparisons()).hasSize(count);
  }

  /** {@code TestRewriteRange}. */
  static Stream<Arguments> rewriteRange() {
    return Stream.of(
        arguments("2 - 3", ">= 2, <= 3 "),
        arguments("2 - 3, 2 - 3", ">= 2, <= 3 ,>= 2, <= 3 "),
        arguments("2 - 3, 4.0.0 - 5.1", ">= 2, <= 3 ,>= 4.0.0, <= 5.1 "),
        arguments("2 - 3 4.0.0 - 5.1", ">= 2, <= 3 >= 4.0.0, <= 5.1 "),
        arguments("1.0.0 - 2.0.0 <=2.0.0", ">= 1.0.0, <= 2.0.0 <=2.0.0"));
  }

  @ParameterizedTest
  @MethodSource
  void rewriteRange(String c, String nc) {
    assertThat(ConstraintParser.rewriteRange(c)).isEqualTo(nc);
  }

  /** {@code TestIsX}. */
  static Stream<Arguments> isX() {
    return Stream.of(
        arguments("A", false),
        arguments("%", false),
        arguments("X", true),
        arguments("x", true),
        arguments("*", true));
  }

  @ParameterizedTest
  @MethodSource
  void isX(String t, boolean c) {
    assertThat(ConstraintParser.isX(t)).isEqualTo(c);
  }

  /** {@code TestConstraintString}: the printed form, which parses again. */
  static Stream<Arguments> constraintString() {
    return Stream.of(
        arguments("*", "*"),
        arguments(">=1.2.3", ">=1.2.3"),
        arguments(">= 1.2.3", ">=1.2.3"),
        arguments("2.x,   >=1.2.3 || >4.5.6, < 5.7", "2.x >=1.2.3 || >4.5.6 <5.7"),
        arguments(
            "2.x,   >=1.2.3 || >4.5.6, < 5.7 || >40.50.60, < 50.70",
            "2.x >=1.2.3 || >4.5.6 <5.7 || >40.50.60 <50.70"),
        arguments("1.2", "1.2"));
  }

  @ParameterizedTest
  @MethodSource
  void constraintString(String constraint, String st) {
    Constraint c = Constraint.parse(constraint);

    assertThat(c).hasToString(st);
    assertThat(Constraint.parse(c.toString())).hasToString(st);
  }

  /** {@code TestTextMarshalConstraints}: {@code MarshalText} is {@code String()}. */
  static Stream<Arguments> textMarshalConstraints() {
    return Stream.of(
        arguments("1.2.3", "1.2.3"),
        arguments(">=1.2.3", ">=1.2.3"),
        arguments("<=1.2.3", "<=1.2.3"),
        arguments("1 <=1.2.3", "1 <=1.2.3"),
        arguments("1, <=1.2.3", "1 <=1.2.3"),
        arguments(">1, <=1.2.3", ">1 <=1.2.3"),
        arguments("> 1 , <=1.2.3", ">1 <=1.2.3"));
  }

  @ParameterizedTest
  @MethodSource
  void textMarshalConstraints(String constraint, String want) {
    assertThat(Constraint.parse(constraint)).hasToString(want);
  }

  /** {@code TestTextUnmarshalConstraints}: {@code UnmarshalText} is {@code NewConstraint}. */
  static Stream<Arguments> textUnmarshalConstraints() {
    return Stream.of(
        arguments("1.2.3", "1.2.3"),
        arguments(">=1.2.3", ">=1.2.3"),
        arguments("<=1.2.3", "<=1.2.3"),
        arguments(">1 <=1.2.3", ">1 <=1.2.3"),
        arguments("> 1 <=1.2.3", ">1 <=1.2.3"),
        arguments(">1, <=1.2.3", ">1 <=1.2.3"));
  }

  @ParameterizedTest
  @MethodSource
  void textUnmarshalConstraints(String constraint, String want) {
    assertThat(Constraint.parse(constraint)).hasToString(want);
  }
}
