package dev.hops.flux.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsStatus;
import dev.hops.kustomize.MemoryTree;
import dev.hops.yaml.KustomizeYaml;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** HelmReleases with a chart folder in the repository, inline: the Flux side of rendering. */
class HelmReleaseRenderTest {

  private static final String CHART_YAML = "apiVersion: v2\nname: web\nversion: 0.3.0\n";

  private static final String TEMPLATE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: {{ .Release.Name }}
        namespace: {{ .Release.Namespace }}
      data:
        host: {{ .Values.host }}
        image: {{ .Values.image }}
      """;

  private static MemoryTree repo(String release) {
    return new MemoryTree()
        .put(
            "clusters/home/flux-system/gotk-sync.yaml",
            """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: flux-system
              namespace: flux-system
            spec:
              path: ./clusters/home
              sourceRef:
                kind: GitRepository
                name: flux-system
              postBuild:
                substitute:
                  DOMAIN: example.org
            """)
        .put("clusters/home/release.yaml", release)
        .put("charts/web/Chart.yaml", CHART_YAML)
        .put("charts/web/values.yaml", "host: localhost\nimage: web:1\n")
        .put("charts/web/templates/cm.yaml", TEMPLATE);
  }

  private static HrResult render(MemoryTree tree) {
    Path cache = HelmReleaseRegistryTest.engineCache();
    return FluxRenderer.builder()
        .cacheDir(cache)
        .build()
        .render(tree, "home")
        .clusters()
        .getFirst()
        .releases()
        .getFirst();
  }

  @Test
  void valuesAreSubstitutedByTheOwningKustomizationFirst() {
    HrResult hr =
        render(
            repo(
                """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: site
                  namespace: web
                spec:
                  targetNamespace: public
                  chart:
                    spec:
                      chart: ./charts/web
                      sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
                  values:
                    host: www.${DOMAIN}
                  postRenderers:
                    - kustomize:
                        images:
                          - name: web
                            newTag: "2"
                  commonMetadata:
                    labels:
                      team: blue
                """));
    assertThat(hr.status()).as(hr.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(KustomizeYaml.toYaml(hr.objects()))
        .isEqualTo(
            """
            apiVersion: v1
            data:
              host: www.example.org
              image: web:1
            kind: ConfigMap
            metadata:
              labels:
                helm.toolkit.fluxcd.io/name: site
                helm.toolkit.fluxcd.io/namespace: web
                team: blue
              name: public-site
              namespace: public
            """);
  }

  @Test
  void aMissingChartFolderFailsWithThePath() {
    HrResult hr =
        render(
            repo(
                """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: site
                  namespace: web
                spec:
                  chart:
                    spec:
                      chart: ./charts/nothing
                      sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
                """));
    assertThat(hr.status()).isEqualTo(KsStatus.FAILED);
    assertThat(hr.message())
        .isEqualTo("chart path not found in GitRepository/flux-system/flux-system: charts/nothing");
    assertThat(hr.definedAt().toString()).contains("clusters/home/release.yaml");
  }

  @Test
  void helmChartChartRefLocatesTheChartItsSpecNames() {
    HrResult hr =
        render(
            repo(
                """
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: HelmChart
                metadata:
                  name: web-chart
                  namespace: web
                spec:
                  chart: ./charts/web
                  sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: site
                  namespace: web
                spec:
                  chartRef: {kind: HelmChart, name: web-chart}
                """));
    assertThat(hr.status()).as(hr.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(KustomizeYaml.toYaml(hr.objects())).contains("host: localhost");
  }

  @Test
  void valuesFilesReplaceTheChartsValuesInOrder() {
    String release =
        """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: site
          namespace: web
        spec:
          chart:
            spec:
              chart: ./charts/web
              valuesFiles: [./charts/web/values.yaml, ./overrides/prod.yaml, ./overrides/%s.yaml]
              ignoreMissingValuesFiles: %s
              sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
        """;
    MemoryTree tree =
        repo(release.formatted("missing", "true"))
            .put("overrides/prod.yaml", "host: prod.example\n");
    HrResult hr = render(tree);
    assertThat(hr.status()).as(hr.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(KustomizeYaml.toYaml(hr.objects()))
        .contains("host: prod.example")
        .contains("image: web:1");

    HrResult strict =
        render(
            repo(release.formatted("missing", "false"))
                .put("overrides/prod.yaml", "host: prod.example\n"));
    assertThat(strict.status()).isEqualTo(KsStatus.FAILED);
    assertThat(strict.message())
        .isEqualTo("no values file found at path './overrides/missing.yaml'");
  }
}
