package dev.hops.kustomize.internal.filters.jsonpatch;

import dev.hops.kustomize.internal.filters.OracleCase;
import dev.hops.kustomize.internal.filters.OracleHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON 6902 patches compared with what kubectl kustomize printed for the same kustomization. */
class JsonPatchOracleTest {

  static List<OracleCase> cases() {
    return JsonPatchOracleCases.CASES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKustomize(OracleCase c) {
    OracleHarness.check(c);
  }
}
