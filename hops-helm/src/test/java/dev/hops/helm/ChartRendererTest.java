package dev.hops.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts written inline, rendered by Helm's real engine. */
class ChartRendererTest {

  @TempDir Path dir;

  static Path cacheDir() {
    String p = System.getProperty("hops.test.cache");
    return p != null ? Path.of(p) : Path.of("target/test-cache");
  }

  private static ChartRenderer renderer() {
    return new ChartRenderer(HelmEngine.shared(cacheDir()), YamlReader.withDefaults());
  }

  private Path chart(Map<String, String> files) throws IOException {
    Path chart = dir.resolve("demo");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = chart.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    return chart;
  }

  private static final String CHART_YAML =
      """
      apiVersion: v2
      name: demo
      version: 1.2.3
      appVersion: "4.5"
      """;

  @Test
  void rendersTemplatesWithMergedValuesReleaseAndChart() throws IOException {
    Path chart =
        chart(
            Map.of(
                "Chart.yaml",
                CHART_YAML,
                "values.yaml",
                "replicas: 1\nimage: {repository: nginx, tag: '1.27'}\n",
                "templates/deploy.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                  namespace: {{ .Release.Namespace }}
                  labels:
                    chart: {{ .Chart.Name }}-{{ .Chart.Version }}
                spec:
                  replicas: {{ .Values.replicas }}
                  template:
                    spec:
                      containers:
                        - name: app
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                """,
                "templates/hook.yaml",
                """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  annotations:
                    helm.sh/hook: pre-install
                """,
                "templates/NOTES.txt",
                "thanks"));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("replicas", 3);
    var objects =
        renderer()
            .render(
                chart, new Release("web", "apps", null), values, ChartRenderer.CrdPolicy.CREATE);
    assertThat(KustomizeYaml.toYaml(objects))
        .isEqualTo(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              labels:
                chart: demo-1.2.3
              name: web
              namespace: apps
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - image: nginx:1.27
                    name: app
            """);
  }

  @Test
  void crdsFollowThePolicy() throws IOException {
    Path chart =
        chart(
            Map.of(
                "Chart.yaml",
                CHART_YAML,
                "crds/widgets.yaml",
                """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: widgets.example.com
                """,
                "templates/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n"));
    Release release = new Release("r", "default", "1.31.0");
    List<String> kinds =
        renderer().render(chart, release, Map.of(), ChartRenderer.CrdPolicy.CREATE).stream()
            .map(o -> o.getString("kind"))
            .toList();
    assertThat(kinds).containsExactly("CustomResourceDefinition", "ConfigMap");
    assertThat(
            renderer().render(chart, release, Map.of(), ChartRenderer.CrdPolicy.SKIP).stream()
                .map(o -> o.getString("kind")))
        .containsExactly("ConfigMap");
  }

  @Test
  void aBrokenTemplateFailsWithHelmsMessage() throws IOException {
    Path chart =
        chart(
            Map.of(
                "Chart.yaml",
                CHART_YAML,
                "templates/bad.yaml",
                "kind: {{ .Values.missing.field }}\n"));
    assertThatThrownBy(
            () ->
                renderer()
                    .render(
                        chart,
                        new Release("r", "default", null),
                        Map.of(),
                        ChartRenderer.CrdPolicy.CREATE))
        .isInstanceOf(HelmException.class)
        .hasMessageContaining("templates/bad.yaml")
        .hasMessageContaining("nil pointer evaluating interface {}.field");
  }

  private Path chartWithRemoteSchema() throws IOException {
    return chart(
        Map.of(
            "Chart.yaml",
            CHART_YAML,
            "values.schema.json",
            "{\"$ref\": \"http://127.0.0.1:9/schemas/values.schema.json\"}",
            "templates/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n"));
  }

  private static List<MappingNode> render(
      ChartRenderer renderer, Path chart, String release, List<String> warnings) {
    return renderer.render(
        chart,
        new Release(release, "default", null),
        Map.of(),
        ChartRenderer.CrdPolicy.CREATE,
        warnings::add);
  }

  @Test
  void aRemoteSchemaThatCannotBeLoadedIsSkippedWithAWarning() throws IOException {
    Path chart = chartWithRemoteSchema();
    List<String> warnings = new java.util.ArrayList<>();
    List<MappingNode> objects;
    try (ChartRenderer renderer = renderer()) {
      objects = render(renderer, chart, "r", warnings);
    }
    assertThat(objects).hasSize(1);
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("values not validated")
        .contains("http://127.0.0.1:9/schemas/values.schema.json");
    // the chart folder itself is left as it was
    assertThat(chart.resolve("values.schema.json")).exists();
  }

  @Test
  void theReleasesOfAChartWithARemoteSchemaShareOneCopyUntilClose() throws IOException {
    // app-template's schema is remote: a render of many releases copies the chart once
    Path chart = chartWithRemoteSchema();
    List<String> warnings = new java.util.ArrayList<>();
    try (ChartRenderer renderer = renderer()) {
      assertThat(render(renderer, chart, "a", warnings)).hasSize(1);
      Files.writeString(chart.resolve("templates/cm.yaml"), "# changed after the first release\n");
      // the second release is rendered from the copy the first one made, and says so too
      assertThat(render(renderer, chart, "b", warnings))
          .singleElement()
          .satisfies(o -> assertThat(o.getMapping("metadata").getString("name")).isEqualTo("b"));
      assertThat(warnings).hasSize(2).allMatch(w -> w.startsWith("values not validated"));
    }
    try (ChartRenderer renderer = renderer()) {
      assertThat(render(renderer, chart, "c", warnings)).isEmpty(); // a new copy of the chart
    }
  }

  @Test
  void objectsOfOneKindComeByNamespaceAndNameWhateverTheTemplateOrder() {
    YamlReader reader = YamlReader.withDefaults();
    java.util.function.Function<String, MappingNode> obj =
        t -> (MappingNode) reader.readDocument(t, "m.yaml");
    List<MappingNode> sorted =
        ChartRenderer.sameKindByName(
            List.of(
                obj.apply("kind: Service\nmetadata: {name: web-b}"),
                obj.apply("kind: Service\nmetadata: {name: web-a}"),
                obj.apply("kind: Deployment\nmetadata: {name: z}"),
                obj.apply("kind: Deployment\nmetadata: {name: a}"),
                obj.apply("kind: Service\nmetadata: {name: last}")));
    assertThat(sorted)
        .extracting(m -> m.getString("kind") + "/" + m.getMapping("metadata").getString("name"))
        .containsExactly(
            "Service/web-a", "Service/web-b", "Deployment/a", "Deployment/z", "Service/last");
  }
}
