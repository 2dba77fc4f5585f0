package dev.hops.kustomize.internal.filters.replacement;

import dev.hops.kustomize.internal.filters.OracleCase;
import dev.hops.kustomize.internal.filters.OracleHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replacements compared with what kubectl kustomize printed for the same kustomization. */
class ReplacementOracleTest {

  static List<OracleCase> cases() {
    return ReplacementOracleCases.CASES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKustomize(OracleCase c) {
    OracleHarness.check(c);
  }
}
