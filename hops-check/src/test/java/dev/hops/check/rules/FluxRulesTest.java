package dev.hops.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.CheckTesting;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules over Flux's own semantics: substitution, the dependency graph, CRD order. */
class FluxRulesTest {

  private static List<Finding> check(MemoryTree tree, String rule) {
    tree.put(CheckTesting.SYNC_FILE, CheckTesting.SYNC);
    return CheckTesting.of(CheckTesting.check(Checker.withBuiltInRules(), tree), rule);
  }

  private static String ks(String name, String path, String extra) {
    return """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: flux-system
        spec:
          path: %s
          sourceRef:
            kind: GitRepository
            name: flux-system
        %s"""
        .formatted(name, path, extra.indent(2));
  }

  private static final String CONFIG_MAP =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: web
        namespace: default
      data:
        host: ${HOST}
        port: "${PORT:=8080}"
      """;

  @Test
  void anUndefinedVariableIsReportedWhereItIsUsedAndNotAlsoAsARenderingFailure() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("apps", "./apps", "postBuild:\n  substitute:\n    OTHER: x\n"))
            .put("apps/cm.yaml", CONFIG_MAP);
    List<Finding> f = check(tree, "undefined-variable");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().file()).isEqualTo("apps/cm.yaml");
              assertThat(x.pos().line()).isEqualTo(7);
              assertThat(x.object()).isEqualTo("ConfigMap/default/web");
              assertThat(x.message())
                  .isEqualTo(
                      "variable 'HOST' is not defined by Kustomization/flux-system/apps"
                          + " (postBuild.substitute or substituteFrom)");
            });
    assertThat(check(tree, "renders")).isEmpty();
  }

  @Test
  void definedOrDefaultedVariablesAreFine() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("apps", "./apps", "postBuild:\n  substitute:\n    HOST: example.org\n"))
            .put("apps/cm.yaml", CONFIG_MAP);
    assertThat(check(tree, "undefined-variable")).isEmpty();
    assertThat(check(tree, "unused-substitute")).isEmpty();
  }

  @Test
  void anUnusedSubstituteKeyIsAnInfoAtTheKey() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks(
                    "apps",
                    "./apps",
                    "postBuild:\n  substitute:\n    HOST: example.org\n    UNUSED: x\n"))
            .put("apps/cm.yaml", CONFIG_MAP);
    assertThat(check(tree, "unused-substitute"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(14);
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/apps");
              assertThat(x.severity().label()).isEqualTo("info");
            });
  }

  @Test
  void aDependencyOnNothingAndACycleAreErrors() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("a", "./apps", "dependsOn:\n  - name: b\n")
                    + "---\n"
                    + ks("b", "./apps", "dependsOn:\n  - name: a\n")
                    + "---\n"
                    + ks("c", "./apps", "dependsOn:\n  - name: nowhere\n"))
            .put("apps/cm.yaml", CONFIG_MAP.replace("${HOST}", "h"));
    assertThat(check(tree, "dependency-cycle")).isNotEmpty();
    assertThat(check(tree, "missing-dependency"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/c");
              assertThat(x.pos().line()).isEqualTo(38);
            });
  }

  private static final String RELEASE =
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
            sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
      """;

  @Test
  void aDependencyOnAnObjectOfTheOtherKindOrOnItselfIsAnError() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("a", "./apps", "dependsOn:\n  - name: web\n")
                    + "---\n"
                    + ks("b", "./apps", "dependsOn:\n  - name: b\n"))
            .put("clusters/home/release.yaml", RELEASE)
            .put("apps/cm.yaml", CONFIG_MAP.replace("${HOST}", "h"));
    assertThat(check(tree, "wrong-kind-dependency"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/a");
              assertThat(x.pos().line()).isEqualTo(12);
              assertThat(x.message()).contains("HelmRelease");
            });
    assertThat(check(tree, "self-dependency"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/b");
              assertThat(x.pos().line()).isEqualTo(25);
            });
    assertThat(check(tree, "missing-dependency")).isEmpty();
  }

  @Test
  void aMissingTargetIsOnlyAWarningWhileAnotherKustomizationFailed() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("a", "./apps", "dependsOn:\n  - name: ghost\n")
                    + "---\n"
                    + ks("broken", "./nowhere", ""))
            .put("apps/cm.yaml", CONFIG_MAP.replace("${HOST}", "h"));
    assertThat(check(tree, "missing-dependency")).isEmpty();
    assertThat(check(tree, "unresolved-dependency"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity().label()).isEqualTo("warning");
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/a");
              assertThat(x.pos().line()).isEqualTo(12);
            });
  }

  @Test
  void aHelmReleaseAppliedByTwoKustomizationsIsFound() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("one", "./shared", "") + "---\n" + ks("two", "./shared", ""))
            .put("shared/release.yaml", RELEASE);
    assertThat(check(tree, "duplicate-object"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.object()).isEqualTo("HelmRelease/flux-system/web");
              assertThat(x.pos().file()).isEqualTo("shared/release.yaml");
              assertThat(x.message()).contains("Kustomization/flux-system/one", "/two");
            });
    MemoryTree once =
        new MemoryTree()
            .put("clusters/home/apps.yaml", ks("one", "./shared", ""))
            .put("shared/release.yaml", RELEASE);
    assertThat(check(once, "duplicate-object")).isEmpty();
  }

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: widgets.example.com
      spec:
        group: example.com
        names: {kind: Widget, plural: widgets}
        scope: Namespaced
        versions:
          - name: v1
            served: true
            storage: true
      """;

  private static final String WIDGET =
      """
      apiVersion: example.com/v1
      kind: Widget
      metadata:
        name: w
        namespace: default
      """;

  @Test
  void aCustomObjectOutsideTheChainOfItsCrdIsAnError() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("crds", "./crds", "") + "---\n" + ks("apps", "./apps", ""))
            .put("crds/crd.yaml", CRD)
            .put("apps/widget.yaml", WIDGET);
    assertThat(check(tree, "crd-order"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().file()).isEqualTo("apps/widget.yaml");
              assertThat(x.pos().line()).isEqualTo(1);
              assertThat(x.object()).isEqualTo("Widget/default/w");
              assertThat(x.message())
                  .startsWith(
                      "Widget is defined by the CRD that Kustomization/flux-system/crds installs,"
                          + " which Kustomization/flux-system/apps does not wait for");
              assertThat(x.hint()).contains("dependsOn: {name: crds, namespace: flux-system}");
            });
  }

  @Test
  void aCustomObjectIsFineWithADependsOnChainOrInTheSameKustomization() {
    MemoryTree chained =
        new MemoryTree()
            .put(
                "clusters/home/apps.yaml",
                ks("crds", "./crds", "")
                    + "---\n"
                    + ks("configs", "./configs", "dependsOn:\n  - name: crds\n")
                    + "---\n"
                    + ks("apps", "./apps", "dependsOn:\n  - name: configs\n"))
            .put("crds/crd.yaml", CRD)
            .put("configs/cm.yaml", CONFIG_MAP.replace("${HOST}", "h"))
            .put("apps/widget.yaml", WIDGET);
    assertThat(check(chained, "crd-order")).isEmpty();
    MemoryTree together =
        new MemoryTree()
            .put("clusters/home/apps.yaml", ks("apps", "./apps", ""))
            .put("apps/crd.yaml", CRD)
            .put("apps/widget.yaml", WIDGET);
    assertThat(check(together, "crd-order")).isEmpty();
  }

  @Test
  void aChildOfTheKustomizationThatInstallsTheCrdIsFine() {
    MemoryTree tree =
        new MemoryTree()
            .put("clusters/home/crd.yaml", CRD)
            .put("clusters/home/apps.yaml", ks("apps", "./apps", ""))
            .put("apps/widget.yaml", WIDGET);
    assertThat(check(tree, "crd-order")).isEmpty();
  }
}
