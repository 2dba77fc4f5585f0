package dev.hops.flux.internal.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fluxcd/pkg {@code sourceignore/sourceignore_test.go}, then the rules as source-controller wires
 * them for GitRepository, Bucket and {@code flux push artifact}.
 */
class SourceIgnoreTest {

  private static List<String> split(String path) {
    return IgnorePatternTest.split(path);
  }

  private static void assertMatches(GitIgnore m, List<String> matches, List<String> mismatches) {
    for (String p : matches) {
      assertThat(m.match(split(p), false)).as(p).isTrue();
    }
    for (String p : mismatches) {
      assertThat(m.match(split(p), false)).as(p).isFalse();
    }
  }

  // --- sourceignore_test.go

  @Test
  void readPatternsSimple() {
    GitIgnore m =
        new GitIgnore(SourceIgnore.readPatterns("ignore-dir/*\n!ignore-dir/include\n", null));
    assertMatches(m, List.of("ignore-dir/file.yaml"), List.of("file.yaml", "ignore-dir/include"));
  }

  @Test
  void readPatternsWithComments() {
    GitIgnore m =
        new GitIgnore(SourceIgnore.readPatterns("ignore-dir/*\n# !ignore-dir/include", null));
    assertMatches(m, List.of("ignore-dir/file.yaml", "ignore-dir/include"), List.of());
  }

  @Test
  void readPatternsDomainScoped() {
    GitIgnore m =
        new GitIgnore(SourceIgnore.readPatterns("ignore-dir/*", List.of("domain", "scoped")));
    assertMatches(
        m, List.of("domain/scoped/ignore-dir/file.yaml"), List.of("ignore-dir/file.yaml"));
  }

  @Test
  void readIgnoreFile() {
    List<IgnorePattern> ps =
        SourceIgnore.readPatterns("# .sourceignore\nignore-this.txt", List.of("tmp"));
    assertThat(ps).extracting(IgnorePattern::text).containsExactly("ignore-this.txt");
    assertThat(ps.get(0).domain()).containsExactly("tmp");
  }

  @Test
  void vcsPatterns() {
    assertMatches(
        SourceIgnore.defaultMatcher(List.of(), List.of()),
        List.of(".git/config", ".gitignore"),
        List.of("workload.yaml", "workload.yml", "simple.txt"));
    assertMatches(
        SourceIgnore.defaultMatcher(List.of(), List.of("directory")),
        List.of("directory/.git/config", "directory/.gitignore"),
        List.of("other/.git/config"));
  }

  @Test
  void defaultPatterns() {
    assertMatches(
        SourceIgnore.defaultMatcher(List.of(), List.of()),
        List.of(
            "image.jpg",
            "archive.tar.gz",
            ".github/workflows/workflow.yaml",
            "subdir/.flux.yaml",
            "subdir2/.sops.yaml"),
        List.of("workload.yaml", "workload.yml", "simple.txt"));
    assertMatches(
        SourceIgnore.defaultMatcher(List.of(), List.of("directory")),
        List.of("directory/image.jpg", "directory/archive.tar.gz"),
        List.of("other/image.jpg", "other/archive.tar.gz"));
    assertMatches(
        SourceIgnore.defaultMatcher(List.of(IgnorePattern.parse("!*.jpg", null)), List.of()),
        List.of(),
        List.of("image.jpg"));
  }

  @Test
  void loadIgnorePatterns() throws IOException {
    MemoryTree tree =
        new MemoryTree()
            .put(".sourceignore", "root.txt")
            .put("d/.gitignore", "ignored")
            .put("z/.sourceignore", "last.txt")
            .put("a/b/.sourceignore", "subdir.txt")
            .put("e/last.txt", "foo")
            .put("a/c/subdir.txt", "bar");
    List<IgnorePattern> ps = SourceIgnore.loadIgnorePatterns(tree, "");
    assertThat(ps)
        .extracting(IgnorePattern::toString)
        .containsExactly("root.txt", "a/b: subdir.txt", "z: last.txt");
  }

  // --- reading ignore files as Go's bufio.Scanner does

  @Test
  void readPatternsLines() {
    List<IgnorePattern> ps =
        SourceIgnore.readPatterns(
            "a\r\n\r\n   \n\t\n\u00a0\n  #not a comment\n#comment\nb \nlast", List.of());
    assertThat(ps)
        .extracting(IgnorePattern::text)
        .containsExactly("a", "  #not a comment", "b ", "last");
  }

  @Test
  void aLineOver64KiBEndsTheFile() {
    String longest = "x".repeat(65535);
    assertThat(SourceIgnore.readPatterns("a\n" + longest + "\nb", List.of())).hasSize(3);
    String tooLong = "x".repeat(65536);
    assertThat(SourceIgnore.readPatterns("a\n" + tooLong + "\nb", List.of()))
        .extracting(IgnorePattern::text)
        .containsExactly("a");
  }

  // --- GitRepository: storage.SourceIgnoreFilter over LoadIgnorePatterns + spec.ignore

  private static final List<String> DEFAULT_EXCLUDED =
      List.of(
          ".git/config",
          ".gitignore",
          ".gitmodules",
          ".gitattributes",
          "apps/.gitignore",
          "logo.png",
          "docs/a.jpeg",
          "charts/app-1.0.0.tar.gz",
          ".github/workflows/ci.yaml",
          ".circleci/config.yml",
          ".travis.yml",
          ".gitlab-ci.yml",
          "cloudbuild.yaml",
          ".sops.yaml",
          "clusters/prod/.sops.yaml",
          "apps/.flux.yaml",
          ".goreleaser.yml");

  private static SourceIgnore artifact(MemoryTree tree, String specIgnore) throws IOException {
    return SourceIgnore.forArtifact(tree, specIgnore);
  }

  @Test
  void withoutAnyPatternTheDefaultsApply() throws IOException {
    SourceIgnore si = artifact(new MemoryTree().put("a.yaml", ""), null);
    for (String p : DEFAULT_EXCLUDED) {
      assertThat(si.isIgnored(p, false)).as(p).isTrue();
    }
    assertThat(si.isIgnored(".github", true)).isTrue();
    assertThat(si.isIgnored(".github", false)).isFalse();
    assertThat(si.isIgnored("apps/deploy.yaml", false)).isFalse();
    assertThat(si.isIgnored("", true)).isFalse();
    // Patterns without a slash match at any depth, not only at the root.
    assertThat(si.isIgnored("apps/.github/x.yaml", false)).isTrue();
  }

  @Test
  void anyPatternDropsTheDefaultsButNotTheVcsPatterns() throws IOException {
    SourceIgnore si =
        artifact(new MemoryTree().put("deep/down/.sourceignore", "nothing-here\n"), null);
    for (String p : DEFAULT_EXCLUDED) {
      boolean vcs =
          List.of(".git/config", ".gitignore", ".gitmodules", ".gitattributes", "apps/.gitignore")
              .contains(p);
      assertThat(si.isIgnored(p, false)).as(p).isEqualTo(vcs);
    }
  }

  @Test
  void emptyOrCommentOnlyIgnoreKeepsTheDefaults() throws IOException {
    assertThat(artifact(new MemoryTree(), "").isIgnored(".sops.yaml", false)).isTrue();
    assertThat(artifact(new MemoryTree(), "# nothing\n\n").isIgnored(".sops.yaml", false)).isTrue();
    assertThat(
            artifact(new MemoryTree().put(".sourceignore", "# x\n"), null)
                .isIgnored(".sops.yaml", false))
        .isTrue();
    // "/" is a pattern that matches nothing, yet it drops the defaults.
    assertThat(artifact(new MemoryTree(), "/").isIgnored(".sops.yaml", false)).isFalse();
  }

  @Test
  void specIgnoreComesLastAndWins() throws IOException {
    MemoryTree tree =
        new MemoryTree().put(".sourceignore", "*.txt\n!keep.yaml\n").put("apps/a.yaml", "");
    SourceIgnore si = artifact(tree, "!notes.txt\nkeep.yaml\n!.gitignore\n");
    assertThat(si.isIgnored("a.txt", false)).isTrue();
    assertThat(si.isIgnored("notes.txt", false)).isFalse();
    assertThat(si.isIgnored("keep.yaml", false)).isTrue();
    assertThat(si.isIgnored(".gitignore", false)).isFalse();
    assertThat(si.isIgnored(".gitmodules", false)).isTrue();
  }

  @Test
  void sourceignoreFilesAreScopedToTheirFolder() throws IOException {
    MemoryTree tree =
        new MemoryTree()
            .put(".sourceignore", "*.md\n")
            .put("apps/.sourceignore", "!README.md\n/local.yaml\nsecret/\n")
            .put("apps/README.md", "");
    SourceIgnore si = artifact(tree, null);
    assertThat(si.isIgnored("README.md", false)).isTrue();
    assertThat(si.isIgnored("apps/README.md", false)).isFalse();
    assertThat(si.isIgnored("apps/sub/README.md", false)).isFalse();
    assertThat(si.isIgnored("apps/local.yaml", false)).isTrue();
    assertThat(si.isIgnored("apps/sub/local.yaml", false)).isFalse();
    assertThat(si.isIgnored("local.yaml", false)).isFalse();
    assertThat(si.isIgnored("apps/secret", true)).isTrue();
    assertThat(si.isIgnored("apps/x/secret/a.yaml", false)).isTrue();
    assertThat(si.isIgnored("secret/a.yaml", false)).isFalse();
  }

  @Test
  void specIgnoreIsRelativeToTheRoot() throws IOException {
    SourceIgnore si = artifact(new MemoryTree(), "/clusters/staging/\napps/**/test\n");
    assertThat(si.isIgnored("clusters/staging", true)).isTrue();
    assertThat(si.isIgnored("clusters/staging/flux-system/gotk-sync.yaml", false)).isTrue();
    assertThat(si.isIgnored("clusters/staging", false)).isFalse();
    assertThat(si.isIgnored("other/clusters/staging", true)).isFalse();
    assertThat(si.isIgnored("apps/a/b/test/x.yaml", false)).isTrue();
    assertThat(si.isIgnored("apps/test", true)).isTrue();
  }

  @Test
  void gitFoldersAreNotSearchedForIgnoreFiles() throws IOException {
    MemoryTree tree =
        new MemoryTree().put(".git/.sourceignore", "*.yaml").put("a/.git/.sourceignore", "*");
    assertThat(SourceIgnore.loadIgnorePatterns(tree, "")).isEmpty();
    assertThat(artifact(tree, null).isIgnored(".sops.yaml", false)).isTrue();
  }

  @Test
  void symlinkedFoldersAreNotSearchedForIgnoreFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("real"));
    Files.writeString(dir.resolve("real/.sourceignore"), "*.txt");
    Files.createDirectories(dir.resolve("repo"));
    Files.createSymbolicLink(dir.resolve("repo/linked"), dir.resolve("real"));
    SourceTree tree = SourceTree.onDisk(dir.resolve("repo"));
    assertThat(SourceIgnore.loadIgnorePatterns(tree, "")).isEmpty();
  }

  // --- Bucket and flux push artifact

  @Test
  void bucketReadsOnlyTheRootIgnoreFileAndHasNoDefaults() throws IOException {
    MemoryTree tree =
        new MemoryTree().put(".sourceignore", "*.txt\n").put("sub/.sourceignore", "*.yaml\n");
    SourceIgnore si = SourceIgnore.forBucket(tree, "!keep.txt");
    assertThat(si.isIgnored(".sourceignore", false)).isTrue();
    assertThat(si.isIgnored("sub/.sourceignore", false)).isFalse();
    assertThat(si.isIgnored("a.txt", false)).isTrue();
    assertThat(si.isIgnored("keep.txt", false)).isFalse();
    assertThat(si.isIgnored("sub/a.yaml", false)).isFalse();
    assertThat(si.isIgnored(".sops.yaml", false)).isFalse();
    assertThat(si.isIgnored(".git/config", false)).isFalse();
    assertThat(si.filesOnly()).isTrue();
  }

  @Test
  void pushIgnoresVcsAndExtensionsByDefault() {
    SourceIgnore si = SourceIgnore.forPush(SourceIgnore.PUSH_DEFAULT_IGNORE_PATHS);
    assertThat(si.isIgnored(".git", true)).isTrue();
    assertThat(si.isIgnored("logo.png", false)).isTrue();
    assertThat(si.isIgnored(".github/workflows/ci.yaml", false)).isFalse();
    assertThat(si.isIgnored(".sops.yaml", false)).isFalse();
    assertThat(SourceIgnore.forPush(List.of("/tests/", "*.md")).isIgnored("logo.png", false))
        .isFalse();
  }

  @Test
  void defaultConstantsAreFluxs() {
    assertThat(SourceIgnore.PUSH_DEFAULT_IGNORE_PATHS)
        .containsExactly(
            ".git/",
            ".gitignore",
            ".gitmodules",
            ".gitattributes",
            "*.jpg",
            "*.jpeg",
            "*.gif",
            "*.png",
            "*.wmv",
            "*.flv",
            "*.tar.gz",
            "*.zip");
    assertThat(SourceIgnore.defaultMatcher(List.of(), List.of()).patterns()).hasSize(24);
  }
}
