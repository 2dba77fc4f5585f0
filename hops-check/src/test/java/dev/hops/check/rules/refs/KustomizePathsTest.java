package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.CheckTesting;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.kustomize.MemoryTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KustomizePathsTest {

  private static final String WEB =
      """
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: web
        namespace: flux-system
      spec:
        path: ./apps/web
        components:
          - ../../components/common
        sourceRef:
          kind: GitRepository
          name: flux-system
      """;

  private static final String KUSTOMIZATION =
      """
      resources:
        - deployment.yaml
        - ./db
      patches:
        - path: patches/replicas.yaml
      configMapGenerator:
        - name: web-config
          files:
            - config.toml=files/config.toml
      """;

  private static final String DEPLOYMENT =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: %s
        namespace: default
      """;

  /** A complete app, but for the files whose path starts with {@code without}. */
  private static MemoryTree repo(String ks, String kustomization, String without) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(CheckTesting.SYNC_FILE, CheckTesting.SYNC);
    files.put("clusters/home/apps.yaml", ks);
    files.put("apps/web/kustomization.yaml", kustomization);
    files.put("apps/web/db/kustomization.yaml", "resources: [db.yaml]\n");
    files.put("apps/web/db/db.yaml", DEPLOYMENT.formatted("db"));
    files.put("apps/web/deployment.yaml", DEPLOYMENT.formatted("web"));
    files.put("apps/web/patches/replicas.yaml", DEPLOYMENT.formatted("web"));
    files.put("apps/web/files/config.toml", "a = 1\n");
    files.put(
        "components/common/kustomization.yaml",
        "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"
            + "commonAnnotations:\n  team: web\n");
    MemoryTree tree = new MemoryTree();
    files.forEach(
        (path, text) -> {
          if (!path.startsWith(without)) {
            tree.put(path, text);
          }
        });
    return tree;
  }

  @Test
  void existingPathsAreFine() {
    assertThat(RefRepo.check(repo(WEB, KUSTOMIZATION, "-"))).isEmpty();
  }

  @Test
  void remoteEntriesAreNotChecked() {
    String remote =
        KUSTOMIZATION.replace(
            "  - ./db\n",
            "  - ./db\n  - https://github.com/example/manifests//base?ref=v1\n"
                + "  - gitea.example.org/ops/manifests//base\n");
    assertThat(RefRepo.check("kustomize-paths", repo(WEB, remote, "-"))).isEmpty();
  }

  @Test
  void aFolderThatExistsIsLocalEvenWhenItsNameLooksLikeAHost() {
    // kustomize loads an existing path as a local folder before it tries it as a URL
    MemoryTree tree =
        repo(WEB, KUSTOMIZATION.replace("  - ./db\n", "  - ./db\n  - cilium-1.15/app\n"), "-")
            .put("apps/web/cilium-1.15/app/kustomization.yaml", "resources: [gone.yaml]\n");
    assertThat(RefRepo.check("kustomize-paths", tree))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().file()).isEqualTo("apps/web/cilium-1.15/app/kustomization.yaml");
              assertThat(x.message()).contains("'gone.yaml'");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "apps/web/deployment.yaml, apps/web/kustomization.yaml, 2, resources entry 'deployment.yaml'",
    "apps/web/db/, apps/web/kustomization.yaml, 3, resources entry './db'",
    "apps/web/db/db.yaml, apps/web/db/kustomization.yaml, 1, resources entry 'db.yaml'",
    "apps/web/patches/, apps/web/kustomization.yaml, 5, patches[].path entry 'patches/replicas.yaml'",
    "apps/web/files/, apps/web/kustomization.yaml, 9, configMapGenerator[].files entry"
        + " 'files/config.toml'",
    "components/, clusters/home/apps.yaml, 9, spec.components entry '../../components/common'"
  })
  void eachMissingPathIsAnErrorAtItsLineAndNotARenderingError(
      String removed, String file, int line, String message) {
    List<Finding> f = RefRepo.check(repo(WEB, KUSTOMIZATION, removed));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("kustomize-paths");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().file()).isEqualTo(file);
              assertThat(x.pos().line()).isEqualTo(line);
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/web");
              assertThat(x.message()).startsWith(message).contains("does not exist");
            });
  }

  @Test
  void everyMissingPathIsReportedWhereKustomizeStopsAtTheFirst() {
    List<Finding> f =
        RefRepo.check(
            repo(
                WEB,
                KUSTOMIZATION
                    .replace("deployment.yaml", "deploy.yaml")
                    .replace("replicas.yaml", "replica.yaml"),
                "-"));
    assertThat(f).extracting(Finding::rule).containsOnly("kustomize-paths");
    assertThat(f).extracting(x -> x.pos().line()).containsExactly(2, 5);
  }

  @Test
  void ignoreMissingComponentsIsHonoured() {
    String ks = WEB.replace("spec:\n", "spec:\n  ignoreMissingComponents: true\n");
    assertThat(RefRepo.check(repo(ks, KUSTOMIZATION, "components/"))).isEmpty();
  }

  @Test
  void otherRenderingFailuresStayWithTheRendersRule() {
    List<Finding> f =
        RefRepo.check(repo(WEB.replace("./apps/web", "./apps/webb"), KUSTOMIZATION, "-"));
    assertThat(f).extracting(Finding::rule).containsExactly("renders");
  }
}
