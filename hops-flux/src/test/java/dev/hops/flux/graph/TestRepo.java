package dev.hops.flux.graph;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.MemoryTree;
import java.util.List;

/** A small Flux repository in memory: a flux-system bootstrap syncing clusters/home. */
final class TestRepo {

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

  private final MemoryTree tree =
      new MemoryTree().put("clusters/home/flux-system/gotk-sync.yaml", SYNC);

  TestRepo file(String path, String content) {
    tree.put(path, content);
    return this;
  }

  DependencyGraph graph() {
    return DependencyGraph.of(FluxRenderer.builder().build().render(tree, "home")).getFirst();
  }

  /** A Flux Kustomization of the repository's source, as written in a ks.yaml. */
  static String ks(String namespace, String name, String path, String dependsOn) {
    return """
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: %s
        spec:
          interval: 1h
          path: %s
          prune: true
          sourceRef:
            kind: GitRepository
            name: flux-system
            namespace: flux-system
        %s"""
        .formatted(name, namespace, path, dependsOn.isEmpty() ? "" : "  dependsOn:\n" + dependsOn);
  }

  /** A HelmRelease; {@code dependsOn} is the YAML list under spec.dependsOn, or empty. */
  static String hr(String namespace, String name, String dependsOn) {
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
        .formatted(name, namespace, name, dependsOn.isEmpty() ? "" : "  dependsOn:\n" + dependsOn);
  }

  static ObjectRef kustomization(String namespace, String name) {
    return new ObjectRef(GraphNode.KUSTOMIZATION, namespace, name);
  }

  static ObjectRef helmRelease(String namespace, String name) {
    return new ObjectRef(GraphNode.HELM_RELEASE, namespace, name);
  }

  /** The refs of each wave, as strings. */
  static List<List<String>> waves(DependencyGraph g) {
    return g.waves().stream().map(w -> w.stream().map(n -> n.ref().toString()).toList()).toList();
  }
}
