package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Constraint#latest}: source-controller's choice of an OCI tag or a chart version. */
class ConstraintLatestTest {

  private static final List<String> TAGS =
      List.of(
          "latest",
          "1.0.0",
          "v1.1.0",
          "1.2",
          "1.2.0-rc.1",
          "1.10.1",
          "2.0.0-beta.1",
          "2.0.0",
          "sha-1234567",
          "2.1.0+build.7",
          "3.0.0-rc.2",
          "01.5.0");

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          *                          ; 2.1.0+build.7
          >=1.0.0 <2.0.0             ; 1.10.1
          ~1.1                       ; v1.1.0
          ^1.0                       ; 1.10.1
          1.x                        ; 1.10.1
          1.0.0 - 1.5                ; v1.1.0
          >= 1.0, < 1.5 || >= 3.0    ; v1.1.0
          >=2.0.0-0                  ; 3.0.0-rc.2
          >=1.2.0-0 <2.0.0           ; 2.0.0-beta.1
          >=1.2.0-0 <1.3.0           ; 1.2.0-rc.1
          2.0.0-beta.1               ; 2.0.0-beta.1
          """)
  void picksTheHighestSatisfyingVersion(String constraint, String expected) {
    assertThat(Constraint.parse(constraint).latest(TAGS)).map(Version::original).contains(expected);
  }

  @Test
  void skipsWhatOnlyLooseParsingAccepts() {
    // "1.2" and "01.5.0" are versions to NewVersion but not to Flux's strict parse.
    assertThat(Constraint.parse("~1.2 || 1.5").latest(TAGS)).isEmpty();
  }

  @Test
  void isEmptyWhenNothingSatisfies() {
    assertThat(Constraint.parse(">=4").latest(TAGS)).isEmpty();
    assertThat(Constraint.parse("*").latest(List.of())).isEmpty();
  }

  @Test
  void keepsTheFirstOfEqualVersions() {
    List<String> tags = List.of("1.0.0+a", "v1.0.0", "1.0.0+b");

    assertThat(Constraint.parse("1.0.0").latest(tags)).map(Version::original).contains("1.0.0+a");
  }
}
