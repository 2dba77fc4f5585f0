package dev.hops.flux.internal.artifact;

import static dev.hops.flux.internal.artifact.Generate.files;
import static dev.hops.flux.internal.artifact.Generate.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import org.junit.jupiter.api.Test;

/** The copy forms of builder.go, one generator with one artifact over a small repository. */
class CopyOperationsTest {

  private static MemoryTree repo() {
    return new MemoryTree()
        .put("apps/base/README.md", "# apps\n")
        .put("apps/base/podinfo/kustomization.yaml", "resources: [release.yaml]\n")
        .put("apps/base/podinfo/release.yaml", "kind: HelmRelease\n")
        .put("apps/production/kustomization.yaml", "resources: [../base/podinfo]\n")
        .put("apps/production/values.yaml", "replicas: 2\n")
        .put("apps/production/testdata/sample.yaml", "sample: true\n")
        .put("config.yaml", "config: true\n");
  }

  /** A generator with source {@code repo} and one artifact {@code out} with these copies. */
  private static String generator(String copy) {
    return """
        apiVersion: source.extensions.fluxcd.io/v1beta1
        kind: ArtifactGenerator
        metadata:
          name: gen
          namespace: flux-system
        spec:
          sources:
            - alias: repo
              kind: GitRepository
              name: repo
          artifacts:
            - name: out
              copy:
        """
        + copy.indent(8);
  }

  private static SourceTree build(String copy) {
    return new Generate().source("GitRepository/flux-system/repo", repo()).tree(generator(copy));
  }

  @Test
  void recursiveContentsOfADirectory() {
    // dir/** matches the entries of dir (io/fs.Glob); the dir/ prefix is dropped, and matched
    // directories are copied recursively
    SourceTree out =
        build(
            """
            - from: "@repo/apps/**"
              to: "@artifact/"
            """);
    assertThat(files(out))
        .containsExactly(
            "base/README.md",
            "base/podinfo/kustomization.yaml",
            "base/podinfo/release.yaml",
            "production/kustomization.yaml",
            "production/testdata/sample.yaml",
            "production/values.yaml");
    assertThat(read(out, "production/values.yaml")).isEqualTo("replicas: 2\n");
  }

  @Test
  void recursiveContentsIntoASubdirectory() {
    SourceTree out =
        build(
            """
            - from: "@repo/apps/base/**"
              to: "@artifact/base"
            """);
    assertThat(files(out))
        .containsExactly(
            "base/README.md", "base/podinfo/kustomization.yaml", "base/podinfo/release.yaml");
  }

  @Test
  void fileGlobKeepsTheWholeMatchedPath() {
    // calculateGlobDestination strips nothing unless the pattern ends in /**
    SourceTree out =
        build(
            """
            - from: "@repo/apps/production/*.yaml"
              to: "@artifact/prod/"
            """);
    assertThat(files(out))
        .containsExactly(
            "prod/apps/production/kustomization.yaml", "prod/apps/production/values.yaml");
  }

  @Test
  void doubleStarInTheMiddleIsOneLevel() {
    // io/fs.Glob has no **: apps/**/*.yaml is apps/*/*.yaml
    SourceTree out =
        build(
            """
            - from: "@repo/apps/**/*.yaml"
              to: "@artifact/"
            """);
    assertThat(files(out))
        .containsExactly("apps/production/kustomization.yaml", "apps/production/values.yaml");
  }

  @Test
  void singleFileToAFile() {
    SourceTree out =
        build(
            """
            - from: "@repo/config.yaml"
              to: "@artifact/settings/app.yaml"
            """);
    assertThat(files(out)).containsExactly("settings/app.yaml");
    assertThat(read(out, "settings/app.yaml")).isEqualTo("config: true\n");
  }

  @Test
  void singleFileIntoADirectoryWithTrailingSlash() {
    SourceTree out =
        build(
            """
            - from: "@repo/config.yaml"
              to: "@artifact/settings/"
            """);
    assertThat(files(out)).containsExactly("settings/config.yaml");
  }

  @Test
  void singleFileIntoAnExistingDirectoryWithoutSlash() {
    SourceTree out =
        build(
            """
            - from: "@repo/apps/production/values.yaml"
              to: "@artifact/settings/"
            - from: "@repo/config.yaml"
              to: "@artifact/settings"
            """);
    assertThat(files(out)).containsExactly("settings/config.yaml", "settings/values.yaml");
  }

  @Test
  void directoryIsCopiedAsASubdirectoryWithOrWithoutSlashes() {
    SourceTree out =
        build(
            """
            - from: "@repo/apps/production"
              to: "@artifact/deploy"
            - from: "@repo/apps/base/"
              to: "@artifact/deploy/"
            """);
    assertThat(files(out))
        .containsExactly(
            "deploy/base/README.md",
            "deploy/base/podinfo/kustomization.yaml",
            "deploy/base/podinfo/release.yaml",
            "deploy/production/kustomization.yaml",
            "deploy/production/testdata/sample.yaml",
            "deploy/production/values.yaml");
  }

  @Test
  void sourceRootCopiesEverything() {
    SourceTree out =
        build(
            """
            - from: "@repo/"
              to: "@artifact/"
            """);
    assertThat(files(out)).hasSize(7).contains("config.yaml", "apps/base/podinfo/release.yaml");
  }

  @Test
  void excludesByNameByPathAndBelowTheSelectionRoot() {
    SourceTree out =
        build(
            """
            - from: "@repo/apps/**"
              to: "@artifact/"
              exclude:
                - "*.md"                       # any depth: no slash in the pattern
                - "**/testdata/**"             # a whole directory
                - "base/podinfo/release.yaml"  # relative to apps/, the selection root
            """);
    assertThat(files(out))
        .containsExactly(
            "base/podinfo/kustomization.yaml",
            "production/kustomization.yaml",
            "production/values.yaml");
  }

  @Test
  void excludedSingleFileIsSkipped() {
    SourceTree out =
        build(
            """
            - from: "@repo/apps/production/values.yaml"
              to: "@artifact/"
            - from: "@repo/config.yaml"
              to: "@artifact/"
              exclude: ["config.*"]
            """);
    assertThat(files(out)).containsExactly("values.yaml");
  }

  @Test
  void laterCopiesOverwriteEarlierOnes() {
    SourceTree out =
        build(
            """
            - from: "@repo/apps/base/**"
              to: "@artifact/"
            - from: "@repo/config.yaml"
              to: "@artifact/podinfo/kustomization.yaml"
            """);
    assertThat(read(out, "podinfo/kustomization.yaml")).isEqualTo("config: true\n");

    SourceTree reversed =
        build(
            """
            - from: "@repo/config.yaml"
              to: "@artifact/podinfo/kustomization.yaml"
            - from: "@repo/apps/base/**"
              to: "@artifact/"
            """);
    assertThat(read(reversed, "podinfo/kustomization.yaml"))
        .isEqualTo("resources: [release.yaml]\n");
  }

  @Test
  void multipleCopiesIntoOneArtifact() {
    // the flux2-kustomize-helm-example layout
    SourceTree out =
        build(
            """
            - from: "@repo/apps/base/**"
              to: "@artifact/base/"
            - from: "@repo/apps/production/**"
              to: "@artifact/production/"
            """);
    assertThat(out.isFile("base/podinfo/kustomization.yaml")).isTrue();
    assertThat(out.isFile("production/kustomization.yaml")).isTrue();
    assertThat(read(out, "production/kustomization.yaml"))
        .isEqualTo("resources: [../base/podinfo]\n");
  }

  @Test
  void dotDotInAGlobDestinationIsCleanedAway() {
    SourceTree out =
        build(
            """
            - from: "@repo/apps/production/*.yaml"
              to: "@artifact/x/../y/"
            """);
    assertThat(files(out))
        .containsExactly("y/apps/production/kustomization.yaml", "y/apps/production/values.yaml");
  }

  @Test
  void filesAreReferencedAndShownUnderTheirSource() {
    SourceTree out =
        build(
            """
            - from: "@repo/config.yaml"
              to: "@artifact/app.yaml"
            """);
    assertThat(out.display("app.yaml")).isEqualTo("config.yaml");
    assertThat(out.display("")).isEqualTo("ExternalArtifact/flux-system/out");
    assertThat(out.isDirectory("")).isTrue();
  }
}
