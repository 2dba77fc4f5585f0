package dev.hops.flux.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.RenderResult;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * flux-local's {@code build hr} snapshots of a HelmRelease whose chart is a folder of the
 * repository (corpus {@code flux-local-testdata/cluster12}), against Hops' rendering of that
 * release. Flux's origin labels are removed first (flux-local does not add them).
 *
 * <p>Not reproduced, with the reason: {@code [build-hr-flag-fixture-upgrade]} renders with {@code
 * .Release.IsUpgrade} (flux-local's upgrade flag; Hops renders the first install, and helm-java has
 * no upgrade option for templates); {@code [build-hr-flag-fixture-show-only-multiple]} selects
 * templates with flux-local's {@code --show-only}; {@code [build-hr-single-cluster9]} and the other
 * ids use charts from the network.
 */
class FluxLocalHelmReleaseSnapshotTest {

  @Test
  void localChartWithCrdsMatchesFluxLocal() throws IOException {
    Path corpus = FluxLocalSnapshotTest.corpusRoot();
    assumeTrue(corpus != null, "the shared corpus (../shared/corpus) is absent: skipping");
    Map<String, String> snapshots =
        AmbrFile.read(corpus.resolve("flux-local-snapshots/test_build_hr.ambr"));
    String id = "test_build_hr[build-hr-flag-fixture-include-crds]";
    ObjectSet expected =
        ObjectSet.of(YamlReader.withDefaults().readDocuments(snapshots.get(id), id));

    RenderResult result =
        FluxRenderer.builder()
            .cacheDir(ChartComparison.cacheDir())
            .build()
            .render(
                SourceTree.onDisk(corpus.resolve("repos/flux-local-testdata/cluster12")),
                "default");
    HrResult hr =
        result.clusters().stream()
            .flatMap(c -> c.releases().stream())
            .filter(r -> r.ref().toString().equals("HelmRelease/default/flag-fixture"))
            .findFirst()
            .orElseThrow();
    assertThat(hr.status()).as(hr.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(hr.source().toString()).isEqualTo("GitRepository/flux-system/flux-system");
    ObjectSet actual = ObjectSet.of(hr.objects());
    actual.forEach(ChartComparison::removeOriginLabels);
    assertThat(ObjectSet.differences(expected, actual)).isEmpty();
    // and Hops adds Flux's origin labels to every object
    assertThat(hr.objects())
        .allSatisfy(
            o ->
                assertThat(
                        o.getMapping("metadata")
                            .getMapping("labels")
                            .getString("helm.toolkit.fluxcd.io/name"))
                    .isEqualTo("flag-fixture"));
  }
}
