package dev.hops.check.rules;

import dev.hops.check.CheckConfig;
import dev.hops.check.CheckSettings;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.flux.FluxRenderer;
import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import java.util.List;

/** Inline repositories for the house rules' tests: a flux bootstrap cluster and a check run. */
final class HouseTesting {

  /** {@code flux bootstrap}'s gotk-sync.yaml: the repository's source and the root. */
  static final String SYNC =
      """
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: GitRepository
      metadata:
        name: flux-system
        namespace: flux-system
      spec:
        url: ssh://git@github.com/example/home-ops
        ref:
          branch: main
      ---
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: flux-system
        namespace: flux-system
      spec:
        path: ./clusters/home
        sourceRef:
          kind: GitRepository
          name: flux-system
      """;

  private HouseTesting() {}

  /** A repository with the bootstrap files of cluster "home" (path ./clusters/home). */
  static MemoryTree repo() {
    return new MemoryTree()
        .put("clusters/home/flux-system/gotk-sync.yaml", SYNC)
        .put("clusters/home/flux-system/kustomization.yaml", "resources:\n  - gotk-sync.yaml\n");
  }

  /** Every finding of a run without Helm, with {@code hopsYaml} as .hops.yaml (null: none). */
  static List<Finding> check(SourceTree tree, String hopsYaml) {
    CheckConfig config =
        hopsYaml == null ? CheckConfig.EMPTY : CheckConfig.parse(hopsYaml, ".hops.yaml");
    Checker checker =
        Checker.builder().settings(new CheckSettings(config, null, List.of())).build();
    return checker.check(FluxRenderer.builder().helm(false).build().render(tree, "home"), tree);
  }

  /** The findings of one rule. */
  static List<Finding> of(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** A Flux Kustomization of the repository's source (with its namespace) at {@code path}. */
  static String ks(String name, String namespace, String path) {
    return """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: %s
        spec:
          path: %s
          sourceRef:
            kind: GitRepository
            name: flux-system
            namespace: flux-system
        """
        .formatted(name, namespace, path);
  }
}
