package dev.hops.flux.graph;

import static dev.hops.flux.graph.TestRepo.helmRelease;
import static dev.hops.flux.graph.TestRepo.hr;
import static dev.hops.flux.graph.TestRepo.ks;
import static dev.hops.flux.graph.TestRepo.kustomization;
import static dev.hops.flux.graph.TestRepo.waves;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The graph of small repositories rendered in memory: waves, missing targets, cycles, the kinds
 * Flux looks up, HelmRelease dependsOn, namespaces.
 */
class DependencyGraphTest {

  private static final String FS = "Kustomization/flux-system/";

  @Test
  void wavesFollowDependsOnAndTheApplyingKustomization() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/apps.yaml",
                ks("flux-system", "infra", "./infra", "")
                    + ks("flux-system", "apps", "./apps", "    - name: infra\n"))
            .file("infra/hr.yaml", hr("infra", "cert-manager", ""))
            .file("apps/hr.yaml", hr("apps", "podinfo", ""))
            .graph();
    assertThat(g.findings()).isEmpty();
    assertThat(g.blocked()).isEmpty();
    assertThat(waves(g))
        .containsExactly(
            List.of(FS + "flux-system"),
            List.of(FS + "infra"),
            List.of(FS + "apps", "HelmRelease/infra/cert-manager"),
            List.of("HelmRelease/apps/podinfo"));
    GraphNode apps = g.node(kustomization("flux-system", "apps")).orElseThrow();
    assertThat(apps.appliedBy()).isEqualTo(kustomization("flux-system", "flux-system"));
    assertThat(apps.dependsOn().getFirst().pos().toString())
        .isEqualTo("clusters/home/apps.yaml:30:7");
    assertThat(g.dependencies(apps))
        .extracting(GraphNode::ref)
        .containsExactly(kustomization("flux-system", "infra"));
    assertThat(g.predecessors(apps))
        .extracting(GraphNode::ref)
        .containsExactly(
            kustomization("flux-system", "infra"), kustomization("flux-system", "flux-system"));
    assertThat(g.applied(apps))
        .extracting(GraphNode::ref)
        .containsExactly(helmRelease("apps", "podinfo"));
    assertThat(g.wave(helmRelease("apps", "podinfo"))).hasValue(3);
  }

  @Test
  void missingTargetIsAnErrorAtTheEntryWithASuggestion() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/apps.yaml",
                ks("infrastructure", "infra", "./infra", "")
                    + ks("flux-system", "apps", "./apps", "    - name: infra\n"))
            .file(
                "infra/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: infrastructure\n")
            .file("apps/hr.yaml", hr("apps", "podinfo", ""))
            .graph();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(Finding.Type.MISSING_DEPENDENCY);
              assertThat(f.isError()).isTrue();
              assertThat(f.format())
                  .isEqualTo(
                      "clusters/home/apps.yaml:30:7: Kustomization/flux-system/apps: dependsOn"
                          + " Kustomization/flux-system/infra: no such Kustomization in cluster home;"
                          + " did you mean Kustomization/infrastructure/infra?; Flux waits for it forever");
              assertThat(f.chain())
                  .containsExactly(
                      kustomization("flux-system", "apps"), kustomization("flux-system", "infra"));
            });
    assertThat(g.hasErrors()).isTrue();
    assertThat(g.blocked())
        .extracting(b -> b.node().ref() + ": " + b.reason())
        .containsExactly(
            FS + "apps: waits for " + FS + "infra, which does not exist",
            "HelmRelease/apps/podinfo: never applied: " + FS + "apps is blocked");
    assertThat(g.wave(kustomization("flux-system", "apps"))).isEmpty();
    assertThat(g.wave(kustomization("infrastructure", "infra"))).hasValue(1);
  }

  @Test
  void cycleIsReportedOnceWithItsChainAndFiles() {
    DependencyGraph g =
        new TestRepo()
            .file("clusters/home/a.yaml", ks("flux-system", "a", "./a", "    - name: b\n"))
            .file("clusters/home/b.yaml", ks("flux-system", "b", "./b", "    - name: c\n"))
            .file("clusters/home/c.yaml", ks("flux-system", "c", "./c", "    - name: a\n"))
            .file("clusters/home/d.yaml", ks("flux-system", "d", "./d", "    - name: c\n"))
            .file("a/hr.yaml", hr("default", "a", ""))
            .file("b/.keep", "")
            .file("c/.keep", "")
            .file("d/.keep", "")
            .graph();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(Finding.Type.DEPENDENCY_CYCLE);
              assertThat(f.format())
                  .isEqualTo(
                      "clusters/home/a.yaml:16:7: Kustomization/flux-system/a: dependency cycle:"
                          + " Kustomization/flux-system/a (clusters/home/a.yaml:16:7) ->"
                          + " Kustomization/flux-system/b (clusters/home/b.yaml:16:7) ->"
                          + " Kustomization/flux-system/c (clusters/home/c.yaml:16:7) ->"
                          + " Kustomization/flux-system/a; none of them is ever reconciled");
              assertThat(f.chain())
                  .extracting(Object::toString)
                  .containsExactly(FS + "a", FS + "b", FS + "c", FS + "a");
            });
    assertThat(waves(g)).containsExactly(List.of(FS + "flux-system"));
    assertThat(g.blocked())
        .extracting(b -> b.node().ref() + ": " + b.reason())
        .containsExactly(
            FS + "a: in dependency cycle " + FS + "a -> " + FS + "b -> " + FS + "c -> " + FS + "a",
            FS + "b: in dependency cycle " + FS + "a -> " + FS + "b -> " + FS + "c -> " + FS + "a",
            FS + "c: in dependency cycle " + FS + "a -> " + FS + "b -> " + FS + "c -> " + FS + "a",
            FS + "d: waits for " + FS + "c, which is blocked",
            "HelmRelease/default/a: never applied: " + FS + "a is blocked");
  }

  @Test
  void everyElementaryCycleIsReportedOnce() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/ks.yaml",
                ks("flux-system", "a", "./x", "    - name: b\n")
                    + ks("flux-system", "b", "./x", "    - name: a\n    - name: c\n")
                    + ks("flux-system", "c", "./x", "    - name: b\n"))
            .file("x/.keep", "")
            .graph();
    assertThat(g.findings())
        .extracting(f -> f.chain().stream().map(r -> r.name()).toList())
        .containsExactly(List.of("a", "b", "a"), List.of("b", "c", "b"));
  }

  @Test
  void helmReleaseCycle() {
    DependencyGraph g =
        new TestRepo()
            .file("clusters/home/ks.yaml", ks("flux-system", "apps", "./apps", ""))
            .file(
                "apps/hr.yaml",
                hr("web", "a", "    - name: b\n") + hr("web", "b", "    - name: a\n"))
            .graph();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "dependency cycle: HelmRelease/web/a (apps/hr.yaml:13:7) ->"
                            + " HelmRelease/web/b (apps/hr.yaml:26:7) -> HelmRelease/web/a; none of"
                            + " them is ever reconciled"));
    assertThat(g.blocked()).hasSize(2);
    assertThat(g.wave(kustomization("flux-system", "apps"))).hasValue(1);
  }

  @Test
  void selfDependencyIsItsOwnFinding() {
    DependencyGraph g =
        new TestRepo()
            .file("clusters/home/a.yaml", ks("flux-system", "a", "./a", "    - name: a\n"))
            .file("a/.keep", "")
            .graph();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(Finding.Type.SELF_DEPENDENCY);
              assertThat(f.format())
                  .isEqualTo(
                      "clusters/home/a.yaml:16:7: Kustomization/flux-system/a: depends on itself; Flux"
                          + " never reconciles it");
            });
    assertThat(g.blocked()).extracting(BlockedNode::reason).containsExactly("depends on itself");
  }

  @Test
  void helmReleasesDependOnHelmReleasesInTheirOwnNamespaceByDefault() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/ks.yaml",
                ks("flux-system", "operators", "./operators", "")
                    + ks("flux-system", "apps", "./apps", ""))
            .file("operators/hr.yaml", hr("db", "cnpg", ""))
            .file(
                "apps/hr.yaml",
                hr("db", "postgres", "    - name: cnpg\n")
                    + hr("web", "app", "    - name: postgres\n      namespace: db\n"))
            .graph();
    assertThat(g.findings()).isEmpty();
    assertThat(g.wave(helmRelease("db", "cnpg"))).hasValue(2);
    assertThat(g.wave(helmRelease("db", "postgres"))).hasValue(3);
    assertThat(g.wave(helmRelease("web", "app"))).hasValue(4);
    GraphNode postgres = g.node(helmRelease("db", "postgres")).orElseThrow();
    assertThat(postgres.dependsOn().getFirst().pos().toString()).isEqualTo("apps/hr.yaml:13:7");
    assertThat(g.dependents(postgres))
        .extracting(GraphNode::ref)
        .containsExactly(helmRelease("web", "app"));
  }

  @Test
  void helmReleaseDependsOnMissingHelmRelease() {
    DependencyGraph g =
        new TestRepo()
            .file("clusters/home/ks.yaml", ks("flux-system", "apps", "./apps", ""))
            .file("apps/hr.yaml", hr("web", "app", "    - name: postgress\n"))
            .file("apps/db.yaml", hr("web", "postgres", ""))
            .graph();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(Finding.Type.MISSING_DEPENDENCY);
              assertThat(f.format())
                  .isEqualTo(
                      "apps/hr.yaml:13:7: HelmRelease/web/app: dependsOn HelmRelease/web/postgress: no"
                          + " such HelmRelease in cluster home; did you mean HelmRelease/web/postgres?;"
                          + " Flux waits for it forever");
            });
    assertThat(g.blocked())
        .extracting(b -> b.node().ref())
        .containsExactly(helmRelease("web", "app"));
  }

  @Test
  void dependsOnTheOtherKindIsNotWhatFluxLooksUp() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/ks.yaml",
                ks("flux-system", "db", "./db", "")
                    + ks(
                        "flux-system", "apps", "./apps", "    - name: cnpg\n      namespace: db\n"))
            .file("db/hr.yaml", hr("db", "cnpg", ""))
            .file("apps/hr.yaml", hr("flux-system", "app", "    - name: db\n"))
            .graph();
    assertThat(g.findings())
        .extracting(Finding::type, Finding::format)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Finding.Type.WRONG_KIND_DEPENDENCY,
                "clusters/home/ks.yaml:30:7: Kustomization/flux-system/apps: dependsOn"
                    + " Kustomization/db/cnpg: there is no such Kustomization, only"
                    + " HelmRelease/db/cnpg; a Kustomization can only depend on Kustomizations, so"
                    + " Flux waits forever"),
            org.assertj.core.groups.Tuple.tuple(
                Finding.Type.WRONG_KIND_DEPENDENCY,
                "apps/hr.yaml:13:7: HelmRelease/flux-system/app: dependsOn"
                    + " HelmRelease/flux-system/db: there is no such HelmRelease, only"
                    + " Kustomization/flux-system/db; a HelmRelease can only depend on"
                    + " HelmReleases, so Flux waits forever"));
  }

  @Test
  void crossNamespaceDependsOnResolves() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/ks.yaml",
                ks("storage", "rook", "./rook", "")
                    + ks(
                        "media",
                        "jellyfin",
                        "./jellyfin",
                        "    - name: rook\n      namespace: storage\n"))
            .file("rook/.keep", "")
            .file("jellyfin/.keep", "")
            .graph();
    assertThat(g.findings()).isEmpty();
    GraphNode jellyfin = g.node(kustomization("media", "jellyfin")).orElseThrow();
    assertThat(g.dependencies(jellyfin))
        .extracting(GraphNode::ref)
        .containsExactly(kustomization("storage", "rook"));
    assertThat(g.wave(jellyfin.ref())).hasValue(2);
  }

  @Test
  void dependingOnWhatItAppliesItselfIsACycle() {
    DependencyGraph g =
        new TestRepo()
            .file("clusters/home/ks.yaml", ks("flux-system", "apps", "./apps", "    - name: db\n"))
            .file("apps/ks.yaml", ks("flux-system", "db", "./db", ""))
            .file("db/.keep", "")
            .graph();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(Finding.Type.DEPENDENCY_CYCLE);
              assertThat(f.message())
                  .isEqualTo(
                      "dependency cycle: Kustomization/flux-system/apps (clusters/home/ks.yaml:16:7) ->"
                          + " Kustomization/flux-system/db (applied by Kustomization/flux-system/apps) ->"
                          + " Kustomization/flux-system/apps; none of them is ever reconciled (Flux checks"
                          + " dependsOn before it applies anything)");
            });
  }

  @Test
  void targetPossiblyInAnUnrenderedSourceIsAWarning() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/ks.yaml",
                """
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: platform
                  namespace: flux-system
                spec:
                  interval: 1h
                  path: ./deploy
                  sourceRef:
                    kind: GitRepository
                    name: platform-repo
                """
                    + ks("flux-system", "apps", "./apps", "    - name: cert-manager\n"))
            .file("apps/.keep", "")
            .graph();
    assertThat(g.hasErrors()).isFalse();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
              assertThat(f.type()).isEqualTo(Finding.Type.UNRESOLVED_DEPENDENCY);
              assertThat(f.message())
                  .isEqualTo(
                      "dependsOn Kustomization/flux-system/cert-manager: not in the rendered output; it"
                          + " may come from Kustomization/flux-system/platform, not rendered (map external"
                          + " sources with --source NAME=DIR)");
            });
    assertThat(g.blocked())
        .extracting(BlockedNode::reason)
        .containsExactly(
            "waits for Kustomization/flux-system/cert-manager, which is not in the rendered output");
  }

  @Test
  void helmReleaseAppliedTwiceIsAWarning() {
    DependencyGraph g =
        new TestRepo()
            .file(
                "clusters/home/ks.yaml",
                ks("flux-system", "a", "./shared", "") + ks("flux-system", "b", "./shared", ""))
            .file("shared/hr.yaml", hr("default", "app", ""))
            .graph();
    assertThat(g.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(Finding.Type.DUPLICATE_OBJECT);
              assertThat(f.isError()).isFalse();
            });
    assertThat(g.node(helmRelease("default", "app")).orElseThrow().appliedBy())
        .isEqualTo(kustomization("flux-system", "a"));
  }
}
