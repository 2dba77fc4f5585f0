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

class AppLayoutTest {

  private static final String CONFIG_MAP =
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";

  /**
   * The house layout: clusters/home/ks.yaml (wiring) syncs apps/, whose namespace folders list
   * their apps' ks.yaml; web and a second Kustomization of web, reloader from a shared base, and
   * tdarr in flux-system whose objects land in media (its app/kustomization.yaml says so).
   */
  private static MemoryTree layout() {
    return repo()
        .put("clusters/home/ks.yaml", ks("cluster-apps", "flux-system", "./apps"))
        .put(
            "apps/default/kustomization.yaml",
            "namespace: default\nresources:\n  - ./web/ks.yaml\n  - ./reloader/ks.yaml\n")
        .put(
            "apps/default/web/ks.yaml",
            ks("web", "default", "./apps/default/web/app")
                + "---\n"
                + ks("web-config", "default", "./apps/default/web/config"))
        .put("apps/default/web/app/kustomization.yaml", "resources:\n  - ./cm.yaml\n")
        .put("apps/default/web/app/cm.yaml", CONFIG_MAP)
        .put("apps/default/web/config/kustomization.yaml", "resources:\n  - ./cm.yaml\n")
        .put("apps/default/web/config/cm.yaml", CONFIG_MAP)
        .put("apps/default/reloader/ks.yaml", ks("reloader", "default", "./base/reloader/app"))
        .put("base/reloader/app/kustomization.yaml", "resources:\n  - ./cm.yaml\n")
        .put("base/reloader/app/cm.yaml", CONFIG_MAP)
        .put("apps/media/kustomization.yaml", "resources:\n  - ./tdarr/ks.yaml\n")
        .put("apps/media/tdarr/ks.yaml", ks("tdarr", "flux-system", "./apps/media/tdarr/app"))
        .put(
            "apps/media/tdarr/app/kustomization.yaml",
            "namespace: media\nresources:\n  - ./cm.yaml\n")
        .put("apps/media/tdarr/app/cm.yaml", CONFIG_MAP);
  }

  /** Three deviations: a path into another app, a path at the app folder, a foreign namespace. */
  private static MemoryTree deviations() {
    return layout()
        .put(
            "apps/default/kustomization.yaml",
            "namespace: default\nresources:\n  - ./web/ks.yaml\n  - ./borrower/ks.yaml\n"
                + "  - ./flat/ks.yaml\n")
        .put("apps/default/borrower/ks.yaml", ks("borrower", "default", "./apps/default/web/app"))
        .put("apps/default/flat/ks.yaml", ks("flat", "default", "./apps/default/flat"))
        .put("apps/default/flat/kustomization.yaml", "resources:\n  - ./cm.yaml\n")
        .put("apps/default/flat/cm.yaml", CONFIG_MAP)
        .put("apps/media/kustomization.yaml", "resources:\n  - ./jellyfin/ks.yaml\n")
        .put(
            "apps/media/jellyfin/ks.yaml",
            ks("jellyfin", "flux-system", "./apps/media/jellyfin/app")
                + "  targetNamespace: default\n")
        .put("apps/media/jellyfin/app/kustomization.yaml", "resources:\n  - ./cm.yaml\n")
        .put("apps/media/jellyfin/app/cm.yaml", CONFIG_MAP);
  }

  @Test
  void findsPathsOutsideTheAppFolderAndANamespaceFolderThatIsNotTheNamespace() {
    List<Finding> all = check(deviations(), null);
    assertThat(of(all, "renders")).isEmpty();
    assertThat(of(all, "app-layout"))
        .extracting(x -> x.pos().file(), x -> x.pos().line(), Finding::object, Finding::message)
        .containsExactly(
            tuple(
                "apps/default/borrower/ks.yaml",
                7,
                "Kustomization/default/borrower",
                "spec.path apps/default/web/app/ is outside the app folder apps/default/borrower/"),
            tuple(
                "apps/default/flat/ks.yaml",
                7,
                "Kustomization/default/flat",
                "spec.path is the app folder apps/default/flat/ itself, next to its ks.yaml"),
            tuple(
                "apps/media/jellyfin/ks.yaml",
                12,
                "Kustomization/flux-system/jellyfin",
                "the app lands in namespace 'default' but lives in namespace folder"
                    + " 'apps/media/'"));
  }

  @Test
  void theFileOptionNamesTheFilesThatHoldAnApp() {
    String options = "rules:\n  app-layout:\n    options:\n      file: flux.yaml\n";
    assertThat(of(check(deviations(), options), "app-layout")).isEmpty();
  }

  @Test
  void theHouseLayoutWithItsAcceptedVariationsIsClean() {
    List<Finding> all = check(layout(), null);
    assertThat(of(all, "app-layout")).isEmpty();
    assertThat(of(all, "renders")).isEmpty();
  }
}
