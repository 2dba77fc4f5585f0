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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KebabCaseTest {

  private static String release(String name) {
    return """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: %s
          namespace: default
        spec:
          chartRef:
            kind: OCIRepository
            name: %s
        """
        .formatted(name, name);
  }

  private static MemoryTree apps(String folder, String ksName, String releaseName) {
    String app = "apps/default/" + folder;
    return repo()
        .put("clusters/home/ks.yaml", ks("cluster-apps", "flux-system", "./apps"))
        .put("apps/default/kustomization.yaml", "resources:\n  - ./" + folder + "/ks.yaml\n")
        .put(app + "/ks.yaml", ks(ksName, "default", "./" + app + "/app"))
        .put(app + "/app/kustomization.yaml", "resources:\n  - ./helmrelease.yaml\n")
        .put(app + "/app/helmrelease.yaml", release(releaseName));
  }

  @Test
  void findsNamesAndTheAppFolderThatAreNotKebabCase() {
    List<Finding> f = of(check(apps("Paper_Less", "paperLess", "paperless--ngx"), null), id());
    assertThat(f)
        .extracting(x -> x.pos().file(), x -> x.pos().line(), Finding::object, Finding::message)
        .containsExactly(
            tuple(
                "apps/default/Paper_Less/app/helmrelease.yaml",
                4,
                "HelmRelease/default/paperless--ngx",
                "HelmRelease name 'paperless--ngx' is not kebab-case"),
            tuple(
                "apps/default/Paper_Less/ks.yaml",
                1,
                "Kustomization/default/paperLess",
                "app folder 'apps/default/Paper_Less/' is not kebab-case"),
            tuple(
                "apps/default/Paper_Less/ks.yaml",
                4,
                "Kustomization/default/paperLess",
                "Kustomization name 'paperLess' is not kebab-case"));
    assertThat(f).extracting(Finding::hint).contains("rename it to paper-less");
  }

  @Test
  void kebabCaseNamesAreClean() {
    List<Finding> all = check(apps("paperless-ngx", "paperless-ngx", "paperless-ngx"), null);
    assertThat(of(all, id())).isEmpty();
    assertThat(of(all, "renders")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "paperLess, paper-less",
    "Paper_Less.NGX, paper-less-ngx",
    "k8s--gateway-, k8s-gateway",
    "__, app"
  })
  void suggestions(String name, String suggested) {
    assertThat(KebabCase.suggest(name)).isEqualTo(suggested);
  }

  private static String id() {
    return new KebabCase().id();
  }
}
