package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The parsing tables of Masterminds/semver's {@code version_test.go}, verbatim. */
class VersionParseTest {

  /** {@code TestStrictNewVersion}. */
  static Stream<Arguments> strictNewVersion() {
    return Stream.of(
        arguments("1.2.3", false),
        arguments("1.2.3-alpha.01", true),
        arguments("1.2.3+test.01", false),
        arguments("1.2.3-alpha.-1", false),
        arguments("v1.2.3", true),
        arguments("1.0", true),
        arguments("v1.0", true),
        arguments("1", true),
        arguments("v1", true),
        arguments("1.2", true),
        arguments("1.2.beta", true),
        arguments("v1.2.beta", true),
        arguments("foo", true),
        arguments("1.2-5", true),
        arguments("v1.2-5", true),
        arguments("1.2-beta.5", true),
        arguments("v1.2-beta.5", true),
        arguments("\n1.2", true),
        arguments("\nv1.2", true),
        arguments("1.2.0-x.Y.0+metadata", false),
        arguments("v1.2.0-x.Y.0+metadata", true),
        arguments("1.2.0-x.Y.0+metadata-width-hypen", false),
        arguments("v1.2.0-x.Y.0+metadata-width-hypen", true),
        arguments("1.2.3-rc1-with-hypen", false),
        arguments("1.2.3-0abc123", false), // string pre-releases can start with 0
        arguments("1.2.3-beta.01", true), // number segment cannot start with 0
        arguments("v1.2.3-rc1-with-hypen", true),
        arguments("1.2.3.4", true),
        arguments("v1.2.3.4", true),
        arguments("1.2.2147483648", false),
        arguments("1.2147483648.3", false),
        arguments("2147483648.3.0", false),
        // The SemVer spec in a pre-release expects to allow [0-9A-Za-z-]. But,
        // the lack of all 3 parts in this version should produce an error.
        arguments("20221209-update-renovatejson-v4", true),
        // Various cases that are invalid semver
        arguments(
            "1.1.2+.123",
            true), // A leading . in build metadata. This would signify that the first segment is
        // empty
        arguments(
            "1.0.0-alpha_beta", true), // An underscore in the pre-release is an invalid character
        arguments("1.0.0-alpha..", true), // Multiple empty segments
        arguments("1.0.0-alpha..1", true), // Multiple empty segments but one with a value
        arguments("01.1.1", true), // A leading 0 on a number segment
        arguments("1.01.1", true), // A leading 0 on a number segment
        arguments("1.1.01", true), // A leading 0 on a number segment
        arguments("9.8.7+meta+meta", true), // Multiple metadata parts
        arguments(
            "1.2.31----RC-SNAPSHOT.12.09.1--.12+788",
            true), // Leading 0 in a number part of a pre-release segment
        arguments("1.2.3-0123", true),
        arguments("1.2.3-0123.0123", true),
        arguments("+invalid", true),
        arguments("-invalid", true),
        arguments("-invalid.01", true),
        arguments("alpha+beta", true),
        arguments("1.2.3-alpha_beta+foo", true),
        arguments("1.0.0-alpha..1", true));
  }

  @ParameterizedTest
  @MethodSource
  void strictNewVersion(String version, boolean err) {
    assertParses(() -> Version.parseStrict(version), err);
  }

  /** {@code TestNewVersion}, "With loose NewVersion". */
  static Stream<Arguments> newVersion() {
    return Stream.of(
        arguments("1.2.3", false),
        arguments("1.2.3-alpha.01", true),
        arguments("1.2.3+test.01", false),
        arguments("1.2.3-alpha.-1", false),
        arguments("v1.2.3", false),
        arguments("1.0", false),
        arguments("v1.0", false),
        arguments("1", false),
        arguments("v1", false),
        arguments("1.2.beta", true),
        arguments("v1.2.beta", true),
        arguments("foo", true),
        arguments("1.2-5", false),
        arguments("v1.2-5", false),
        arguments("1.2-beta.5", false),
        arguments("v1.2-beta.5", false),
        arguments("\n1.2", true),
        arguments("\nv1.2", true),
        arguments("1.2.0-x.Y.0+metadata", false),
        arguments("v1.2.0-x.Y.0+metadata", false),
        arguments("1.2.0-x.Y.0+metadata-width-hypen", false),
        arguments("v1.2.0-x.Y.0+metadata-width-hypen", false),
        arguments("1.2.3-rc1-with-hypen", false),
        arguments("v1.2.3-rc1-with-hypen", false),
        arguments("1.2.3-0abc123", false), // string pre-releases can start with 0
        arguments("1.2.3-beta.01", true), // number segment cannot start with 0
        arguments("1.2.3.4", true),
        arguments("v1.2.3.4", true),
        arguments("1.2.2147483648", false),
        arguments("1.2147483648.3", false),
        arguments("2147483648.3.0", false),
        // Due to having 4 parts these should produce an error. See
        // https://github.com/Masterminds/semver/issues/185 for the reason for
        // these tests.
        arguments("12.3.4.1234", true),
        arguments("12.23.4.1234", true),
        arguments("12.3.34.1234", true),
        // The SemVer spec in a pre-release expects to allow [0-9A-Za-z-].
        arguments("20221209-update-renovatejson-v4", false),
        // Various cases that are invalid semver
        arguments(
            "1.1.2+.123",
            true), // A leading . in build metadata. This would signify that the first segment is
        // empty
        arguments(
            "1.0.0-alpha_beta", true), // An underscore in the pre-release is an invalid character
        arguments("1.0.0-alpha..", true), // Multiple empty segments
        arguments("1.0.0-alpha..1", true), // Multiple empty segments but one with a value
        arguments("9.8.7+meta+meta", true), // Multiple metadata parts
        arguments(
            "1.2.31----RC-SNAPSHOT.12.09.1--.12+788",
            true), // Leading 0 in a number part of a pre-release segment
        // Versions that are invalid but in loose mode are handled.
        // This enables a calver-ish style. This pattern has long
        // been supported by this package even though it technically
        // breaks from semver. Tools built on this allow it.
        arguments("01.1.1", false), // A leading 0 on a number segment
        arguments("1.01.1", false), // A leading 0 on a number segment
        arguments("1.1.01", false) // A leading 0 on a number segment
        );
  }

  @ParameterizedTest
  @MethodSource
  void newVersion(String version, boolean err) {
    assertParses(() -> Version.parse(version), err);
  }

  /** {@code TestNewVersion}, "Without loose NewVersion" ({@code CoerceNewVersion = false}). */
  static Stream<Arguments> newVersionWithoutCoercion() {
    return Stream.of(
        arguments("1.2.3", false),
        arguments("1.2.3-alpha.01", true),
        arguments("1.2.3+test.01", false),
        arguments("1.2.3-alpha.-1", false),
        arguments("v1.2.3", false),
        arguments("1.0", false),
        arguments("v1.0", false),
        arguments("1", false),
        arguments("v1", false),
        arguments("1.2.beta", true),
        arguments("v1.2.beta", true),
        arguments("foo", true),
        arguments("1.2-5", false),
        arguments("v1.2-5", false),
        arguments("1.2-beta.5", false),
        arguments("v1.2-beta.5", false),
        arguments("\n1.2", true),
        arguments("\nv1.2", true),
        arguments("1.2.0-x.Y.0+metadata", false),
        arguments("v1.2.0-x.Y.0+metadata", false),
        arguments("1.2.0-x.Y.0+metadata-width-hypen", false),
        arguments("v1.2.0-x.Y.0+metadata-width-hypen", false),
        arguments("1.2.3-rc1-with-hypen", false),
        arguments("v1.2.3-rc1-with-hypen", false),
        arguments("1.2.3-0abc123", false), // string pre-releases can start with 0
        arguments("1.2.3-beta.01", true), // number segment cannot start with 0
        arguments("1.2.3.4", true),
        arguments("v1.2.3.4", true),
        arguments("1.2.2147483648", false),
        arguments("1.2147483648.3", false),
        arguments("2147483648.3.0", false),
        // Due to having 4 parts these should produce an error. See
        // https://github.com/Masterminds/semver/issues/185 for the reason for
        // these tests.
        arguments("12.3.4.1234", true),
        arguments("12.23.4.1234", true),
        arguments("12.3.34.1234", true),
        // The SemVer spec in a pre-release expects to allow [0-9A-Za-z-].
        arguments("20221209-update-renovatejson-v4", false),
        // Various cases that are invalid semver
        arguments(
            "1.1.2+.123",
            true), // A leading . in build metadata. This would signify that the first segment is
        // empty
        arguments(
            "1.0.0-alpha_beta", true), // An underscore in the pre-release is an invalid character
        arguments("1.0.0-alpha..", true), // Multiple empty segments
        arguments("1.0.0-alpha..1", true), // Multiple empty segments but one with a value
        arguments("01.1.1", true), // A leading 0 on a number segment
        arguments("1.01.1", true), // A leading 0 on a number segment
        arguments("1.1.01", true), // A leading 0 on a number segment
        arguments("9.8.7+meta+meta", true), // Multiple metadata parts
        arguments(
            "1.2.31----RC-SNAPSHOT.12.09.1--.12+788",
            true) // Leading 0 in a number part of a pre-release segment
        );
  }

  @ParameterizedTest
  @MethodSource
  void newVersionWithoutCoercion(String version, boolean err) {
    assertParses(() -> VersionParser.withoutCoercion(version, true), err);
  }

  /** {@code TestNewVersionCheckError}, "With detailed errors". */
  static Stream<Arguments> newVersionDetailedErrors() {
    return Stream.of(
        arguments("1.2.3", null),
        arguments("1.2.3-dev.1", null),
        arguments("1.2.3+meta", null),
        arguments("1.2.3-dev.1+meta", null),
        arguments("1.2.3-dev.1+meta.01", null),
        arguments("1.2.3-dev..1", VersionParser.INVALID_SEMVER),
        arguments("1.2.3-dev.01", VersionParser.SEGMENT_STARTS_ZERO),
        arguments("1.2.3-de-v.1", null),
        arguments("1.02.3", VersionParser.SEGMENT_STARTS_ZERO),
        arguments("01.2.3", VersionParser.SEGMENT_STARTS_ZERO),
        arguments("1.2.03", VersionParser.SEGMENT_STARTS_ZERO),
        arguments("1.2.3-023658", VersionParser.SEGMENT_STARTS_ZERO));
  }

  @ParameterizedTest
  @MethodSource
  void newVersionDetailedErrors(String version, String wantErr) {
    assertError(() -> VersionParser.withoutCoercion(version, true), wantErr);
  }

  /** {@code TestNewVersionCheckError}, "Without detailed errors". */
  static Stream<Arguments> newVersionWithoutDetailedErrors() {
    return Stream.of(
        arguments("1.2.3", null),
        arguments("1.2.3-dev.1", null),
        arguments("1.2.3+meta", null),
        arguments("1.2.3-dev.1+meta", null),
        arguments("1.2.3-dev.1+meta.01", null),
        arguments("1.2.3-dev..1", VersionParser.INVALID_SEMVER),
        arguments("1.2.3-dev.01", VersionParser.INVALID_SEMVER),
        arguments("1.2.3-de-v.1", null),
        arguments("1.02.3", VersionParser.INVALID_SEMVER),
        arguments("01.2.3", VersionParser.INVALID_SEMVER),
        arguments("1.2.03", VersionParser.INVALID_SEMVER),
        arguments("1.2.3-023658", VersionParser.INVALID_SEMVER));
  }

  @ParameterizedTest
  @MethodSource
  void newVersionWithoutDetailedErrors(String version, String wantErr) {
    assertError(() -> VersionParser.withoutCoercion(version, false), wantErr);
  }

  /** {@code TestOriginal}. */
  static Stream<Arguments> original() {
    return Stream.of(
        arguments("1.2.3"),
        arguments("v1.2.3"),
        arguments("1.0"),
        arguments("v1.0"),
        arguments("1"),
        arguments("v1"),
        arguments("1.2-5"),
        arguments("v1.2-5"),
        arguments("1.2-beta.5"),
        arguments("v1.2-beta.5"),
        arguments("1.2.0-x.Y.0+metadata"),
        arguments("v1.2.0-x.Y.0+metadata"),
        arguments("1.2.0-x.Y.0+metadata-width-hypen"),
        arguments("v1.2.0-x.Y.0+metadata-width-hypen"),
        arguments("1.2.3-rc1-with-hypen"),
        arguments("v1.2.3-rc1-with-hypen"));
  }

  @ParameterizedTest
  @MethodSource
  void original(String version) {
    assertThat(Version.parse(version).original()).isEqualTo(version);
  }

  /** {@code TestParts}. */
  @Test
  void parts() {
    Version v = Version.parse("1.2.3-beta.1+build.123");

    assertThat(v.major()).isEqualTo(1);
    assertThat(v.minor()).isEqualTo(2);
    assertThat(v.patch()).isEqualTo(3);
    assertThat(v.prerelease()).isEqualTo("beta.1");
    assertThat(v.metadata()).isEqualTo("build.123");
  }

  /** {@code TestCoerceString}. */
  static Stream<Arguments> coerceString() {
    return Stream.of(
        arguments("1.2.3", "1.2.3"),
        arguments("v1.2.3", "1.2.3"),
        arguments("1.0", "1.0.0"),
        arguments("v1.0", "1.0.0"),
        arguments("1", "1.0.0"),
        arguments("v1", "1.0.0"),
        arguments("1.2-5", "1.2.0-5"),
        arguments("v1.2-5", "1.2.0-5"),
        arguments("1.2-beta.5", "1.2.0-beta.5"),
        arguments("v1.2-beta.5", "1.2.0-beta.5"),
        arguments("1.2.0-x.Y.0+metadata", "1.2.0-x.Y.0+metadata"),
        arguments("v1.2.0-x.Y.0+metadata", "1.2.0-x.Y.0+metadata"),
        arguments("1.2.0-x.Y.0+metadata-width-hypen", "1.2.0-x.Y.0+metadata-width-hypen"),
        arguments("v1.2.0-x.Y.0+metadata-width-hypen", "1.2.0-x.Y.0+metadata-width-hypen"),
        arguments("1.2.3-rc1-with-hypen", "1.2.3-rc1-with-hypen"),
        arguments("v1.2.3-rc1-with-hypen", "1.2.3-rc1-with-hypen"));
  }

  @ParameterizedTest
  @MethodSource
  void coerceString(String version, String expected) {
    assertThat(Version.parse(version)).hasToString(expected);
  }

  /** {@code TestValidatePrerelease}. */
  static Stream<Arguments> validatePrerelease() {
    return Stream.of(
        arguments("foo", null),
        arguments("alpha.1", null),
        arguments("alpha.01", VersionParser.SEGMENT_STARTS_ZERO),
        arguments("foo☃︎", VersionParser.INVALID_PRERELEASE),
        arguments("alpha.0-1", null));
  }

  @ParameterizedTest
  @MethodSource
  void validatePrerelease(String pre, String expected) {
    assertError(() -> VersionParser.validatePrerelease(pre), expected);
  }

  /** {@code TestValidateMetadata}. */
  static Stream<Arguments> validateMetadata() {
    return Stream.of(
        arguments("foo", null),
        arguments("alpha.1", null),
        arguments("alpha.01", null),
        arguments("foo☃︎", VersionParser.INVALID_METADATA),
        arguments("alpha.0-1", null),
        arguments("al-pha.1Phe70CgWe050H9K1mJwRUqTNQXZRERwLOEg37wpXUb4JgzgaD5YkL52ABnoyiE", null));
  }

  @ParameterizedTest
  @MethodSource
  void validateMetadata(String meta, String expected) {
    assertError(() -> VersionParser.validateMetadata(meta), expected);
  }

  private static void assertParses(ThrowingRunnable parse, boolean err) {
    if (err) {
      assertThatThrownBy(parse::run).isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThatCode(parse::run).doesNotThrowAnyException();
    }
  }

  private static void assertError(ThrowingRunnable parse, String wantErr) {
    if (wantErr == null) {
      assertThatCode(parse::run).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(parse::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(wantErr);
    }
  }

  private interface ThrowingRunnable {
    void run();
  }
}
