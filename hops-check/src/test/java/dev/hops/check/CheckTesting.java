package dev.hops.check;

import dev.hops.flux.FluxRenderer;
import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import java.nio.file.Path;
import java.util.List;

/**
 * Inline repositories for the checker's tests: what {@code flux bootstrap} writes for a cluster
 * "home" that applies ./clusters/home, and a check run over a rendered tree.
 */
public final class CheckTesting {

  /** Where {@code flux bootstrap} writes the sync file of cluster "home". */
  public static final String SYNC_FILE = "clusters/home/flux-system/gotk-sync.yaml";

  /** The root Kustomization of {@code flux bootstrap}: it applies ./clusters/home. */
  public static final String SYNC =
      """
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

  /**
   * {@code flux bootstrap}'s whole gotk-sync.yaml: the GitRepository flux-system (the repository
   * itself) and the root Kustomization ({@link #SYNC}).
   */
  public static final String SYNC_WITH_SOURCE =
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
      """
          + SYNC;

  private CheckTesting() {}

  /** A repository whose cluster "home" applies {@code apps} (clusters/home/apps.yaml). */
  public static MemoryTree repo(String apps) {
    return new MemoryTree().put(SYNC_FILE, SYNC).put("clusters/home/apps.yaml", apps);
  }

  /** A checker of the built-in rules with {@code hopsYaml} as .hops.yaml (null: none). */
  public static Checker checker(String hopsYaml) {
    CheckConfig config =
        hopsYaml == null ? CheckConfig.EMPTY : CheckConfig.parse(hopsYaml, ".hops.yaml");
    return Checker.builder().settings(new CheckSettings(config, null, List.of())).build();
  }

  /** Renders {@code tree} without Helm, as {@code hops check --no-helm}, and checks it. */
  public static List<Finding> check(Checker checker, SourceTree tree) {
    return check(checker, tree, withoutHelm(), "home");
  }

  /**
   * Renders {@code tree} with {@code renderer} and checks it; {@code defaultName} names the cluster
   * of a repository that does not name its clusters.
   */
  public static List<Finding> check(
      Checker checker, SourceTree tree, FluxRenderer renderer, String defaultName) {
    return checker.check(renderer.render(tree, defaultName), tree);
  }

  public static FluxRenderer withoutHelm() {
    return FluxRenderer.builder().helm(false).build();
  }

  /** A renderer with Helm whose charts are cached in the tests' cache ({@code hops.test.cache}). */
  public static FluxRenderer.Builder withHelm() {
    String cache = System.getProperty("hops.test.cache", "target/test-cache");
    return FluxRenderer.builder().cacheDir(Path.of(cache));
  }

  /** The findings of one rule. */
  public static List<Finding> of(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
