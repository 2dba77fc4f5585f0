package dev.hops.check.rules;

import dev.hops.check.CheckTesting;
import dev.hops.check.Finding;
import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import java.util.List;

/**
 * Inline repositories for the house rules' tests: a cluster "home" as {@code flux bootstrap} lays
 * it out (the repository's GitRepository, the root Kustomization and its kustomization.yaml), and a
 * check run.
 */
final class HouseTesting {

  private HouseTesting() {}

  /** A repository with the bootstrap files of cluster "home" (path ./clusters/home). */
  static MemoryTree repo() {
    return new MemoryTree()
        .put(CheckTesting.SYNC_FILE, CheckTesting.SYNC_WITH_SOURCE)
        .put("clusters/home/flux-system/kustomization.yaml", "resources:\n  - gotk-sync.yaml\n");
  }

  /** Every finding of a run without Helm, with {@code hopsYaml} as .hops.yaml (null: none). */
  static List<Finding> check(SourceTree tree, String hopsYaml) {
    return CheckTesting.check(CheckTesting.checker(hopsYaml), tree);
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
