package dev.hops.check.rules.refs;

import dev.hops.check.CheckConfig;
import dev.hops.check.CheckSettings;
import dev.hops.check.CheckTesting;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.flux.FluxRenderer;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import java.util.Set;

/**
 * Inline repositories for the reference rules: one cluster "home" whose flux-system Kustomization
 * applies clusters/home ({@link CheckTesting#repo}), rendered as hops check renders it (Helm on,
 * offline, charts from the tests' cache) and checked with every built-in rule. The render is
 * complete unless a Kustomization or a HelmRelease fails ({@link #FAILING}).
 */
final class RefRepo {

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
    return CheckTesting.repo(apps);
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
    // Helm on, as hops check runs: a HelmRelease whose chart is missing fails on its own
    FluxRenderer renderer = CheckTesting.withHelm().offline(true).build();
    return references(
        CheckTesting.check(Checker.builder().settings(settings).build(), tree, renderer, "home"));
  }

  private static List<Finding> references(List<Finding> all) {
    return all.stream().filter(f -> RULES.contains(f.rule())).toList();
  }

  /** Rendered with Helm: the HelmReleases of {@code tree} take charts from the repository. */
  static List<Finding> checkWithHelm(MemoryTree tree) {
    return references(
        CheckTesting.check(
            Checker.withBuiltInRules(), tree, CheckTesting.withHelm().build(), "home"));
  }

  /** The findings of one rule. */
  static List<Finding> check(String rule, MemoryTree tree) {
    return CheckTesting.of(check(tree), rule);
  }

  /** The findings of one rule, for a cluster applying {@code apps}. */
  static List<Finding> check(String rule, String apps) {
    return check(rule, tree(apps));
  }
}
