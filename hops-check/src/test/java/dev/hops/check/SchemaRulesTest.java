package dev.hops.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.hops.check.schema.SchemaException;
import dev.hops.kustomize.MemoryTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules schema, api-version and schema-unknown-kind on small inline repositories. */
class SchemaRulesTest {

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
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    required: [size]
                    properties:
                      size: {type: integer}
      """;

  private static List<Finding> check(String apps, CheckSettings settings, String... rules) {
    List<Finding> all =
        CheckTesting.check(Checker.builder().settings(settings).build(), CheckTesting.repo(apps));
    // the Flux Kustomization of gotk-sync.yaml has no schema here: only apps.yaml is looked at
    return all.stream()
        .filter(f -> List.of(rules).contains(f.rule()))
        .filter(f -> f.pos().file().equals("clusters/home/apps.yaml"))
        .toList();
  }

  private static List<Finding> check(String apps, String... rules) {
    return check(apps, CheckSettings.defaults(), rules);
  }

  private static String where(Finding f) {
    return f.pos().file() + ":" + f.pos().line() + " " + f.object() + ": " + f.message();
  }

  @Test
  void aCleanRepositoryHasNoSchemaFindings() {
    assertThat(
            check(
                CRD
                    + """
                    ---
                    apiVersion: example.com/v1
                    kind: Widget
                    metadata: {name: w, namespace: default}
                    spec: {size: 3}
                    ---
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: c, namespace: default}
                    data: {port: "8080"}
                    """,
                "schema",
                "api-version"))
        .isEmpty();
  }

  @Test
  void aCrdOfTheRenderChecksItsCustomObjects() {
    List<Finding> f =
        check(
            CRD
                + """
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                  namespace: default
                spec:
                  size: "3"
                  colour: red
                """,
            "schema",
            "schema-unknown-kind");
    assertThat(f)
        .extracting(SchemaRulesTest::where)
        .containsExactly(
            "clusters/home/apps.yaml:29 Widget/default/w: /spec/size: expected integer, found"
                + " string '3'",
            "clusters/home/apps.yaml:30 Widget/default/w: /spec/colour: unknown field");
    assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aBuiltInKindIsCheckedForTheChosenKubernetesVersion() {
    String claim =
        """
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaimTemplate
        metadata: {name: gpu, namespace: default}
        spec:
          spec: {}
        """;
    CheckSettings k132 = new CheckSettings(CheckConfig.EMPTY, "1.32.0", List.of());
    assertThat(check(claim, k132, "api-version"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(where(x))
                  .isEqualTo(
                      "clusters/home/apps.yaml:1 ResourceClaimTemplate/default/gpu:"
                          + " resource.k8s.io/v1 ResourceClaimTemplate is not served by"
                          + " Kubernetes 1.32");
              assertThat(x.hint()).startsWith("use apiVersion resource.k8s.io/v1alpha3 or");
              assertThat(x.hint()).contains("Kubernetes 1.34, 1.35, 1.36 serve resource.k8s.io/v1");
            });
    CheckSettings k134 = new CheckSettings(CheckConfig.EMPTY, "1.34.1", List.of());
    assertThat(check(claim, k134, "api-version", "schema")).isEmpty();
  }

  @Test
  void removedApiVersionsAreErrorsWithTheServedVersion() {
    List<Finding> f =
        check(
            """
            apiVersion: batch/v1beta1
            kind: CronJob
            metadata: {name: backup, namespace: default}
            ---
            apiVersion: autoscaling/v2beta2
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: default}
            ---
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            ---
            apiVersion: apps/v1
            kind: Deploymnet
            metadata: {name: web, namespace: default}
            """,
            new CheckSettings(CheckConfig.EMPTY, "1.32.0", List.of()),
            "api-version",
            "schema",
            "schema-unknown-kind");
    assertThat(f).extracting(x -> x.pos().line()).containsExactly(1, 5, 9, 13);
    assertThat(f).extracting(Finding::rule).containsOnly("api-version");
    assertThat(f)
        .extracting(Finding::hint)
        .containsExactly(
            "use apiVersion batch/v1",
            "use apiVersion autoscaling/v1 or autoscaling/v2",
            "Kubernetes 1.32 has no PodSecurityPolicy at all: remove or replace it",
            "did you mean Deployment?");
  }

  @Test
  void aVersionItsCrdDoesNotServeIsAnError() {
    List<Finding> f =
        check(
            CRD
                + """
                ---
                apiVersion: example.com/v1beta1
                kind: Widget
                metadata: {name: w, namespace: default}
                """,
            "api-version",
            "schema-unknown-kind");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(where(x))
                  .isEqualTo(
                      "clusters/home/apps.yaml:23 Widget/default/w: example.com/v1beta1 Widget is"
                          + " not served by its CustomResourceDefinition widgets.example.com");
              assertThat(x.hint()).isEqualTo("use a version it serves: v1");
            });
  }

  /**
   * A chart that does what app-template does for routes: the newest version of Widget the cluster
   * serves, by {@code .Capabilities.APIVersions}, else an old one.
   */
  private static final String WIDGET_BY_CAPABILITIES =
      """
      {{- $v := "example.com/v1alpha1" -}}
      {{- if .Capabilities.APIVersions.Has "example.com/v1/Widget" }}
        {{- $v = "example.com/v1" -}}
      {{- end }}
      apiVersion: {{ $v }}
      kind: Widget
      metadata:
        name: {{ .Release.Name }}
      spec:
        size: 3
      """;

  private static List<Finding> checkWithChart(String template, String... rules) {
    MemoryTree tree =
        CheckTesting.repo(
                CRD
                    + """
                    ---
                    apiVersion: helm.toolkit.fluxcd.io/v2
                    kind: HelmRelease
                    metadata:
                      name: web
                      namespace: apps
                    spec:
                      chart:
                        spec:
                          chart: ./charts/web
                          sourceRef:
                            kind: GitRepository
                            name: flux-system
                            namespace: flux-system
                    """)
            .put("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
            .put("charts/web/templates/widget.yaml", template);
    List<Finding> all =
        CheckTesting.check(
            Checker.withBuiltInRules(), tree, CheckTesting.withHelm().build(), "home");
    return all.stream().filter(f -> List.of(rules).contains(f.rule())).toList();
  }

  @Test
  void chartOutputAtAVersionItsCrdDoesNotServeIsAWarningAsTheChartMayChooseByCapabilities() {
    // Flux's helm-controller renders with the cluster's API versions (the CRD's v1 among them);
    // Helm in Hops knows Kubernetes' own only, so the chart falls back to v1alpha1 here
    List<Finding> f = checkWithChart(WIDGET_BY_CAPABILITIES, "api-version", "schema");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(where(x))
                  .isEqualTo(
                      "clusters/home/apps.yaml:23 Widget/apps/web: example.com/v1alpha1 Widget is"
                          + " not served by its CustomResourceDefinition widgets.example.com"
                          + " (chart output: the chart may choose the version from"
                          + " .Capabilities.APIVersions, which lack the cluster's CRDs when Hops"
                          + " renders it)");
              assertThat(x.hint())
                  .isEqualTo(
                      "use a version it serves: v1, if the chart takes the version from its"
                          + " values");
            });
  }

  @Test
  void chartOutputAtAServedVersionIsCheckedAgainstItsSchema() {
    List<Finding> f =
        checkWithChart(
            WIDGET_BY_CAPABILITIES
                .replace("example.com/v1alpha1", "example.com/v1")
                .replace("size: 3", "size: three"),
            "api-version",
            "schema");
    assertThat(f)
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple("schema", Severity.ERROR));
  }

  @Test
  void aKindWithoutSchemaIsReportedOnceAtItsFirstObject() {
    List<Finding> f =
        check(
            """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: a, namespace: default}
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: b, namespace: default}
            """,
            "schema-unknown-kind");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(where(x))
                  .isEqualTo(
                      "clusters/home/apps.yaml:1 ServiceMonitor/default/a: no schema for"
                          + " monitoring.coreos.com/v1 ServiceMonitor: its objects are not"
                          + " checked");
              assertThat(x.hint()).contains("--schema-dir");
            });
  }

  @Test
  void schemaFoldersGiveJsonSchemasAndCrds(@TempDir Path dir) throws IOException {
    // openapi2jsonschema's name (first part of the group) and the CRDs-catalog's layout
    Files.writeString(
        dir.resolve("servicemonitor-monitoring-v1.json"),
        """
        {"type": "object", "additionalProperties": false,
         "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
                        "metadata": {"type": "object"},
                        "spec": {"type": "object", "required": ["endpoints"],
                                 "additionalProperties": false,
                                 "properties": {"endpoints": {"type": "array"}}}}}
        """);
    Files.createDirectories(dir.resolve("cert-manager.io"));
    Files.writeString(
        dir.resolve("cert-manager.io/certificate_v1.json"),
        """
        {"type": "object",
         "properties": {"spec": {"type": "object",
                                 "properties": {"duration": {"type": "string"}}}}}
        """);
    Files.writeString(dir.resolve("widgets.yaml"), CRD);
    CheckSettings settings = new CheckSettings(CheckConfig.EMPTY, null, List.of(dir));
    List<Finding> f =
        check(
            """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: a, namespace: default}
            spec:
              selector: {}
            ---
            apiVersion: cert-manager.io/v1
            kind: Certificate
            metadata: {name: c, namespace: default}
            spec:
              duration: 90
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w, namespace: default}
            spec: {size: big}
            """,
            settings,
            "schema",
            "schema-unknown-kind");
    assertThat(f)
        .extracting(SchemaRulesTest::where)
        .containsExactly(
            "clusters/home/apps.yaml:4 ServiceMonitor/default/a: /spec/endpoints: missing required"
                + " field 'endpoints'",
            "clusters/home/apps.yaml:5 ServiceMonitor/default/a: /spec/selector: unknown field",
            "clusters/home/apps.yaml:11 Certificate/default/c: /spec/duration: expected string,"
                + " found integer 90",
            "clusters/home/apps.yaml:16 Widget/default/w: /spec/size: expected integer, found"
                + " string 'big'");
  }

  @Test
  void aBadSchemaFileIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("servicemonitor-monitoring-v1.json");
    Files.writeString(bad, "{\"type\": \"object\",\n \"properties\": {\n");
    CheckSettings settings = new CheckSettings(CheckConfig.EMPTY, null, List.of(dir));
    assertThatThrownBy(
            () ->
                check(
                    "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\n"
                        + "metadata: {name: a, namespace: default}\n",
                    settings,
                    "schema"))
        .isInstanceOf(SchemaException.class)
        .satisfies(e -> assertThat(((SchemaException) e).headline()).startsWith(bad + ":"));
  }

  @Test
  void anUnsupportedKubernetesVersionIsRefusedBeforeTheRun() {
    assertThatThrownBy(
            () ->
                Checker.builder()
                    .settings(new CheckSettings(CheckConfig.EMPTY, "1.19.4", List.of()))
                    .build())
        .isInstanceOf(CheckConfigException.class)
        .hasMessageStartingWith(
            "unsupported Kubernetes version '1.19.4': the schemas of built-in"
                + " kinds are available for 1.30, 1.31");
  }
}
