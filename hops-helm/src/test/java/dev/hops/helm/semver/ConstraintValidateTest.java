package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation tables of Masterminds/semver's {@code constraints_test.go}, verbatim: Go's {@code
 * Validate} returns (true, no errors) or (false, errors); {@link Constraint#validate} the errors.
 */
class ConstraintValidateTest {

  /** {@code TestConstraintsValidate}. */
  static Stream<Arguments> constraintsValidate() {
    return Stream.of(
        arguments("*", "1.2.3", true),
        arguments("~0.0.0", "1.2.3", true),
        arguments("= 2.0", "1.2.3", false),
        arguments("= 2.0", "2.0.0", true),
        arguments("4.1", "4.1.0", true),
        arguments("4.1.x", "4.1.3", true),
        arguments("1.x", "1.4", true),
        arguments("!=4.1", "4.1.0", false),
        arguments("!=4.1", "5.1.0", true),
        arguments("!=4.x", "5.1.0", true),
        arguments("!=4.x", "4.1.0", false),
        arguments("!=4.1.x", "4.2.0", true),
        arguments("!=4.2.x", "4.2.3", false),
        arguments(">1.1", "4.1.0", true),
        arguments(">1.1", "1.1.0", false),
        arguments("<1.1", "0.1.0", true),
        arguments("<1.1", "1.1.0", false),
        arguments("<1.1", "1.1.1", false),
        arguments("<1.x", "1.1.1", false),
        arguments("<2.x", "1.1.1", true),
        arguments("<1.x", "2.1.1", false),
        arguments("<1.1.x", "1.2.1", false),
        arguments("<1.1.x", "1.1.500", false),
        arguments("<1.2.x", "1.1.1", true),
        arguments(">=1.1", "4.1.0", true),
        arguments(">=1.1", "1.1.0", true),
        arguments(">=1.1", "0.0.9", false),
        arguments("<=1.1", "0.1.0", true),
        arguments("<=1.1", "1.1.0", true),
        arguments("<=1.x", "1.1.0", true),
        arguments("<=2.x", "3.1.0", false),
        arguments("<=1.1", "1.1.1", true),
        arguments("<=1.1.x", "1.2.500", false),
        arguments(">1.1, <2", "1.1.1", false),
        arguments(">1.1, <2", "1.2.1", true),
        arguments(">1.1, <3", "4.3.2", false),
        arguments(">=1.1, <2, !=1.2.3", "1.2.3", false),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "3.1.2", false),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "4.1.2", true),
        arguments(">=1.1, <2, !=1.2.3 || >= 3", "3.0.0", true),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "3.0.0", false),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "1.2.3", false),
        arguments("1.1 - 2", "1.1.1", true),
        arguments("1.1-3", "4.3.2", false),
        arguments("^1.1", "1.1.1", true),
        arguments("^1.1", "1.1.1-alpha", false),
        arguments("^1.1.1-alpha", "1.1.1-beta", true),
        arguments("^1.1.1-beta", "1.1.1-alpha", false),
        arguments("^1.1", "4.3.2", false),
        arguments("^1.x", "1.1.1", true),
        arguments("^2.x", "1.1.1", false),
        arguments("^1.x", "2.1.1", false),
        arguments("^0.0.1", "0.1.3", false),
        arguments("^0.0.1", "0.0.1", true),
        arguments("~*", "2.1.1", true),
        arguments("~1", "2.1.1", false),
        arguments("~1", "1.3.5", true),
        arguments("~1", "1.3.5-beta", false),
        arguments("~1.x", "2.1.1", false),
        arguments("~1.x", "1.3.5", true),
        arguments("~1.x", "1.3.5-beta", false),
        arguments("~1.3.6-alpha", "1.3.5-beta", false),
        arguments("~1.3.5-alpha", "1.3.5-beta", true),
        arguments("~1.3.5-beta", "1.3.5-alpha", false),
        arguments("~1.x", "1.4", true),
        arguments("~1.1", "1.1.1", true),
        arguments("~1.2.3", "1.2.5", true),
        arguments("~1.2.3", "1.2.2", false),
        arguments("~1.2.3", "1.3.2", false),
        arguments("~1.1", "1.2.3", false),
        arguments("~1.3", "2.4.5", false));
  }

  @ParameterizedTest
  @MethodSource
  void constraintsValidate(String constraint, String version, boolean check) {
    List<String> msgs = Constraint.parse(constraint).validate(Version.parse(version));

    assertThat(msgs.isEmpty()).isEqualTo(check);
  }

  /** {@code TestConstraintsValidate}: the first message, versions parsed strictly. */
  static Stream<Arguments> constraintsValidateMessages() {
    return Stream.of(
        arguments("2.x", "1.2.3", "\"1.2.3\" is less than \"2.x\""),
        arguments("2", "1.2.3", "\"1.2.3\" is less than \"2\""),
        arguments("= 2.0", "1.2.3", "\"1.2.3\" is less than \"2.0\""),
        arguments("!=4.1", "4.1.0", "\"4.1.0\" is equal to \"4.1\""),
        arguments("!=4.x", "4.1.0", "\"4.1.0\" is equal to \"4.x\""),
        arguments("!=4.2.x", "4.2.3", "\"4.2.3\" is equal to \"4.2.x\""),
        arguments(">1.1", "1.1.0", "\"1.1.0\" is less than or equal to \"1.1\""),
        arguments("<1.1", "1.1.0", "\"1.1.0\" is greater than or equal to \"1.1\""),
        arguments("<1.1", "1.1.1", "\"1.1.1\" is greater than or equal to \"1.1\""),
        arguments("<1.x", "2.1.1", "\"2.1.1\" is greater than or equal to \"1.x\""),
        arguments("<1.1.x", "1.2.1", "\"1.2.1\" is greater than or equal to \"1.1.x\""),
        arguments(">=1.1", "0.0.9", "\"0.0.9\" is less than \"1.1\""),
        arguments("<=2.x", "3.1.0", "\"3.1.0\" is greater than \"2.x\""),
        arguments("<=1.1", "1.2.1", "\"1.2.1\" is greater than \"1.1\""),
        arguments("<=1.1.x", "1.2.500", "\"1.2.500\" is greater than \"1.1.x\""),
        arguments(">1.1, <3", "4.3.2", "\"4.3.2\" is greater than or equal to \"3\""),
        arguments(">=1.1, <2, !=1.2.3", "1.2.3", "\"1.2.3\" is equal to \"1.2.3\""),
        arguments(
            ">=1.1, <2, !=1.2.3 || > 3", "3.0.0", "\"3.0.0\" is greater than or equal to \"2\""),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "1.2.3", "\"1.2.3\" is equal to \"1.2.3\""),
        arguments("1.1 - 3", "4.3.2", "\"4.3.2\" is greater than \"3\""),
        arguments("^1.1", "4.3.2", "\"4.3.2\" does not have same major version as \"1.1\""),
        arguments("^1.12.7", "1.6.6", "\"1.6.6\" is less than \"1.12.7\""),
        arguments("^2.x", "1.1.1", "\"1.1.1\" is less than \"2.x\""),
        arguments("^1.x", "2.1.1", "\"2.1.1\" does not have same major version as \"1.x\""),
        arguments(
            "^0.2",
            "0.3.0",
            "\"0.3.0\" does not have same minor version as \"0.2\". Expected minor versions to match when constraint major version is 0"),
        arguments("^0.2", "0.1.1", "\"0.1.1\" is less than \"0.2\""),
        arguments("^0.0.3", "0.1.1", "\"0.1.1\" does not have same minor version as \"0.0.3\""),
        arguments(
            "^0.0.3",
            "0.0.4",
            "\"0.0.4\" does not equal \"0.0.3\". Expect version and constraint to equal when major and minor versions are 0"),
        arguments("^0.0.3", "0.0.2", "\"0.0.2\" is less than \"0.0.3\""),
        arguments("~1", "2.1.2", "\"2.1.2\" does not have same major version as \"1\""),
        arguments("~1.x", "2.1.1", "\"2.1.1\" does not have same major version as \"1.x\""),
        arguments("~1.2.3", "1.2.2", "\"1.2.2\" is less than \"1.2.3\""),
        arguments(
            "~1.2.3", "1.3.2", "\"1.3.2\" does not have same major and minor version as \"1.2.3\""),
        arguments(
            "~1.1", "1.2.3", "\"1.2.3\" does not have same major and minor version as \"1.1\""),
        arguments("~1.3", "2.4.5", "\"2.4.5\" does not have same major version as \"1.3\""),
        arguments(
            "> 1.2.3",
            "1.2.3-beta.1",
            "\"1.2.3-beta.1\" is a prerelease version and the constraint is only looking for release versions"));
  }

  @ParameterizedTest
  @MethodSource
  void constraintsValidateMessages(String constraint, String version, String msg) {
    List<String> msgs = Constraint.parse(constraint).validate(Version.parseStrict(version));

    assertThat(msgs).first().isEqualTo(msg);
  }

  /** {@code TestConstraintsValidate}: every failed comparison of the group is reported. */
  @Test
  void constraintsValidateReportsEachFailure() {
    Constraint c = Constraint.parse("!= 1.2.5, ^2, <= 1.1.x");

    assertThat(c.validate(Version.parseStrict("1.2.3")))
        .containsExactly("\"1.2.3\" is less than \"2\"", "\"1.2.3\" is greater than \"1.1.x\"");
  }

  /** {@code TestConstraintsValidateIncludePrerelease}. */
  static Stream<Arguments> constraintsValidateIncludePrerelease() {
    return Stream.of(
        // Tests that would fail if not including prereleases but
        // pass if prereleases are included.
        arguments("^1.1", "1.1.1-alpha", true),
        arguments("~1", "1.3.5-beta", true),
        arguments("~1.x", "1.3.5-beta", true),
        arguments(">=1.1", "4.1.0-beta", true),
        arguments(">1.1", "4.1.0-beta", true),
        arguments("<=1.1", "0.1.0-alpha", true),
        arguments("<1.1", "0.1.0-alpha", true),
        arguments("^1.x", "1.1.1-beta1", true),
        arguments("~1.1", "1.1.1-alpha", true),
        arguments("*", "1.2.3-alpha", true),
        arguments("= 2.0", "2.0.1-beta", true),
        // Tests that should continue to pass normally.
        arguments("*", "1.2.3", true),
        arguments("~0.0.0", "1.2.3", true),
        arguments("= 2.0", "1.2.3", false),
        arguments("= 2.0", "2.0.0", true),
        arguments("4.1", "4.1.0", true),
        arguments("4.1.x", "4.1.3", true),
        arguments("1.x", "1.4", true),
        arguments("!=4.1", "4.1.0", false),
        arguments("!=4.1", "5.1.0", true),
        arguments("!=4.x", "5.1.0", true),
        arguments("!=4.x", "4.1.0", false),
        arguments("!=4.1.x", "4.2.0", true),
        arguments("!=4.2.x", "4.2.3", false),
        arguments(">1.1", "4.1.0", true),
        arguments(">1.1", "1.1.0", false),
        arguments("<1.1", "0.1.0", true),
        arguments("<1.1", "1.1.0", false),
        arguments("<1.1", "1.1.1", false),
        arguments("<1.x", "1.1.1", false),
        arguments("<2.x", "1.1.1", true),
        arguments("<1.x", "2.1.1", false),
        arguments("<1.1.x", "1.2.1", false),
        arguments("<1.1.x", "1.1.500", false),
        arguments("<1.2.x", "1.1.1", true),
        arguments(">=1.1", "4.1.0", true),
        arguments(">=1.1", "1.1.0", true),
        arguments(">=1.1", "0.0.9", false),
        arguments("<=1.1", "0.1.0", true),
        arguments("<=1.1", "1.1.0", true),
        arguments("<=1.x", "1.1.0", true),
        arguments("<=2.x", "3.1.0", false),
        arguments("<=1.1", "1.1.1", true),
        arguments("<=1.1.x", "1.2.500", false),
        arguments(">1.1, <2", "1.1.1", false),
        arguments(">1.1, <2", "1.2.1", true),
        arguments(">1.1, <3", "4.3.2", false),
        arguments(">=1.1, <2, !=1.2.3", "1.2.3", false),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "3.1.2", false),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "4.1.2", true),
        arguments(">=1.1, <2, !=1.2.3 || >= 3", "3.0.0", true),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "3.0.0", false),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "1.2.3", false),
        arguments("1.1 - 2", "1.1.1", true),
        arguments("1.1-3", "4.3.2", false),
        arguments("^1.1", "1.1.1", true),
        arguments("^1.1.1-alpha", "1.1.1-beta", true),
        arguments("^1.1.1-beta", "1.1.1-alpha", false),
        arguments("^1.1", "4.3.2", false),
        arguments("^1.x", "1.1.1", true),
        arguments("^2.x", "1.1.1", false),
        arguments("^1.x", "2.1.1", false),
        arguments("^0.0.1", "0.1.3", false),
        arguments("^0.0.1", "0.0.1", true),
        arguments("~*", "2.1.1", true),
        arguments("~1", "2.1.1", false),
        arguments("~1", "1.3.5", true),
        arguments("~1.x", "2.1.1", false),
        arguments("~1.x", "1.3.5", true),
        arguments("~1.3.6-alpha", "1.3.5-beta", false),
        arguments("~1.3.5-alpha", "1.3.5-beta", true),
        arguments("~1.3.5-beta", "1.3.5-alpha", false),
        arguments("~1.x", "1.4", true),
        arguments("~1.1", "1.1.1", true),
        arguments("~1.2.3", "1.2.5", true),
        arguments("~1.2.3", "1.2.2", false),
        arguments("~1.2.3", "1.3.2", false),
        arguments("~1.1", "1.2.3", false),
        arguments("~1.3", "2.4.5", false));
  }

  @ParameterizedTest
  @MethodSource
  void constraintsValidateIncludePrerelease(String constraint, String version, boolean check) {
    Constraint c = Constraint.parse(constraint).includingPrereleases();

    assertThat(c.validate(Version.parse(version)).isEmpty()).isEqualTo(check);
  }

  /** {@code TestConstraintsValidateIncludePrerelease}: the first message. */
  static Stream<Arguments> constraintsValidateIncludePrereleaseMessages() {
    return Stream.of(
        // Validations that would return a prerelease message normally but
        // because prereleases are included are being evaluated based on
        // the version.
        arguments("> 1.2.3", "1.2.3-beta.1", "\"1.2.3-beta.1\" is less than or equal to \"1.2.3\""),
        arguments(
            "< 1.2.3", "1.2.4-beta.1", "\"1.2.4-beta.1\" is greater than or equal to \"1.2.3\""),
        arguments(">= 1.2.3", "1.2.3-beta.1", "\"1.2.3-beta.1\" is less than \"1.2.3\""),
        arguments("<= 1.2.3", "1.2.4-beta.1", "\"1.2.4-beta.1\" is greater than \"1.2.3\""),
        // Test messages that are the same because there is no
        // prerelease issue.
        arguments("2.x", "1.2.3", "\"1.2.3\" is less than \"2.x\""),
        arguments("2", "1.2.3", "\"1.2.3\" is less than \"2\""),
        arguments("= 2.0", "1.2.3", "\"1.2.3\" is less than \"2.0\""),
        arguments("!=4.1", "4.1.0", "\"4.1.0\" is equal to \"4.1\""),
        arguments("!=4.x", "4.1.0", "\"4.1.0\" is equal to \"4.x\""),
        arguments("!=4.2.x", "4.2.3", "\"4.2.3\" is equal to \"4.2.x\""),
        arguments(">1.1", "1.1.0", "\"1.1.0\" is less than or equal to \"1.1\""),
        arguments("<1.1", "1.1.0", "\"1.1.0\" is greater than or equal to \"1.1\""),
        arguments("<1.1", "1.1.1", "\"1.1.1\" is greater than or equal to \"1.1\""),
        arguments("<1.x", "2.1.1", "\"2.1.1\" is greater than or equal to \"1.x\""),
        arguments("<1.1.x", "1.2.1", "\"1.2.1\" is greater than or equal to \"1.1.x\""),
        arguments(">=1.1", "0.0.9", "\"0.0.9\" is less than \"1.1\""),
        arguments("<=2.x", "3.1.0", "\"3.1.0\" is greater than \"2.x\""),
        arguments("<=1.1", "1.2.1", "\"1.2.1\" is greater than \"1.1\""),
        arguments("<=1.1.x", "1.2.500", "\"1.2.500\" is greater than \"1.1.x\""),
        arguments(">1.1, <3", "4.3.2", "\"4.3.2\" is greater than or equal to \"3\""),
        arguments(">=1.1, <2, !=1.2.3", "1.2.3", "\"1.2.3\" is equal to \"1.2.3\""),
        arguments(
            ">=1.1, <2, !=1.2.3 || > 3", "3.0.0", "\"3.0.0\" is greater than or equal to \"2\""),
        arguments(">=1.1, <2, !=1.2.3 || > 3", "1.2.3", "\"1.2.3\" is equal to \"1.2.3\""),
        arguments("1.1 - 3", "4.3.2", "\"4.3.2\" is greater than \"3\""),
        arguments("^1.1", "4.3.2", "\"4.3.2\" does not have same major version as \"1.1\""),
        arguments("^1.12.7", "1.6.6", "\"1.6.6\" is less than \"1.12.7\""),
        arguments("^2.x", "1.1.1", "\"1.1.1\" is less than \"2.x\""),
        arguments("^1.x", "2.1.1", "\"2.1.1\" does not have same major version as \"1.x\""),
        arguments(
            "^0.2",
            "0.3.0",
            "\"0.3.0\" does not have same minor version as \"0.2\". Expected minor versions to match when constraint major version is 0"),
        arguments("^0.2", "0.1.1", "\"0.1.1\" is less than \"0.2\""),
        arguments("^0.0.3", "0.1.1", "\"0.1.1\" does not have same minor version as \"0.0.3\""),
        arguments(
            "^0.0.3",
            "0.0.4",
            "\"0.0.4\" does not equal \"0.0.3\". Expect version and constraint to equal when major and minor versions are 0"),
        arguments("^0.0.3", "0.0.2", "\"0.0.2\" is less than \"0.0.3\""),
        arguments("~1", "2.1.2", "\"2.1.2\" does not have same major version as \"1\""),
        arguments("~1.x", "2.1.1", "\"2.1.1\" does not have same major version as \"1.x\""),
        arguments("~1.2.3", "1.2.2", "\"1.2.2\" is less than \"1.2.3\""),
        arguments(
            "~1.2.3", "1.3.2", "\"1.3.2\" does not have same major and minor version as \"1.2.3\""),
        arguments(
            "~1.1", "1.2.3", "\"1.2.3\" does not have same major and minor version as \"1.1\""),
        arguments("~1.3", "2.4.5", "\"2.4.5\" does not have same major version as \"1.3\""));
  }

  @ParameterizedTest
  @MethodSource
  void constraintsValidateIncludePrereleaseMessages(String constraint, String version, String msg) {
    Constraint c = Constraint.parse(constraint).includingPrereleases();

    assertThat(c.validate(Version.parseStrict(version))).first().isEqualTo(msg);
  }

  /** {@code TestConstraintsValidateIncludePrerelease}: every failed comparison is reported. */
  @Test
  void constraintsValidateIncludePrereleaseReportsEachFailure() {
    Constraint c = Constraint.parse("!= 1.2.5, ^2, <= 1.1.x").includingPrereleases();

    assertThat(c.validate(Version.parseStrict("1.2.3")))
        .containsExactly("\"1.2.3\" is less than \"2\"", "\"1.2.3\" is greater than \"1.1.x\"");
  }
}
