package dev.hops.check.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.CheckTesting;
import dev.hops.check.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects of Flux's own semantics planted in a copy of the largest corpus repository: each is found
 * by its rule, where it was planted, and the untouched copy has none of them.
 */
class FluxDefectsPlantedTest {

  private static final String APPS = "kubernetes/apps/home-automation/";

  @Test
  void theUntouchedRepositoryHasNoneOfThem(@TempDir Path dir) throws IOException {
    List<Finding> f = CorpusCopy.of("bjw-s-labs-home-ops", dir).check();
    for (String rule :
        List.of("undefined-variable", "missing-dependency", "dependency-cycle", "crd-order")) {
      assertThat(CheckTesting.of(f, rule)).as(rule).isEmpty();
    }
  }

  @Test
  void anUndefinedVariableIsFoundWhereItIsUsed(@TempDir Path dir) throws IOException {
    List<Finding> f =
        CorpusCopy.of("bjw-s-labs-home-ops", dir)
            // a variable nobody defines, in an app whose Kustomization substitutes
            .replace(
                APPS + "home-assistant/app/httproute.yaml",
                "- home-assistant.bjw-s.dev",
                "- home-assistant.${DOMAIN_NOBODY_DEFINES}")
            .check();
    assertThat(CheckTesting.of(f, "undefined-variable"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().file()).endsWith(APPS + "home-assistant/app/httproute.yaml");
              assertThat(x.pos().line()).isEqualTo(10);
              assertThat(x.object()).isEqualTo("HTTPRoute/home-automation/home-assistant");
            });
    // Flux fails the Kustomization for it; that is the same problem, reported once
    assertThat(CheckTesting.of(f, "renders")).isEmpty();
  }

  @Test
  void plantedGraphDefectsAreAllFound(@TempDir Path dir) throws IOException {
    List<Finding> f =
        CorpusCopy.of("bjw-s-labs-home-ops", dir)
            // a dependsOn to nothing, and a cycle: frigate waits for bambuddy, bambuddy for frigate
            .replace(
                APPS + "frigate/ks.yaml",
                "    - name: kopiur\n      namespace: system",
                "    - name: kopiur-typo\n      namespace: system\n    - name: bambuddy")
            .replace(
                APPS + "bambuddy/ks.yaml",
                "    - name: kopiur\n      namespace: system",
                "    - name: kopiur\n      namespace: system\n    - name: frigate")
            // a CRD installed by bambuddy, used by home-assistant that does not wait for it
            .write(APPS + "bambuddy/app/crd.yaml", CRD)
            .replace(
                APPS + "bambuddy/app/kustomization.yaml",
                "resources:\n",
                "resources:\n  - ./crd.yaml\n")
            .write(APPS + "home-assistant/app/widget.yaml", WIDGET)
            .replace(
                APPS + "home-assistant/app/kustomization.yaml",
                "resources:\n",
                "resources:\n  - ./widget.yaml\n")
            .check();
    assertThat(CheckTesting.of(f, "renders")).as("nothing else breaks").isEmpty();
    assertThat(CheckTesting.of(f, "missing-dependency"))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("kopiur-typo"));
    assertThat(CheckTesting.of(f, "dependency-cycle")).isNotEmpty();
    assertThat(CheckTesting.of(f, "crd-order"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.object()).isEqualTo("Widget/home-automation/planted");
              assertThat(x.message()).contains("Kustomization/home-automation/bambuddy");
            });
  }

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: widgets.example.com
      spec:
        group: example.com
        names: {kind: Widget, plural: widgets}
        scope: Namespaced
        versions:
          - name: v1
            served: true
            storage: true
      """;

  private static final String WIDGET =
      """
      apiVersion: example.com/v1
      kind: Widget
      metadata:
        name: planted
      """;
}
