package dev.hops.kustomize.internal.filters.jsonpatch;

import dev.hops.kustomize.internal.filters.OracleCase;
import dev.hops.kustomize.internal.filters.OracleHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON 6902 patches in the deprecated {@code patchesJson6902} field, where kustomize shows the
 * patch's JSON decoding errors, compared with kubectl kustomize.
 */
class JsonPatchLegacyOracleTest {

  static List<OracleCase> cases() {
    return JsonPatchLegacyOracleCases.CASES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKustomize(OracleCase c) {
    OracleHarness.check(c);
  }
}
