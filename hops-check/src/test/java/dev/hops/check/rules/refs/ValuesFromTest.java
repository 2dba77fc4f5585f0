package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesFromTest {

  /** HelmRelease apps/web with the chart charts/web, values from {@code entries}. */
  private static MemoryTree repo(String entries, String extra) {
    return RefRepo.tree(
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
              valuesFrom:
            """
                + entries
                + extra)
        .put("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
        .put(
            "charts/web/templates/cm.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}
            data:
              host: {{ .Values.host | default "none" }}
            """);
  }

  private static final String SETTINGS =
      """
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: web-settings
        namespace: apps
      data:
        values.yaml: "host: example.org"
      """;

  @Test
  void objectsWithTheKeyAndOptionalEntriesAreFine() {
    List<Finding> f =
        RefRepo.check(
            "values-from",
            repo(
                """
                    - kind: ConfigMap
                      name: web-settings
                    - kind: Secret
                      name: web-extra
                      optional: true
                """,
                SETTINGS));
    assertThat(f).isEmpty();
  }

  @Test
  void aRenderedObjectWithoutTheKeyIsAnError() {
    List<Finding> f =
        RefRepo.check(
            "values-from",
            repo(
                """
                    - kind: ConfigMap
                      name: web-settings
                      valuesKey: prod.yaml
                """,
                SETTINGS));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(15);
              assertThat(x.object()).isEqualTo("HelmRelease/apps/web");
              assertThat(x.message())
                  .isEqualTo(
                      "spec.valuesFrom names ConfigMap/apps/web-settings, which has no key"
                          + " 'prod.yaml'");
            });
  }

  @Test
  void aMissingObjectIsAWarningThatNamesTheGeneratedOne() {
    MemoryTree tree =
        repo(
                """
                - kind: ConfigMap
                  name: web-values
            """,
                "")
            .put(
                "clusters/home/kustomization.yaml",
                """
                resources: [apps.yaml, flux-system/gotk-sync.yaml]
                configMapGenerator:
                  - name: web-values
                    namespace: apps
                    literals: [values.yaml=host]
                """);
    List<Finding> f = RefRepo.check("values-from", tree);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.pos().line()).isEqualTo(15);
              assertThat(x.message())
                  .startsWith(
                      "spec.valuesFrom names ConfigMap/apps/web-values, which is neither in the"
                          + " repository nor made by anything in it (kustomize's generator named"
                          + " it web-values-");
            });
  }

  @Test
  void withHelmASecretAnExternalSecretMakesIsInfoAndNotARenderingError() {
    List<Finding> f =
        RefRepo.checkWithHelm(
            repo(
                """
                    - kind: Secret
                      name: web-secret
                """,
                """
                ---
                apiVersion: external-secrets.io/v1
                kind: ExternalSecret
                metadata:
                  name: web-secret
                  namespace: apps
                spec:
                  secretStoreRef:
                    kind: ClusterSecretStore
                    name: vault
                ---
                apiVersion: external-secrets.io/v1
                kind: ClusterSecretStore
                metadata:
                  name: vault
                """));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("values-from");
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.pos().line()).isEqualTo(15);
              assertThat(x.message())
                  .isEqualTo(
                      "spec.valuesFrom names Secret/apps/web-secret, made in the cluster by"
                          + " ExternalSecret/apps/web-secret: its values exist only in the"
                          + " cluster, so Hops cannot render this HelmRelease");
            });
  }

  @Test
  void withHelmAMissingKeyIsReportedOnceByThisRule() {
    List<Finding> f =
        RefRepo.checkWithHelm(
            repo(
                """
                    - kind: ConfigMap
                      name: web-settings
                      valuesKey: prod.yaml
                """,
                SETTINGS));
    assertThat(f).extracting(Finding::rule).containsExactly("values-from");
  }
}
