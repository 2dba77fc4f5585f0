package dev.hops.flux.internal.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.FluxException;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Why artifacts cannot be produced, in source-watcher's words. */
class GeneratorFailuresTest {

  private static final String COPY_PREFIX =
      "out build failed: failed to apply copy operations: failed to apply copy operation from ";

  private static Generate withRepo() {
    return new Generate()
        .source(
            "GitRepository/flux-system/repo",
            new MemoryTree()
                .put("apps/base/README.md", "# apps\n")
                .put("apps/base/app.yaml", "kind: Deployment\n")
                .put("config.yaml", "config: true\n"));
  }

  private static String generator(String from, String to, String extra) {
    return """
        apiVersion: source.extensions.fluxcd.io/v1beta1
        kind: ArtifactGenerator
        metadata: {name: gen, namespace: flux-system}
        spec:
          sources: [{alias: repo, kind: GitRepository, name: repo}]
          artifacts:
            - name: out
              copy:
                - from: "FROM"
                  to: "TO"
        """
            .replace("FROM", from)
            .replace("TO", to)
        + extra.indent(6);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@nope/x | @artifact/ | source alias 'nope' not found",
        "@repo/apps/[ | @artifact/ | invalid glob pattern 'apps/[': syntax error in pattern",
        "@repo/nothing/* | @artifact/ | no files match pattern 'nothing/*' in source 'repo'",
        "@repo/missing.yaml | @artifact/ | source 'missing.yaml' does not exist",
        "@repo/../etc/passwd | @artifact/ | failed to stat source '../etc/passwd':"
            + " statat ../etc/passwd: path escapes from parent",
        "@repo/config.yaml | @artifact/../x.yaml | failed to create destination directory:"
            + " mkdirat ..: path escapes from parent",
        // os.Root opens a/ before it meets ..: the single-file destination is not cleaned
        "@repo/config.yaml | @artifact/a/../b.yaml | openat a/../b.yaml: no such file or directory",
        "@repo/config.yaml/x | @artifact/ | failed to stat source 'config.yaml/x':"
            + " statat config.yaml/x: not a directory",
      })
  void copyOperationErrors(String from, String to, String expected) {
    String reason = withRepo().failure(generator(from, to, ""));
    assertThat(reason).startsWith(COPY_PREFIX + "'" + from + "' to '" + to + "': ");
    assertThat(reason.substring(COPY_PREFIX.length())).contains(expected);
  }

  @Test
  void directoryOverAStagedFileFails() {
    String reason =
        withRepo()
            .failure(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: out
                      copy:
                        - {from: "@repo/config.yaml", to: "@artifact/base"}
                        - {from: "@repo/apps/base", to: "@artifact/"}
                """);
    // createDirRecursive takes "file exists" for success; the first file then fails
    assertThat(reason)
        .isEqualTo(
            COPY_PREFIX
                + "'@repo/apps/base' to '@artifact/': openat base/README.md: not a directory");
  }

  @Test
  void allMatchesExcluded() {
    String reason =
        withRepo().failure(generator("@repo/apps/base/*", "@artifact/", "    exclude: [\"*\"]\n"));
    assertThat(reason)
        .isEqualTo(
            COPY_PREFIX
                + "'@repo/apps/base/*' to '@artifact/': all files matching pattern 'apps/base/*'"
                + " in source 'repo' were excluded");
  }

  @Test
  void invalidExcludePattern() {
    String reason =
        withRepo().failure(generator("@repo/apps/**", "@artifact/", "    exclude: [\"[a\"]\n"));
    assertThat(reason).endsWith(": invalid exclude pattern '[a'");
  }

  @Test
  void extractIsNotSupportedOffline() {
    String reason =
        withRepo()
            .failure(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: out
                      copy:
                        - {from: "@repo/charts/*.tgz", to: "@artifact/", strategy: Extract}
                """);
    assertThat(reason).endsWith("is not supported offline");
    // what Flux checks before extracting is still checked
    assertThat(
            withRepo()
                .failure(
                    """
                    apiVersion: source.extensions.fluxcd.io/v1beta1
                    kind: ArtifactGenerator
                    metadata: {name: gen, namespace: flux-system}
                    spec:
                      sources: [{alias: repo, kind: GitRepository, name: repo}]
                      artifacts:
                        - name: out
                          copy: [{from: "@repo/config.yaml", to: "@artifact/", strategy: Extract}]
                    """))
        .endsWith("extract strategy requires tarball file (.tar.gz or .tgz), got 'config.yaml'");
  }

  @Test
  void unavailableSourceFailsEveryArtifact() {
    List<GeneratedArtifact> out =
        withRepo()
            .all(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources:
                    - {alias: repo, kind: GitRepository, name: repo}
                    - {alias: other, kind: Bucket, name: configs, namespace: infra}
                  artifacts:
                    - name: first
                      copy: [{from: "@repo/config.yaml", to: "@artifact/"}]
                    - name: second
                      copy: [{from: "@other/x.yaml", to: "@artifact/"}]
                """);
    assertThat(out).hasSize(2).allMatch(a -> !a.isAvailable());
    FluxException failure = out.get(0).failure();
    assertThat(failure.reason())
        .isEqualTo("get sources failed: source Bucket/infra/configs is not available offline");
    assertThat(failure.object()).isEqualTo("ArtifactGenerator/flux-system/gen");
    assertThat(failure.pos().toString()).startsWith("clusters/prod/artifacts.yaml:");
  }

  @Test
  void buildStopsAtTheFirstFailedArtifact() {
    List<GeneratedArtifact> out =
        withRepo()
            .all(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: first
                      copy: [{from: "@repo/config.yaml", to: "@artifact/"}]
                    - name: broken
                      copy: [{from: "@repo/nothing.yaml", to: "@artifact/"}]
                    - name: third
                      copy: [{from: "@repo/config.yaml", to: "@artifact/"}]
                """);
    assertThat(out).extracting(GeneratedArtifact::isAvailable).containsExactly(true, false, false);
    assertThat(out.get(1).failure().reason())
        .startsWith("broken build failed: failed to apply copy operations:");
    assertThat(out.get(2).failure().reason())
        .isEqualTo("not generated: the reconciliation stops at the failed artifact broken");
  }

  @Test
  void validateSpecFailures() {
    String duplicateAlias =
        withRepo()
            .failure(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources:
                    - {alias: repo, kind: GitRepository, name: repo}
                    - {alias: repo, kind: GitRepository, name: other}
                  artifacts:
                    - name: out
                      revision: "@repo"
                      copy: [{from: "@repo/config.yaml", to: "@artifact/"}]
                """);
    assertThat(duplicateAlias).isEqualTo("duplicate source alias 'repo' found");
    String unknownRevision =
        withRepo()
            .failure(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: out
                      revision: "@other"
                      copy: [{from: "@repo/config.yaml", to: "@artifact/"}]
                """);
    assertThat(unknownRevision).isEqualTo("artifact out revision source alias 'other' not found");
  }

  @Test
  void schemaViolationsAreRejectedBeforeFlux() {
    String reason =
        withRepo()
            .failure(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: HelmRepository, name: repo}]
                  artifacts:
                    - name: out
                      copy: [{from: "@repo/config.yaml", to: "/tmp/", strategy: Copy}]
                """);
    assertThat(reason)
        .startsWith("the API server rejects the object (CRD validation): ")
        .contains("spec.sources[0].kind: Unsupported value: \"HelmRepository\"")
        .contains("spec.artifacts[0].copy[0].to: Invalid value: \"/tmp/\"")
        .contains("spec.artifacts[0].copy[0].strategy: Unsupported value: \"Copy\"");
  }

  @Test
  void disabledGeneratorIsNotReconciled() {
    String reason =
        withRepo()
            .failure(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata:
                  name: gen
                  namespace: flux-system
                  annotations:
                    source.extensions.fluxcd.io/reconcile: Disabled
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: out
                      copy: [{from: "@repo/config.yaml", to: "@artifact/"}]
                """);
    assertThat(reason).startsWith("reconciliation is disabled");
  }

  @Test
  void pathPatternFailures() {
    String reason =
        new Generate()
            .source(
                "GitRepository/flux-system/repo",
                new MemoryTree().put("apps/Auth/a.yaml", "").put("apps/auth/a.yaml", ""))
            .failure(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  pathPattern: "@repo/apps/{app}"
                  artifacts:
                    - name: "{app}"
                      copy: [{from: "@repo/apps/{app}/**", to: "@artifact/"}]
                """);
    assertThat(reason)
        .isEqualTo(
            "failed to expand path pattern: pathPattern \"@repo/apps/{app}\": directories"
                + " \"apps/Auth\" and \"apps/auth\" both resolve to artifact name \"auth\"");
  }
}
