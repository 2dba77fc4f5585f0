package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretStoreRefTest {

  private static final String STORES =
      """
      apiVersion: external-secrets.io/v1
      kind: ClusterSecretStore
      metadata:
        name: vault
        namespace: flux-system # kustomize puts a namespace on kinds it does not know
      ---
      apiVersion: external-secrets.io/v1
      kind: SecretStore
      metadata:
        name: local
        namespace: apps
      ---
      """;

  private static List<Finding> check(String spec) {
    return RefRepo.check(
        "secret-store-ref",
        STORES
            + """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: db
              namespace: apps
            spec:
            """
            + spec);
  }

  @Test
  void storesThatExistAreFine() {
    assertThat(
            check(
                """
                  secretStoreRef:
                    kind: ClusterSecretStore
                    name: vault
                  dataFrom:
                    - extract:
                        key: db
                      sourceRef:
                        storeRef:
                          name: local
                """))
        .isEmpty();
  }

  @Test
  void aSecretStoreIsLookedUpInTheExternalSecretsNamespace() {
    List<Finding> f = check("  secretStoreRef:\n    name: vault\n");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(19);
              assertThat(x.object()).isEqualTo("ExternalSecret/apps/db");
              assertThat(x.message())
                  .isEqualTo(
                      "spec.secretStoreRef names SecretStore/apps/vault, which does not exist");
              assertThat(x.hint()).contains("set kind: ClusterSecretStore");
            });
  }

  @Test
  void dataFromStoreRefsAreCheckedToo() {
    List<Finding> f =
        check(
            """
              secretStoreRef:
                kind: ClusterSecretStore
                name: vault
              dataFrom:
                - extract:
                    key: db
                  sourceRef:
                    storeRef:
                      kind: ClusterSecretStore
                      name: onepassword
            """);
    assertThat(f).extracting(x -> x.pos().line()).containsExactly(26);
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "spec.dataFrom[].sourceRef.storeRef names ClusterSecretStore/onepassword, which does"
                + " not exist");
  }

  @Test
  void whenTheRenderIsIncompleteAMissingStoreIsAWarning() {
    List<Finding> f =
        RefRepo.check(
            "secret-store-ref",
            RefRepo.FAILING
                + """
                ---
                apiVersion: external-secrets.io/v1
                kind: ExternalSecret
                metadata:
                  name: db
                  namespace: apps
                spec:
                  secretStoreRef:
                    kind: ClusterSecretStore
                    name: onepassword
                """);
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }
}
