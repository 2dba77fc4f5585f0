package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.diff.scenario.GitRepoBuilder;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisions of a Flux repository folder read from Git: trees of commits, revisions by every name
 * Git knows, errors for unknown ones, and the files that differ.
 */
class GitRepositoryTest {

  @TempDir Path dir;

  private GitRepoBuilder repo;

  @BeforeEach
  void init() {
    repo = GitRepoBuilder.init(dir);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private static String text(SourceTree tree, String path) throws IOException {
    return new String(tree.read(path), StandardCharsets.UTF_8);
  }

  @Test
  void readsTheFolderOfACommitWithoutTheRestOfTheWorkTree() throws IOException {
    repo.write("README.md", "# outside\n")
        .write("deploy/flux/kustomization.yaml", "resources: [app.yaml]\n")
        .write("deploy/flux/app.yaml", "kind: ConfigMap\n")
        .write("deploy/flux/apps/web/deploy.yaml", "kind: Deployment\n")
        .write("deploy/other/x.yaml", "x: 1\n")
        .commit("first");
    repo.write("deploy/flux/app.yaml", "kind: Secret\n").commit("second");

    try (GitRepository git = GitRepository.open(dir.resolve("deploy/flux"))) {
      assertThat(git.folderPath()).isEqualTo("deploy/flux");
      assertThat(git.workTree()).isEqualTo(dir.toRealPath());
      SourceTree first = git.commit("HEAD~1").tree();
      assertThat(first.list("")).containsExactly("app.yaml", "apps", "kustomization.yaml");
      assertThat(first.list("apps")).containsExactly("web");
      assertThat(first.isDirectory("")).isTrue();
      assertThat(first.isDirectory("apps/web")).isTrue();
      assertThat(first.isFile("apps/web")).isFalse();
      assertThat(first.isFile("apps/web/deploy.yaml")).isTrue();
      assertThat(first.isFile("README.md")).isFalse();
      assertThat(text(first, "app.yaml")).isEqualTo("kind: ConfigMap\n");
      assertThat(text(git.commit("HEAD").tree(), "app.yaml")).isEqualTo("kind: Secret\n");
      assertThatThrownBy(() -> first.read("missing.yaml")).isInstanceOf(NoSuchFileException.class);
      assertThatThrownBy(() -> first.list("app.yaml"))
          .isInstanceOf(java.nio.file.NotDirectoryException.class);
      assertThatThrownBy(() -> first.read("apps")).hasMessageEndingWith(": is a directory");
    }
  }

  @Test
  void showsPathsAsTheFolderOnDiskDoes() {
    repo.write("deploy/flux/a.yaml", "a: 1\n").commit("first");
    Path folder = dir.resolve("deploy/flux");
    try (GitRepository git = GitRepository.open(folder)) {
      SourceTree disk = SourceTree.onDisk(folder);
      for (SourceTree tree : List.of(git.commit("HEAD").tree(), git.workingTree().tree())) {
        for (String p : List.of("", "a.yaml", "b/c.yaml")) {
          assertThat(tree.display(p)).isEqualTo(disk.display(p));
        }
      }
    }
  }

  @Test
  void resolvesRevisionsAsGitDoes() throws IOException {
    String first = repo.write("a.yaml", "v: 1\n").commit("first");
    repo.tag("v1").ref("refs/remotes/origin/main").ref("refs/heads/old");
    String second = repo.write("a.yaml", "v: 2\n").commit("second");
    try (GitRepository git = GitRepository.open(dir)) {
      assertThat(git.folderPath()).isEmpty();
      for (String rev :
          List.of("HEAD~1", "HEAD^", "v1", "old", "origin/main", first, first.substring(0, 8))) {
        Revision r = git.commit(rev);
        assertThat(r.commitId()).as(rev).isEqualTo(first);
        assertThat(r.name()).isEqualTo(rev);
        assertThat(text(r.tree(), "a.yaml")).isEqualTo("v: 1\n");
      }
      assertThat(git.commit("main").commitId()).isEqualTo(second);
      assertThat(git.commit("HEAD").toString()).isEqualTo("HEAD (" + second.substring(0, 7) + ")");
    }
  }

  @Test
  void anUnknownRevisionIsOneLineNamingIt() {
    repo.write("a.yaml", "v: 1\n").commit("first");
    try (GitRepository git = GitRepository.open(dir)) {
      String where = " in the Git repository " + git.workTree();
      assertThatThrownBy(() -> git.commit("nope"))
          .isInstanceOf(GitException.class)
          .hasMessage("unknown revision 'nope'" + where);
      assertThatThrownBy(() -> git.commit("HEAD~1"))
          .hasMessage("unknown revision 'HEAD~1'" + where);
      assertThatThrownBy(() -> git.commit("main:a.yaml"))
          .hasMessage("revision 'main:a.yaml' is not a commit");
      assertThatThrownBy(() -> git.commit("HEAD@{")).hasMessage("invalid revision 'HEAD@{'");
    }
  }

  @Test
  void aFolderOutsideAnyGitRepositoryIsOneLine(@TempDir Path plain) {
    assertThatThrownBy(() -> GitRepository.open(plain))
        .isInstanceOf(GitException.class)
        .hasMessage(
            "not a Git repository (nor is any folder above it): "
                + plain.toAbsolutePath().normalize()
                + "; hops diff reads the revisions from Git");
    assertThatThrownBy(() -> GitRepository.open(plain.resolve("missing")))
        .hasMessage(plain.resolve("missing").toAbsolutePath().normalize() + ": not a directory");
  }

  @Test
  void aFolderMissingFromARevisionIsAnEmptyTree() throws IOException {
    repo.write("README.md", "x\n").commit("before the Flux folder");
    repo.write("flux/a.yaml", "a: 1\n").commit("the Flux folder");
    try (GitRepository git = GitRepository.open(dir.resolve("flux"))) {
      Revision before = git.commit("HEAD~1");
      assertThat(before.tree().list("")).isEmpty();
      assertThat(git.changedFiles(before, git.commit("HEAD")))
          .containsExactly(new ChangedFile("a.yaml", ChangedFile.Status.ADDED));
    }
  }

  @Test
  void binaryFilesAreReadByteForByte() throws IOException {
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7);
    }
    repo.write("charts/icon.png", bytes).write("charts/crlf.txt", "a\r\nb\r\n").commit("binary");
    try (GitRepository git = GitRepository.open(dir)) {
      assertThat(git.commit("HEAD").tree().read("charts/icon.png")).isEqualTo(bytes);
      assertThat(git.workingTree().tree().read("charts/icon.png")).isEqualTo(bytes);
      assertThat(text(git.commit("HEAD").tree(), "charts/crlf.txt")).isEqualTo("a\r\nb\r\n");
      assertThat(git.changedFiles(git.commit("HEAD"), git.workingTree())).isEmpty();
    }
  }

  @Test
  void changedFilesBetweenCommitsAreRelativeToTheFolder() {
    repo.write("README.md", "1\n")
        .write("k8s/a.yaml", "a: 1\n")
        .write("k8s/b.yaml", "b: 1\n")
        .write("k8s/sub/c.yaml", "c: 1\n")
        .write("k8s/mode.sh", "echo\n")
        .commit("first");
    repo.write("README.md", "2\n")
        .write("k8s/a.yaml", "a: 2\n")
        .delete("k8s/b.yaml")
        .move("k8s/sub/c.yaml", "k8s/sub/renamed.yaml")
        .write("k8s/new/d.yaml", "d: 1\n")
        .commit("second");
    try (GitRepository git = GitRepository.open(dir.resolve("k8s"))) {
      assertThat(git.changedFiles(git.commit("HEAD~1"), git.commit("HEAD")))
          .map(ChangedFile::toString)
          .containsExactly(
              "M a.yaml", "R b.yaml", "A new/d.yaml", "R sub/c.yaml", "A sub/renamed.yaml");
      assertThat(git.changedFiles(git.commit("HEAD"), git.commit("HEAD~1")))
          .map(ChangedFile::toString)
          .containsExactly(
              "M a.yaml", "A b.yaml", "R new/d.yaml", "A sub/c.yaml", "R sub/renamed.yaml");
      assertThat(git.changedFiles(git.commit("HEAD"), git.commit("HEAD"))).isEmpty();
    }
  }
}
