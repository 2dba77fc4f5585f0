package dev.hops.check.rules.refs;

import dev.hops.check.CheckConfig;
import dev.hops.check.CheckSettings;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.flux.FluxRenderer;
import dev.hops.kustomize.MemoryTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Inline repositories for the reference rules: one cluster "home" whose flux-system Kustomization
 * applies clusters/home, rendered without Helm, checked with every built-in rule. The checker is
 * told HelmReleases were rendered (and none has output), so the cluster's render is complete unless
 * a Kustomization fails ({@link #FAILING}).
 */
final class RefRepo {

  static final String SYNC =
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

  /** A Kustomization that cannot render: the cluster's render is incomplete. */
  static final String FAILING =
      """
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: broken
        namespace: flux-system
      spec:
        path: ./nowhere
        sourceRef:
          kind: GitRepository
          name: flux-system
      """;

  private RefRepo() {}

  /** A repository whose cluster applies {@code apps} (clusters/home/apps.yaml). */
  static MemoryTree tree(String apps) {
    return new MemoryTree()
        .put("clusters/home/flux-system/gotk-sync.yaml", SYNC)
        .put("clusters/home/apps.yaml", apps);
  }

  static List<Finding> check(MemoryTree tree) {
    return check(tree, CheckConfig.EMPTY);
  }

  /**
   * The rules these tests are about: references, and renders (to show nothing is reported twice).
   */
  private static final Set<String> RULES =
      Set.of(
          "renders",
          "source-ref",
          "values-from",
          "substitute-from",
          "httproute-parent",
          "httproute-backend",
          "secret-store-ref",
          "config-ref",
          "storage-class",
          "kustomize-paths");

  static List<Finding> check(MemoryTree tree, CheckConfig config) {
    CheckSettings settings =
        new CheckSettings(config, CheckSettings.DEFAULT_KUBE_VERSION, List.of());
    return references(
        Checker.builder().settings(settings).build().check(renderer().render(tree, "home"), tree));
  }

  /** Helm on, as hops check runs: a HelmRelease whose chart is missing fails on its own. */
  private static FluxRenderer renderer() {
    String cache = System.getProperty("hops.test.cache", "target/test-cache");
    return FluxRenderer.builder().cacheDir(Path.of(cache)).offline(true).build();
  }

  private static List<Finding> references(List<Finding> all) {
    return all.stream().filter(f -> RULES.contains(f.rule())).toList();
  }

  /** Rendered with Helm: the HelmReleases of {@code tree} take charts from the repository. */
  static List<Finding> checkWithHelm(MemoryTree tree) {
    String cache = System.getProperty("hops.test.cache", "target/test-cache");
    return references(
        Checker.withBuiltInRules()
            .check(
                FluxRenderer.builder().cacheDir(Path.of(cache)).build().render(tree, "home"),
                tree));
  }

  /** The findings of one rule. */
  static List<Finding> check(String rule, MemoryTree tree) {
    return check(tree).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** The findings of one rule, for a cluster applying {@code apps}. */
  static List<Finding> check(String rule, String apps) {
    return check(rule, tree(apps));
  }
}
