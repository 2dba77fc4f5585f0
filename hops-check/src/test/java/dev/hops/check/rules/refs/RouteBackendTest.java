package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteBackendTest {

  private static final String SERVICES =
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        namespace: apps
      spec:
        ports:
          - name: http
            port: 8080
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: docs
        namespace: docs
      spec:
        ports:
          - port: 80
      ---
      """;

  private static List<Finding> check(String backendRefs, String extra) {
    return RefRepo.check(
        "httproute-backend",
        SERVICES
            + extra
            + """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: apps
            spec:
              rules:
                - backendRefs:
            """
            + backendRefs);
  }

  @Test
  void aServiceAndPortThatExistAreFine() {
    assertThat(check("        - name: web\n          port: 8080\n", "")).isEmpty();
  }

  @Test
  void aMissingServiceIsAnErrorAtTheBackendRef() {
    List<Finding> f = check("        - name: api\n          port: 8080\n", "");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(28);
              assertThat(x.object()).isEqualTo("HTTPRoute/apps/web");
              assertThat(x.message())
                  .isEqualTo(
                      "spec.rules[].backendRefs names Service/apps/api, which does not exist");
            });
  }

  @Test
  void aPortTheServiceDoesNotHaveIsAnError() {
    assertThat(check("        - name: web\n          port: 80\n", ""))
        .extracting(Finding::message)
        .containsExactly(
            "spec.rules[].backendRefs names Service/apps/web, which has no port 80 (its ports:"
                + " 8080)");
  }

  @Test
  void aPortNamedByItsNameIsAnErrorGivingTheNumber() {
    // app-template 4.1 wrote `port: http` through as it was (later ones resolve it); Gateway API
    // takes a number
    List<Finding> f = check("        - name: web\n          port: http\n", "");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().line()).isEqualTo(28);
              assertThat(x.message())
                  .isEqualTo(
                      "spec.rules[].backendRefs names Service/apps/web, with port 'http', a name:"
                          + " backendRefs take the port number (8080)");
              assertThat(x.hint()).isEqualTo("write port: 8080");
            });
    assertThat(check("        - name: web\n          port: https\n", ""))
        .extracting(Finding::message)
        .containsExactly(
            "spec.rules[].backendRefs names Service/apps/web, which has no port https (its ports:"
                + " 8080)");
  }

  /** A chart like app-template 4.1: a Service and an HTTPRoute whose port is the values'. */
  private static List<Finding> checkChart(String port) {
    MemoryTree tree =
        RefRepo.tree(
                """
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
                  values:
                    port: %s
                """
                    .formatted(port))
            .put("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
            .put(
                "charts/web/templates/service.yaml",
                """
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  ports:
                    - name: http
                      port: 8080
                """)
            .put(
                "charts/web/templates/route.yaml",
                """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  rules:
                    - backendRefs:
                        - name: {{ .Release.Name }}
                          port: {{ .Values.port }}
                """);
    return RefRepo.checkWithHelm(tree).stream()
        .filter(f -> f.rule().equals("httproute-backend"))
        .toList();
  }

  @Test
  void chartOutputFindsTheReleasesServiceAndNamesTheChartInTheHint() {
    assertThat(checkChart("8080")).isEmpty();
    assertThat(checkChart("http"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().line()).isEqualTo(1); // the HelmRelease
              assertThat(x.object()).isEqualTo("HTTPRoute/apps/web");
              assertThat(x.message())
                  .isEqualTo(
                      "spec.rules[].backendRefs names Service/apps/web, with port 'http', a name:"
                          + " backendRefs take the port number (8080)");
              assertThat(x.hint())
                  .isEqualTo(
                      "give the chart port 8080, or use a chart version that turns names into"
                          + " numbers");
            });
  }

  @Test
  void anotherNamespaceNeedsAReferenceGrant() {
    String ref = "        - name: docs\n          namespace: docs\n          port: 80\n";
    assertThat(check(ref, ""))
        .extracting(Finding::message)
        .containsExactly(
            "spec.rules[].backendRefs names Service/docs/docs of another namespace, which no"
                + " ReferenceGrant of docs allows HTTPRoutes of apps to use");
    String grant =
        """
        apiVersion: gateway.networking.k8s.io/v1beta1
        kind: ReferenceGrant
        metadata:
          name: from-apps
          namespace: docs
        spec:
          from:
            - group: gateway.networking.k8s.io
              kind: HTTPRoute
              namespace: apps
          to:
            - group: ""
              kind: Service
        ---
        """;
    assertThat(check(ref, grant)).isEmpty();
  }

  @Test
  void whenTheRenderIsIncompleteAMissingServiceIsAWarning() {
    List<Finding> f =
        check("        - name: api\n          port: 8080\n", RefRepo.FAILING + "---\n");
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }
}
