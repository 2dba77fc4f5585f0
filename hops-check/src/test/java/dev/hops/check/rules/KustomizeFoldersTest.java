package dev.hops.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.MemoryTree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KustomizeFoldersTest {

  @Test
  void theKustomizationFileIsLookedForInKustomizesOrder() {
    MemoryTree tree =
        new MemoryTree()
            .put("a/Kustomization", "resources: []\n")
            .put("a/kustomization.yml", "resources: []\n")
            .put("b/kustomization.yaml", "resources: []\n");
    assertThat(KustomizeFolders.kustomizationFile(tree, "a")).isEqualTo("a/kustomization.yml");
    assertThat(KustomizeFolders.kustomizationFile(tree, "b")).isEqualTo("b/kustomization.yaml");
    assertThat(KustomizeFolders.kustomizationFile(tree, "c")).isNull();
  }

  @Test
  void theGeneratorTakesFoldersWithAKustomizationAndWalksTheOthersForYamlFiles() {
    MemoryTree tree =
        new MemoryTree()
            .put("apps/top.yaml", "a: 1\n")
            .put("apps/notes.txt", "text\n")
            .put("apps/db/kustomization.yaml", "resources: [db.yaml]\n")
            .put("apps/db/db.yaml", "a: 1\n")
            .put("apps/web/config/extra.yml", "a: 1\n")
            .put("apps/web/nested/kustomization.yaml", "resources: []\n")
            .put("apps/.hidden/x.yaml", "a: 1\n");
    List<String> met = new ArrayList<>();
    new KustomizeFolders(tree)
        .walkGenerated(
            "apps",
            dir -> !dir.endsWith(".hidden"),
            (dir, file) -> met.add("kustomization " + file),
            file -> met.add("manifest " + file));
    assertThat(met)
        .containsExactly(
            "kustomization apps/db/kustomization.yaml",
            "manifest apps/top.yaml",
            "manifest apps/web/config/extra.yml",
            "kustomization apps/web/nested/kustomization.yaml");
  }

  @ParameterizedTest
  @CsvSource({
    "https://github.com/example/repo//deploy?ref=v1, true",
    "git@github.com:example/repo.git, true",
    "github.com/example/repo/deploy, true",
    "gitea.example.org/org/repo//path, true",
    "../base/app, false",
    "./app, false",
    "app, false"
  })
  void remoteEntriesAreKustomizesFetchForms(String entry, boolean remote) {
    assertThat(KustomizeFolders.isRemote(entry)).isEqualTo(remote);
  }
}
