package dev.hops.check.rules;

import static dev.hops.check.CheckTesting.of;
import static dev.hops.check.rules.HouseTesting.check;
import static dev.hops.check.rules.HouseTesting.ks;
import static dev.hops.check.rules.HouseTesting.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class FluxSystemSourceTest {

  private static final String APPS =
      """
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: no-namespace
        namespace: flux-system
      spec:
        path: ./apps
        sourceRef:
          kind: GitRepository
          name: flux-system
      ---
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: elsewhere
        namespace: media
      spec:
        path: ./apps
        sourceRef:
          kind: GitRepository
          name: flux-system
      ---
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: GitRepository
      metadata:
        name: home-ops
        namespace: flux-system
      spec:
        url: https://github.com/Example/home-ops.git
      ---
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: second-source
        namespace: flux-system
      spec:
        path: ./apps
        sourceRef:
          kind: GitRepository
          name: home-ops
          namespace: flux-system
      """;

  private static MemoryTree withApps(String apps) {
    return repo()
        .put("clusters/home/apps.yaml", apps)
        .put(
            "apps/configmap.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: default\n");
  }

  @Test
  void findsMissingNamespaceWrongNamespaceAndASecondSourceForTheRepository() {
    List<Finding> f = of(check(withApps(APPS), null), "flux-system-source");
    assertThat(f)
        .extracting(x -> x.pos().file(), x -> x.pos().line(), Finding::object, Finding::message)
        .containsExactly(
            tuple(
                "clusters/home/apps.yaml",
                8,
                "Kustomization/flux-system/no-namespace",
                "sourceRef names GitRepository flux-system without its namespace"),
            tuple(
                "clusters/home/apps.yaml",
                19,
                "Kustomization/media/elsewhere",
                "sourceRef GitRepository flux-system resolves to media/flux-system, not to the"
                    + " repository's source flux-system/flux-system"),
            tuple(
                "clusters/home/apps.yaml",
                29,
                "GitRepository/flux-system/home-ops",
                "GitRepository flux-system/home-ops points at this repository, which GitRepository"
                    + " flux-system/flux-system already provides"),
            tuple(
                "clusters/home/apps.yaml",
                38,
                "Kustomization/flux-system/second-source",
                "sourceRef names GitRepository flux-system/home-ops, a second source for this"
                    + " repository, instead of flux-system/flux-system"));
    assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    assertThat(f.getFirst().hint())
        .isEqualTo("sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}");
  }

  @Test
  void helmReleaseChartsFromTheRepositoryAreCheckedToo() {
    String release =
        """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: web
          namespace: flux-system
        spec:
          chart:
            spec:
              chart: ./charts/web
              sourceRef:
                kind: GitRepository
                name: flux-system
        """;
    List<Finding> f = of(check(withApps(release), null), "flux-system-source");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.object()).isEqualTo("HelmRelease/flux-system/web");
              assertThat(x.pos().line()).isEqualTo(10);
            });
  }

  @Test
  void fluxBootstrapsGotkSyncAndCorrectReferencesAreClean() {
    List<Finding> all =
        check(
            withApps(ks("apps", "flux-system", "./apps") + "---\n" + ks("b", "media", "./apps")),
            null);
    assertThat(of(all, "flux-system-source")).isEmpty();
    assertThat(of(all, "renders")).isEmpty();
  }

  @Test
  void withAFluxInstanceTheRepositoryUrlIsItsSyncUrl() {
    String instance =
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: FluxInstance
        metadata:
          name: flux
          namespace: flux-system
        spec:
          distribution:
            version: 2.x
          sync:
            kind: GitRepository
            url: https://github.com/example/home-ops.git
            ref: refs/heads/main
            path: clusters/home
        """;
    String duplicate =
        """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: GitRepository
        metadata:
          name: home-ops
          namespace: flux-system
        spec:
          url: git@github.com:example/home-ops
        """;
    MemoryTree tree =
        new MemoryTree()
            .put("clusters/home/flux-instance.yaml", instance)
            .put("clusters/home/sources.yaml", duplicate);
    List<Finding> f = of(check(tree, null), "flux-system-source");
    assertThat(f)
        .extracting(x -> x.pos().file(), x -> x.pos().line(), Finding::object)
        .containsExactly(
            tuple("clusters/home/sources.yaml", 7, "GitRepository/flux-system/home-ops"));
  }

  @Test
  void sameUrlInOtherSpellings() {
    assertThat(RepositoryUrls.normalize("ssh://git@github.com:22/Example/home-ops.git/"))
        .isEqualTo("github.com/example/home-ops");
    assertThat(RepositoryUrls.normalize("git@github.com:example/home-ops"))
        .isEqualTo("github.com/example/home-ops");
    assertThat(RepositoryUrls.normalize("https://github.com/example/home-ops"))
        .isEqualTo("github.com/example/home-ops");
    assertThat(RepositoryUrls.normalize("https://github.com/example/other"))
        .isNotEqualTo("github.com/example/home-ops");
  }
}
