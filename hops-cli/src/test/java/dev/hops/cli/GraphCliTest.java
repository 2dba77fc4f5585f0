package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hops graph}: the three drawings, the waves, findings on stderr and exit codes. */
class GraphCliTest {

  @TempDir Path dir;

  private static final String SYNC =
      """
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: GitRepository
      metadata:
        name: flux-system
        namespace: flux-system
      spec:
        interval: 1m
        url: https://example.com/home-ops
        ref:
          branch: main
      ---
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: flux-system
        namespace: flux-system
      spec:
        interval: 10m
        path: ./clusters/home
        prune: true
        sourceRef:
          kind: GitRepository
          name: flux-system
      """;

  @BeforeEach
  void bootstrap() throws IOException {
    write("clusters/home/flux-system/gotk-sync.yaml", SYNC);
  }

  private void write(String path, String content) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static String ks(String name, String path, String dependsOn) {
    return """
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: flux-system
        spec:
          interval: 1h
          path: %s
          prune: true
          sourceRef:
            kind: GitRepository
            name: flux-system
        %s"""
        .formatted(
            name, path, dependsOn.isEmpty() ? "" : "  dependsOn:\n    - name: " + dependsOn + "\n");
  }

  private static String hr(String namespace, String name, String dependsOn) {
    return """
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: %s
          namespace: %s
        spec:
          interval: 1h
          chartRef:
            kind: OCIRepository
            name: %s
        %s"""
        .formatted(
            name,
            namespace,
            name,
            dependsOn.isEmpty() ? "" : "  dependsOn:\n    - name: " + dependsOn + "\n");
  }

  /** flux-system applies infra and apps (apps depends on infra); each applies HelmReleases. */
  private void healthy() throws IOException {
    write("clusters/home/ks.yaml", ks("infra", "./infra", "") + ks("apps", "./apps", "infra"));
    write("infra/hr.yaml", hr("cert-manager", "cert-manager", ""));
    write("apps/hr.yaml", hr("web", "redis", "") + hr("web", "podinfo", "redis"));
  }

  /** Adds a cycle (a, b) and a dependsOn to nothing (c). */
  private void broken() throws IOException {
    healthy();
    write(
        "clusters/home/more.yaml",
        ks("a", "./a", "b") + ks("b", "./empty", "a") + ks("c", "./empty", "infrastructure"));
    write("a/hr.yaml", hr("default", "x", ""));
    write("empty/.keep", "");
  }

  @Test
  void treeNestsEachObjectUnderWhatItWaitsForLast() throws IOException {
    healthy();
    CliRun r = CliRun.of("graph", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            cluster home: 6 objects in 5 waves
            Kustomization/flux-system/flux-system
            └── Kustomization/flux-system/infra
                ├── HelmRelease/cert-manager/cert-manager
                └── Kustomization/flux-system/apps
                    └── HelmRelease/web/redis
                        └── HelmRelease/web/podinfo
            """);
  }

  @Test
  void wavesListTheReconciliationOrder() throws IOException {
    healthy();
    CliRun r = CliRun.of("graph", "--path", dir.toString(), "-o", "waves");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            cluster home
            wave 0 (1)
              Kustomization/flux-system/flux-system
            wave 1 (1)
              Kustomization/flux-system/infra
            wave 2 (2)
              Kustomization/flux-system/apps
              HelmRelease/cert-manager/cert-manager
            wave 3 (1)
              HelmRelease/web/redis
            wave 4 (1)
              HelmRelease/web/podinfo
            """);
  }

  @Test
  void mermaidIsAFlowchartWithStableIds() throws IOException {
    healthy();
    CliRun r = CliRun.of("graph", dir.toString(), "-o", "mermaid");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            flowchart LR
              %% solid: dependsOn (dependency --> dependent); dotted: Kustomization applies
              subgraph cluster_home["cluster home"]
                ks_flux_system__flux_system["Kustomization<br/>flux-system/flux-system"]
                ks_flux_system__apps["Kustomization<br/>flux-system/apps"]
                ks_flux_system__infra["Kustomization<br/>flux-system/infra"]
                hr_web__podinfo(["HelmRelease<br/>web/podinfo"])
                hr_web__redis(["HelmRelease<br/>web/redis"])
                hr_cert_manager__cert_manager(["HelmRelease<br/>cert-manager/cert-manager"])
              end
              ks_flux_system__infra --> ks_flux_system__apps
              ks_flux_system__flux_system -.-> ks_flux_system__apps
              ks_flux_system__flux_system -.-> ks_flux_system__infra
              hr_web__redis --> hr_web__podinfo
              ks_flux_system__apps -.-> hr_web__podinfo
              ks_flux_system__apps -.-> hr_web__redis
              ks_flux_system__infra -.-> hr_cert_manager__cert_manager
            """);
  }

  @Test
  void dotIsADigraph() throws IOException {
    healthy();
    CliRun r = CliRun.of("graph", dir.toString(), "-o", "dot");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith(
            """
            digraph flux {
              // solid: dependsOn (dependency -> dependent); dotted: Kustomization applies
              rankdir=LR;
              node [shape=box, fontname="Helvetica", fontsize=10];
              subgraph "cluster_0" {
                label="cluster home";
                "Kustomization/flux-system/flux-system" [label="Kustomization\\nflux-system/flux-system"];
            """)
        .contains(
            "    \"HelmRelease/web/redis\" [label=\"HelmRelease\\nweb/redis\", style=rounded];\n")
        .contains("  \"Kustomization/flux-system/infra\" -> \"Kustomization/flux-system/apps\";\n")
        .contains(
            "  \"Kustomization/flux-system/apps\" -> \"HelmRelease/web/redis\""
                + " [style=dotted, color=gray50];\n")
        .endsWith("}\n");
  }

  @Test
  void problemsGoToStderrOneLineEachAndFailTheRun() throws IOException {
    broken();
    CliRun r = CliRun.of("graph", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("cluster home: 10 objects in 5 waves, 4 blocked\n")
        .contains("    └── Kustomization/flux-system/apps\n")
        .endsWith(
            """

            blocked: Flux never reconciles these
            Kustomization/flux-system/c  (waits for Kustomization/flux-system/infrastructure, which does not exist)
            Kustomization/flux-system/a  (in dependency cycle Kustomization/flux-system/a -> Kustomization/flux-system/b -> Kustomization/flux-system/a)
            ├── HelmRelease/default/x
            └── Kustomization/flux-system/b
            """);
    String more = dir.resolve("clusters/home/more.yaml").toString();
    assertThat(r.err().lines())
        .containsExactly(
            "error: "
                + more
                + ":45:7: Kustomization/flux-system/c: dependsOn"
                + " Kustomization/flux-system/infrastructure: no such Kustomization in cluster home;"
                + " Flux waits for it forever",
            "error: "
                + more
                + ":15:7: Kustomization/flux-system/a: dependency cycle: Kustomization/flux-system/a ("
                + more
                + ":15:7) -> Kustomization/flux-system/b ("
                + more
                + ":30:7) -> Kustomization/flux-system/a; none of them is ever reconciled");
  }

  @Test
  void mermaidAndDotMarkBlockedObjectsAndMissingTargets() throws IOException {
    broken();
    CliRun mermaid = CliRun.of("graph", dir.toString(), "-o", "mermaid");
    assertThat(mermaid.exitCode()).isEqualTo(1);
    assertThat(mermaid.out())
        .contains(
            "    ks_flux_system__infrastructure[\"Kustomization<br/>flux-system/infrastructure"
                + "<br/>(missing)\"]\n")
        .contains("  ks_flux_system__infrastructure --> ks_flux_system__c\n")
        .contains(
            "  class ks_flux_system__a,ks_flux_system__b,ks_flux_system__c,hr_default__x blocked\n")
        .contains("  class ks_flux_system__infrastructure missing\n");
    CliRun dot = CliRun.of("graph", dir.toString(), "-o", "dot");
    assertThat(dot.exitCode()).isEqualTo(1);
    assertThat(dot.out())
        .contains(
            "\"Kustomization/flux-system/a\" [label=\"Kustomization\\nflux-system/a\","
                + " color=red3, fontcolor=red3];")
        .contains(
            "\"Kustomization/flux-system/infrastructure\" [label=\"Kustomization\\n"
                + "flux-system/infrastructure\\n(missing)\", style=dashed, color=red3,"
                + " fontcolor=red3];");
  }

  @Test
  void aFailedKustomizationIsReportedAndTheRestIsStillDrawn() throws IOException {
    healthy();
    write("clusters/home/bad.yaml", ks("bad", "./does-not-exist", ""));
    CliRun r = CliRun.of("graph", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("├── Kustomization/flux-system/bad  (failed to render)\n")
        .contains("HelmRelease/web/podinfo");
    assertThat(r.err()).contains("Kustomization/flux-system/bad").contains("path not found");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void badFormatAndRepositoryGivenTwiceAreOneLineErrors() throws IOException {
    healthy();
    CliRun format = CliRun.of("graph", dir.toString(), "-o", "svg");
    assertThat(format.exitCode()).isEqualTo(1);
    assertThat(format.err())
        .isEqualTo("Error: invalid output format 'svg': use tree, waves, mermaid, dot\n");
    CliRun twice = CliRun.of("graph", "--path", dir.toString(), dir.toString());
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err()).contains("either as --path or as argument");
    CliRun missing = CliRun.of("graph", dir.resolve("nothing").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).startsWith("Error: ").contains("not a directory");
  }

  @Test
  void severalClustersGetOneTreeEachAndPrefixedIds() throws IOException {
    healthy();
    write("clusters/lab/flux-system/gotk-sync.yaml", SYNC.replace("clusters/home", "clusters/lab"));
    write("clusters/lab/ks.yaml", ks("apps", "./apps", ""));
    CliRun tree = CliRun.of("graph", dir.toString());
    assertThat(tree.exitCode()).isZero();
    assertThat(tree.out())
        .contains("cluster home: 6 objects in 5 waves\n")
        .contains(
            """

            cluster lab: 4 objects in 4 waves
            Kustomization/flux-system/flux-system
            └── Kustomization/flux-system/apps
                └── HelmRelease/web/redis
                    └── HelmRelease/web/podinfo
            """);
    CliRun mermaid = CliRun.of("graph", dir.toString(), "-o", "mermaid");
    assertThat(mermaid.out())
        .contains("  subgraph cluster_lab__lab[\"cluster lab\"]\n")
        .contains("    lab__ks_flux_system__apps[\"Kustomization<br/>flux-system/apps\"]\n")
        .contains("  home__ks_flux_system__infra --> home__ks_flux_system__apps\n");
    CliRun one = CliRun.of("graph", dir.toString(), "--cluster", "lab", "-o", "waves");
    assertThat(one.out()).startsWith("cluster lab\n").doesNotContain("cluster home");
  }

  @Test
  void helpExplainsTheTreeAndTheFormats() {
    CliRun r = CliRun.of("graph", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Usage: hops graph")
        .contains("depth is its wave")
        .contains("tree (default), waves, mermaid or dot")
        .contains("--cluster");
  }
}
