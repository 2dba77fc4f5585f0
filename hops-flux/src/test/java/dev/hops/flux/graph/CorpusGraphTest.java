package dev.hops.flux.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graphs of real repositories from the shared corpus (skipped when it is absent). */
class CorpusGraphTest {

  private static DependencyGraph graph(String repo) {
    Path dir = Path.of(System.getProperty("hops.corpus", "../shared/corpus"), "repos", repo);
    assumeTrue(Files.isDirectory(dir), "corpus repository not found: " + dir);
    List<DependencyGraph> graphs =
        DependencyGraph.of(FluxRenderer.builder().build().render(SourceTree.onDisk(dir), repo));
    assertThat(graphs).hasSize(1);
    return graphs.getFirst();
  }

  private static int wave(DependencyGraph g, String kind, String namespace, String name) {
    return g.wave(new ObjectRef(kind, namespace, name)).orElseThrow();
  }

  @Test
  void onedr0pHomeOps() {
    DependencyGraph g = graph("onedr0p-home-ops");
    assertThat(g.findings()).isEmpty();
    assertThat(g.blocked()).isEmpty();
    assertThat(g.waves().stream().mapToInt(List::size).sum()).isEqualTo(g.nodes().size());
    assertThat(wave(g, "Kustomization", "flux-system", "flux-system")).isZero();
    assertThat(wave(g, "Kustomization", "flux-system", "cluster-apps")).isEqualTo(1);
    int csi = wave(g, "Kustomization", "rook-ceph", "ceph-csi-drivers");
    assertThat(wave(g, "Kustomization", "rook-ceph", "rook-ceph")).isEqualTo(csi - 1);
    assertThat(wave(g, "Kustomization", "rook-ceph", "rook-ceph-cluster")).isEqualTo(csi + 1);
    assertThat(wave(g, "HelmRelease", "rook-ceph", "rook-ceph-cluster")).isEqualTo(csi + 2);
  }

  @Test
  void bjwsLabsHomeOps() {
    DependencyGraph g = graph("bjw-s-labs-home-ops");
    assertThat(g.findings()).isEmpty();
    assertThat(g.blocked()).isEmpty();
    GraphNode kopiur = g.node(new ObjectRef("Kustomization", "system", "kopiur")).orElseThrow();
    assertThat(g.dependents(kopiur)).hasSizeGreaterThan(20);
    GraphNode frigate =
        g.node(new ObjectRef("Kustomization", "home-automation", "frigate")).orElseThrow();
    assertThat(g.dependencies(frigate))
        .extracting(n -> n.ref().toString())
        .containsExactly(
            "Kustomization/kube-system/intel-gpu-resource-driver",
            "Kustomization/network/multus-networks",
            "Kustomization/system/kopiur");
    assertThat(g.wave(frigate.ref()))
        .hasValue(wave(g, "Kustomization", "network", "multus-networks") + 1);
  }
}
