package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.CheckConfig;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubstituteFromTest {

  /**
   * Kustomization "tunnel" substitutes from {@code entries}; {@code extra} is applied beside it.
   */
  private static MemoryTree repo(String entries, String extra) {
    return RefRepo.tree(
            """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: tunnel
              namespace: network
            spec:
              path: ./apps/tunnel
              sourceRef:
                kind: GitRepository
                name: flux-system
                namespace: flux-system
              postBuild:
                substituteFrom:
            """
                + entries
                + extra)
        .put(
            "apps/tunnel/cm.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: tunnel
              namespace: network
            data:
              id: ${TUNNEL_ID}
            """);
  }

  private static final String SECRET_ENTRY =
      """
          - kind: Secret
            name: tunnel-id
      """;

  @Test
  void aMissingRequiredSecretIsAWarningAtTheEntryAndNotARenderingError() {
    List<Finding> f = RefRepo.check(repo(SECRET_ENTRY, ""));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("substitute-from");
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(14);
              assertThat(x.object()).isEqualTo("Kustomization/network/tunnel");
              assertThat(x.message())
                  .isEqualTo(
                      "spec.postBuild.substituteFrom names Secret/network/tunnel-id, which is"
                          + " neither in the repository nor made by anything in it: Flux fails"
                          + " this Kustomization unless it is created outside the repository");
              assertThat(x.hint()).contains("--values FILE");
            });
  }

  @Test
  void aSecretAnExternalSecretMakesIsInfoOnly() {
    List<Finding> f =
        RefRepo.check(
            repo(
                SECRET_ENTRY,
                """
                ---
                apiVersion: external-secrets.io/v1
                kind: ExternalSecret
                metadata:
                  name: tunnel
                  namespace: network
                spec:
                  secretStoreRef:
                    kind: ClusterSecretStore
                    name: vault
                  target:
                    name: tunnel-id
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
              assertThat(x.rule()).isEqualTo("substitute-from");
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.pos().line()).isEqualTo(14);
              assertThat(x.message())
                  .isEqualTo(
                      "spec.postBuild.substituteFrom names Secret/network/tunnel-id, made in the"
                          + " cluster by ExternalSecret/network/tunnel: its values exist only in"
                          + " the cluster, so Hops cannot render this Kustomization (its objects"
                          + " are not checked)");
            });
  }

  @Test
  void anAcceptedObjectIsInfoOnly() {
    CheckConfig config =
        CheckConfig.parse(
            "rules:\n  substitute-from:\n    options:\n      accept: [\"network/tunnel-*\"]\n",
            ".hops.yaml");
    List<Finding> f = RefRepo.check(repo(SECRET_ENTRY, ""), config);
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(f.getFirst().message()).contains("accepted as made outside the repository");
  }

  @Test
  void renderedAndOptionalEntriesAreFine() {
    List<Finding> f =
        RefRepo.check(
            repo(
                """
                    - kind: ConfigMap
                      name: settings
                    - kind: Secret
                      name: extra
                      optional: true
                """,
                """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  namespace: network
                data:
                  TUNNEL_ID: abc
                """));
    assertThat(f).isEmpty();
  }

  @Test
  void whenAnotherKustomizationFailedTheWarningSaysItMayExistAndRendersReportsTheOther() {
    List<Finding> f = RefRepo.check(repo(SECRET_ENTRY, "---\n" + RefRepo.FAILING));
    assertThat(f).extracting(Finding::rule).containsExactly("substitute-from", "renders");
    assertThat(f.getFirst().message())
        .endsWith(
            "which is not in the render; it may be among the objects Hops could not render"
                + " (1 Kustomization is not rendered: Kustomization/flux-system/broken (failed))");
    assertThat(f.get(1).object()).isEqualTo("Kustomization/flux-system/broken");
  }

  @Test
  void withTheRuleOffTheRenderingFailureIsReported() {
    CheckConfig config = CheckConfig.parse("rules:\n  substitute-from: off\n", ".hops.yaml");
    List<Finding> f = RefRepo.check(repo(SECRET_ENTRY, ""), config);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("renders");
              assertThat(x.message())
                  .contains(
                      "substitute from 'Secret/tunnel-id' error: secrets \"tunnel-id\" not found");
            });
  }
}
