package dev.hops.flux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.MemoryTree;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** HelmReleases in a second render: Helm runs again only for a release whose inputs changed. */
class IncrementalHelmTest {

  private static final String HELM = "HELM_TEMPLATE ";

  static String release(String name, String host, String valuesFiles) {
    return """
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: %s
          namespace: web
        spec:
          chart:
            spec:
              chart: ./charts/web
              sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
        %s  values:
            host: %s
        """
        .formatted(name, valuesFiles.indent(6), host);
  }

  static Map<String, String> repository() {
    Map<String, String> files = new TreeMap<>();
    files.put("clusters/home/flux-system/gotk-sync.yaml", FluxRendererTest.GOTK_SYNC);
    files.put(
        "clusters/home/releases.yaml",
        release("site-a", "a.org", "")
            + release("site-b", "b.org", "valuesFiles:\n  - ./values/prod.yaml\n"));
    files.put("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.3.0\n");
    files.put("charts/web/values.yaml", "host: localhost\nimage: web:1\n");
    files.put("values/prod.yaml", "host: localhost\nimage: web:2\n");
    files.put(
        "charts/web/templates/cm.yaml",
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ .Release.Name }}
        data:
          host: {{ .Values.host }}
          image: {{ .Values.image }}
        """);
    return files;
  }

  private static Steps renderTwice(Map<String, String> head) {
    String cache = System.getProperty("hops.test.cache", "target/test-cache");
    return IncrementalRenderTest.renderTwice(
        IncrementalRenderTest.tree(repository()),
        IncrementalRenderTest.tree(head),
        FluxRenderer.builder().cacheDir(Path.of(cache)));
  }

  @Test
  void onlyTheReleaseWhoseValuesChangedIsRenderedAgain() {
    Map<String, String> head = repository();
    head.put(
        "clusters/home/releases.yaml",
        head.get("clusters/home/releases.yaml").replace("b.org", "c.org"));
    Steps steps = renderTwice(head);
    assertThat(steps.ran(HELM)).containsExactly("HelmRelease/web/site-b");
    assertThat(steps.reused(HELM)).containsExactly("HelmRelease/web/site-a");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aValuesFileChangeRendersItsReleaseAgain() {
    Map<String, String> head = repository();
    head.put("values/prod.yaml", "host: localhost\nimage: web:3\n");
    Steps steps = renderTwice(head);
    assertThat(steps.ran(HELM)).containsExactly("HelmRelease/web/site-b");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aChartChangeRendersEveryReleaseOfItAgain() {
    Map<String, String> head = repository();
    head.put(
        "charts/web/templates/cm.yaml",
        head.get("charts/web/templates/cm.yaml")
            .replace("\ndata:", "\n  labels: {tier: web}\ndata:"));
    Steps steps = renderTwice(head);
    assertThat(steps.ran(HELM))
        .containsExactlyInAnyOrder("HelmRelease/web/site-a", "HelmRelease/web/site-b");
    assertThat(steps.reused(HELM)).isEmpty();
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aChartValuesChangeSpareTheReleaseWhoseValuesFilesReplaceThem() {
    Map<String, String> head = repository();
    head.put("charts/web/values.yaml", "host: localhost\nimage: web:9\n");
    Steps steps = renderTwice(head);
    // site-b's valuesFiles take the place of the chart's values.yaml: its chart is the same
    assertThat(steps.ran(HELM)).containsExactly("HelmRelease/web/site-a");
    assertThat(steps.reused(HELM)).containsExactly("HelmRelease/web/site-b");
  }

  @Test
  void inputsAreTheChartFilesAndValuesFilesOfTheRepository() {
    MemoryTree tree = IncrementalRenderTest.tree(repository());
    String cache = System.getProperty("hops.test.cache", "target/test-cache");
    RenderResult r = FluxRenderer.builder().cacheDir(Path.of(cache)).build().render(tree, "home");
    Map<String, Object> inputs = new TreeMap<>();
    r.clusters().getFirst().releases().forEach(h -> inputs.put(h.ref().name(), h.inputs()));
    assertThat(inputs)
        .isEqualTo(
            Map.of(
                "site-a",
                java.util.List.of(
                    "charts/web/Chart.yaml",
                    "charts/web/templates/cm.yaml",
                    "charts/web/values.yaml"),
                "site-b",
                java.util.List.of(
                    "charts/web/Chart.yaml",
                    "charts/web/templates/cm.yaml",
                    "charts/web/values.yaml",
                    "values/prod.yaml")));
  }
}
