package dev.hops.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A finding a rule made less severe than its default stays so; the configuration caps all. */
class EffectiveSeverityTest {

  @ParameterizedTest
  @CsvSource({
    // found, rule default, configured (the default when not configured), effective
    "ERROR, ERROR, ERROR, ERROR",
    "WARNING, ERROR, ERROR, WARNING",
    "INFO, ERROR, ERROR, INFO",
    "ERROR, ERROR, WARNING, WARNING",
    "WARNING, ERROR, WARNING, WARNING",
    "WARNING, ERROR, INFO, INFO",
    "INFO, WARNING, ERROR, INFO",
    "WARNING, WARNING, ERROR, ERROR",
  })
  void effective(Severity found, Severity ruleDefault, Severity configured, Severity expected) {
    assertThat(Checker.effective(found, ruleDefault, configured)).isEqualTo(expected);
  }
}
