package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRefTest {

  private static final String PODINFO =
      """
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: OCIRepository
      metadata:
        name: podinfo
        namespace: apps
      spec:
        url: oci://ghcr.io/stefanprodan/manifests/podinfo
      ---
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: HelmRepository
      metadata:
        name: charts
        namespace: flux-system
      spec:
        url: https://charts.example.org
      """;

  @Test
  void sourcesThatExistAreFine() {
    List<Finding> f =
        RefRepo.check(
            "source-ref",
            PODINFO
                + """
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: podinfo
                  namespace: apps
                spec:
                  path: ./
                  sourceRef:
                    kind: OCIRepository
                    name: podinfo
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: web
                  namespace: apps
                spec:
                  chart:
                    spec:
                      chart: web
                      sourceRef:
                        kind: HelmRepository
                        name: charts
                        namespace: flux-system
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: site
                  namespace: apps
                spec:
                  chartRef:
                    kind: HelmChart
                    name: apps-web
                    namespace: flux-system
                """);
    // the repository's GitRepository counts, and so does the HelmChart helm-controller makes for
    // web in its chart source's namespace
    assertThat(f).isEmpty();
  }

  @Test
  void aMissingSourceIsAnErrorAtTheSourceRef() {
    List<Finding> f =
        RefRepo.check(
            "source-ref",
            PODINFO
                + """
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: podinfo
                  namespace: flux-system
                spec:
                  path: ./
                  sourceRef:
                    kind: OCIRepository
                    name: podinfo
                """);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(24); // sourceRef:
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/podinfo");
              assertThat(x.message())
                  .isEqualTo(
                      "spec.sourceRef names OCIRepository/flux-system/podinfo, which does not"
                          + " exist");
              assertThat(x.hint()).contains("it defaults to flux-system");
            });
  }

  @Test
  void aKindTheFieldDoesNotTakeIsAnError() {
    List<Finding> f =
        RefRepo.check(
            "source-ref",
            PODINFO
                + """
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: web
                  namespace: flux-system
                spec:
                  chartRef:
                    kind: HelmRepository
                    name: charts
                  chart:
                    spec:
                      chart: web
                      sourceRef:
                        kind: GitRepository
                        name: charts
                """);
    assertThat(f).extracting(x -> x.pos().line()).containsExactly(23, 29);
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "spec.chartRef names HelmRepository/flux-system/charts, but it takes OCIRepository,"
                + " HelmChart or ExternalArtifact, not HelmRepository",
            "spec.chart.spec.sourceRef names GitRepository/flux-system/charts, which does not"
                + " exist (a HelmRepository of that name does)");
  }

  @Test
  void whenAKustomizationFailedAMissingSourceIsOneWarning() {
    List<Finding> f =
        RefRepo.check(
            "source-ref",
            RefRepo.FAILING
                + """
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: a
                  namespace: flux-system
                spec:
                  path: ./
                  sourceRef:
                    kind: GitRepository
                    name: elsewhere
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: b
                  namespace: flux-system
                spec:
                  chart:
                    spec:
                      chart: b
                      sourceRef:
                        kind: GitRepository
                        name: elsewhere
                """);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/a");
              assertThat(x.pos().line()).isEqualTo(19);
              assertThat(x.message())
                  .isEqualTo(
                      "spec.sourceRef names GitRepository/flux-system/elsewhere, which is not in"
                          + " the render; it may be among the objects Hops could not render"
                          + " (1 HelmRelease is not rendered: HelmRelease/flux-system/b"
                          + " (external); 1 Kustomization is not rendered:"
                          + " Kustomization/flux-system/broken (failed)); 1 other reference");
            });
  }
}
