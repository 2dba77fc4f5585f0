package dev.hops.check.rules;

import static dev.hops.check.CheckTesting.of;
import static dev.hops.check.rules.HouseTesting.check;
import static dev.hops.check.rules.HouseTesting.ks;
import static dev.hops.check.rules.HouseTesting.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hops.check.Finding;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class KustomizationFileTest {

  private static String configMap(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\n  namespace: default\n"
        .formatted(name);
  }

  /** apps/ discovers namespace folders; web/ sweeps a sub-folder; flat/ has only files. */
  private static MemoryTree repository() {
    return repo()
        .put(
            "clusters/home/apps.yaml",
            String.join(
                "---\n",
                ks("apps", "flux-system", "./apps"),
                ks("web", "flux-system", "./web"),
                ks("flat", "flux-system", "./flat")))
        .put("apps/default/kustomization.yaml", "resources:\n  - ./settings.yaml\n")
        .put("apps/default/settings.yaml", configMap("settings"))
        .put("web/deployment.yaml", configMap("web"))
        .put("web/config/extra.yaml", configMap("extra"))
        .put("flat/one.yaml", configMap("one"))
        .put("flat/two.yaml", configMap("two"));
  }

  @Test
  void aSpecPathWithoutKustomizationFileIsFoundAtSpecPath() {
    List<Finding> f = of(check(repository(), null), "kustomization-file");
    assertThat(f)
        .extracting(x -> x.pos().file(), x -> x.pos().line(), Finding::object, Finding::message)
        .containsExactly(
            tuple(
                "clusters/home/apps.yaml",
                19,
                "Kustomization/flux-system/web",
                "spec.path './web' has no kustomization.yaml: Flux generates one that takes every"
                    + " YAML file below web/config/"),
            tuple(
                "clusters/home/apps.yaml",
                31,
                "Kustomization/flux-system/flat",
                "spec.path './flat' has no kustomization.yaml: Flux generates one from the YAML"
                    + " files it finds"));
    assertThat(f.getFirst().hint()).isEqualTo("add web/kustomization.yaml listing its resources");
  }

  @Test
  void aHiddenFolderIsSweptAsFluxGeneratesIt() {
    // apps/ only discovers folders with a kustomization file, but Flux's generator also takes the
    // YAML of a hidden folder without one (nothing skips dot-folders there)
    MemoryTree tree = repository().put("apps/.archive/old.yaml", configMap("old"));
    assertThat(of(check(tree, null), "kustomization-file"))
        .extracting(Finding::object, Finding::message)
        .contains(
            tuple(
                "Kustomization/flux-system/apps",
                "spec.path './apps' has no kustomization.yaml: Flux generates one that takes every"
                    + " YAML file below apps/.archive/"));
  }

  @Test
  void strictAlsoWantsOneInDiscoveryFoldersAndTheRootPath() {
    String options = "rules:\n  kustomization-file:\n    options:\n      strict: true\n";
    List<Finding> f = of(check(repository(), options), "kustomization-file");
    assertThat(f)
        .extracting(Finding::object)
        .containsExactlyInAnyOrder(
            "Kustomization/flux-system/flux-system",
            "Kustomization/flux-system/apps",
            "Kustomization/flux-system/web",
            "Kustomization/flux-system/flat");
  }

  @Test
  void aListedFolderWithoutOneIsLeftToRendersWhereFluxBuildsIt() {
    MemoryTree tree =
        repository()
            .put("web/kustomization.yaml", "resources:\n  - ./deployment.yaml\n  - ./config\n");
    List<Finding> all = check(tree, null);
    assertThat(of(all, "renders"))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("unable to find one of"));
    assertThat(of(all, "kustomization-file"))
        .extracting(Finding::object)
        .containsExactly("Kustomization/flux-system/flat");
  }

  @Test
  void aListedFolderWithoutOneIsFoundInFilesFluxDoesNotBuild() {
    MemoryTree tree =
        repository()
            .put("archive/kustomization.yaml", "resources:\n  - ./old\n  - ./kept\n")
            .put("archive/old/app.yaml", configMap("old"))
            .put("archive/kept/kustomization.yaml", "resources: []\n");
    List<Finding> f = of(check(tree, null), "kustomization-file");
    assertThat(f)
        .filteredOn(x -> x.pos().file().equals("archive/kustomization.yaml"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().line()).isEqualTo(2);
              assertThat(x.object()).isEmpty();
              assertThat(x.message()).isEqualTo("'./old' is a folder without a kustomization.yaml");
            });
  }

  @Test
  void silentAboutUnbuiltFilesWhenAFolderFluxBuildsIsUnknown() {
    MemoryTree tree =
        repository()
            .put("clusters/home/lost.yaml", ks("lost", "flux-system", "./nowhere"))
            .put("archive/kustomization.yaml", "resources:\n  - ./old\n")
            .put("archive/old/app.yaml", configMap("old"));
    List<Finding> all = check(tree, null);
    assertThat(of(all, "renders"))
        .extracting(Finding::object)
        .contains("Kustomization/flux-system/lost");
    assertThat(of(all, "kustomization-file"))
        .noneSatisfy(x -> assertThat(x.pos().file()).isEqualTo("archive/kustomization.yaml"));
  }

  @Test
  void foldersWithTheirOwnFileAreClean() {
    MemoryTree tree =
        repository()
            .put("web/kustomization.yaml", "resources:\n  - ./deployment.yaml\n")
            .put("flat/kustomization.yaml", "resources:\n  - ./one.yaml\n  - ./two.yaml\n");
    List<Finding> all = check(tree, null);
    assertThat(of(all, "kustomization-file")).isEmpty();
    assertThat(of(all, "renders")).isEmpty();
  }
}
