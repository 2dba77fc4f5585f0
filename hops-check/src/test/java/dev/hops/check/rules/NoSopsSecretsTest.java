package dev.hops.check.rules;

import static dev.hops.check.CheckTesting.of;
import static dev.hops.check.rules.HouseTesting.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hops.check.CheckTesting;
import dev.hops.check.Finding;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoSopsSecretsTest {

  /** The root decrypts, as flux bootstrap's is patched to when the repository holds SOPS files. */
  private static final String SYNC =
      CheckTesting.SYNC_WITH_SOURCE
          + "  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n";

  private static String secret(String name, String namespace) {
    return """
        apiVersion: v1
        kind: Secret
        metadata:
          name: %s
          namespace: %s
        stringData:
          password: ENC[AES256_GCM,data:c2VjcmV0,iv:aXY=,tag:dGFn,type:str]
        sops:
          age:
            - recipient: age1qqq
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                YWdlLWVuY3J5cHRpb24=
                -----END AGE ENCRYPTED FILE-----
          mac: ENC[AES256_GCM,data:bWFj,iv:aXY=,tag:dGFn,type:str]
          version: 3.9.0
        """
        .formatted(name, namespace);
  }

  private static final String APPS_KS =
      """
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: apps
        namespace: flux-system
      spec:
        path: ./apps
        decryption:
          provider: sops
          secretRef:
            name: sops-age
        postBuild:
          substituteFrom:
            - kind: ConfigMap
              name: cluster-settings
            - kind: Secret
              name: cluster-secrets
        sourceRef:
          kind: GitRepository
          name: flux-system
          namespace: flux-system
      """;

  private static MemoryTree repository() {
    return new MemoryTree()
        .put(CheckTesting.SYNC_FILE, SYNC)
        .put("clusters/home/flux-system/kustomization.yaml", "resources:\n  - gotk-sync.yaml\n")
        .put("clusters/home/apps.yaml", APPS_KS)
        .put("clusters/home/cluster-secrets.yaml", secret("cluster-secrets", "flux-system"))
        .put("clusters/home/registry.yaml", secret("registry", "kube-system"))
        .put(
            "clusters/home/cluster-settings.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cluster-settings\n"
                + "  namespace: flux-system\ndata:\n  DOMAIN: example.com\n")
        .put("apps/kustomization.yaml", "resources:\n  - db.yaml\n  - bootstrap.yaml\n")
        .put("apps/db.yaml", secret("db", "default"))
        .put("apps/bootstrap.yaml", secret("sops-age-copy", "flux-system"));
  }

  @Test
  void findsAnAppSecretAndASubstitutionFromSopsButNotBootstrapSecrets() {
    List<Finding> all = check(repository(), null);
    assertThat(of(all, "renders")).isEmpty();
    List<Finding> f = of(all, "no-sops-secrets");
    assertThat(f)
        .extracting(x -> x.pos().file(), x -> x.pos().line(), Finding::object, Finding::message)
        .containsExactly(
            tuple(
                "apps/db.yaml",
                1,
                "Secret/default/db",
                "Secret is SOPS-encrypted in the repository"),
            tuple(
                "clusters/home/apps.yaml",
                16,
                "Kustomization/flux-system/apps",
                "postBuild.substituteFrom uses Secret flux-system/cluster-secrets, which is"
                    + " SOPS-encrypted"));
    assertThat(f)
        .allSatisfy(
            x -> assertThat(x.message() + x.hint()).doesNotContain("ENC[", "c2VjcmV0", "age1"));
  }

  @Test
  void optionsMoveTheLineBetweenBootstrapAndAppSecrets() {
    String options =
        """
        rules:
          no-sops-secrets:
            options:
              allowRoot: false
              allowNamespaces: []
              allowPaths: [apps/db.yaml]
        """;
    List<Finding> f = of(check(repository(), options), "no-sops-secrets");
    assertThat(f)
        .extracting(Finding::object)
        .containsExactly(
            "Secret/flux-system/sops-age-copy",
            "Kustomization/flux-system/apps",
            "Secret/flux-system/cluster-secrets",
            "Secret/kube-system/registry");
  }

  @Test
  void externalSecretsAndPlainSubstitutionAreClean() {
    MemoryTree tree =
        repository()
            .put(
                "apps/db.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db\n  namespace: default\n")
            .put(
                "clusters/home/cluster-secrets.yaml",
                "apiVersion: v1\nkind: Secret\nmetadata:\n  name: cluster-secrets\n  namespace: flux-system\nstringData:\n  TOKEN: x\n");
    List<Finding> all = check(tree, null);
    assertThat(of(all, "no-sops-secrets")).isEmpty();
    assertThat(of(all, "renders")).isEmpty();
  }
}
