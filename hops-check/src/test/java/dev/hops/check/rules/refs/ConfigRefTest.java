package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.CheckConfig;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigRefTest {

  private static final String OBJECTS =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        namespace: apps
      data:
        LOG_LEVEL: info
      ---
      apiVersion: cert-manager.io/v1
      kind: Certificate
      metadata:
        name: web
        namespace: apps
      spec:
        secretName: web-tls
      ---
      apiVersion: external-secrets.io/v1
      kind: ExternalSecret
      metadata:
        name: web-db
        namespace: apps
      ---
      """;

  private static String deployment(String podSpec) {
    return OBJECTS
        + """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: apps
        spec:
          template:
            spec:
        """
        + podSpec;
  }

  private static final String USES =
      """
            containers:
              - name: app
                env:
                  - name: LOG_LEVEL
                    valueFrom:
                      configMapKeyRef:
                        name: settings
                        key: LOG_LEVEL
                  - name: TOKEN
                    valueFrom:
                      secretKeyRef:
                        name: token
                        key: value
                        optional: true
                envFrom:
                  - secretRef:
                      name: web-db
            volumes:
              - name: tls
                secret:
                  secretName: web-tls
              - name: ca
                configMap:
                  name: kube-root-ca.crt
      """;

  @Test
  void renderedMadeAndOptionalObjectsAreFine() {
    assertThat(RefRepo.check("config-ref", deployment(USES))).isEmpty();
  }

  @Test
  void aMissingSecretIsAWarningAtItsReference() {
    List<Finding> f =
        RefRepo.check("config-ref", deployment(USES.replace("name: web-db", "name: web-dbb")));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(47); // name: web-dbb
              assertThat(x.object()).isEqualTo("Deployment/apps/web");
              assertThat(x.message())
                  .isEqualTo(
                      "container 'app' envFrom names Secret/apps/web-dbb, which is neither"
                          + " rendered nor made by a known controller");
            });
  }

  @Test
  void aKeyTheRenderedObjectDoesNotHaveIsAWarning() {
    List<Finding> f =
        RefRepo.check("config-ref", deployment(USES.replace("key: LOG_LEVEL", "key: LEVEL")));
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "container 'app' env LOG_LEVEL reads key 'LEVEL' of ConfigMap/apps/settings, which has"
                + " no such key");
  }

  @Test
  void anExternalSecretThatOnlyMergesMakesNoSecret() {
    String merging =
        OBJECTS.replace(
            "  name: web-db\n  namespace: apps\n",
            "  name: web-db\n  namespace: apps\nspec:\n  target:\n    creationPolicy: Merge\n");
    assertThat(merging).contains("creationPolicy: Merge");
    List<Finding> f = RefRepo.check("config-ref", deployment(USES).replace(OBJECTS, merging));
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "container 'app' envFrom names Secret/apps/web-db, which is neither rendered nor made"
                + " by a known controller");
  }

  @Test
  void theAcceptOptionTakesNamesAndPatterns() {
    String uses = USES.replace("name: web-db", "name: registry-auth");
    CheckConfig config =
        CheckConfig.parse(
            "rules:\n  config-ref:\n    options:\n      accept: [\"Secret/apps/registry-*\"]\n",
            ".hops.yaml");
    List<Finding> f = RefRepo.check(RefRepo.tree(deployment(uses)), config);
    assertThat(f).filteredOn(x -> x.rule().equals("config-ref")).isEmpty();
  }

  @Test
  void whenTheRenderIsIncompleteItIsSaidSo() {
    List<Finding> f =
        RefRepo.check(
            "config-ref",
            RefRepo.FAILING + "---\n" + deployment(USES.replace("name: web-db", "name: other")));
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(f.getFirst().message())
        .contains("it may be among the objects Hops could not render");
  }
}
