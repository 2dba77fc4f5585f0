package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.scenario.GitRepoBuilder;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The working tree as a revision: the folder on disk with uncommitted and untracked changes, less
 * what Git ignores and {@code .git}.
 */
class WorkingTreeTest {

  @TempDir Path dir;

  @Test
  void uncommittedAndUntrackedChangesAreInIgnoredFilesAreNot() throws IOException {
    try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
      repo.write("flux/a.yaml", "a: 1\n")
          .write("flux/b.yaml", "b: 1\n")
          .write("flux/gone.yaml", "g: 1\n")
          .write("flux/build/kept.yaml", "k: 1\n")
          .write("flux/tracked.local.yaml", "t: 1\n")
          .commit("first");
      repo.write(".gitignore", "*.local.yaml\nbuild/\n/flux/secrets/\n")
          .commit("ignore rules that match tracked files");
      repo.write("flux/a.yaml", "a: 2\n")
          .delete("flux/gone.yaml")
          .write("flux/untracked.yaml", "u: 1\n")
          .write("flux/dev.local.yaml", "ignored: 1\n")
          .write("flux/build/new.yaml", "ignored: 1\n")
          .write("flux/secrets/s.yaml", "ignored: 1\n")
          .write("flux/apps/.gitignore", "scratch.yaml\n")
          .write("flux/apps/scratch.yaml", "ignored: 1\n")
          .write("flux/apps/app.yaml", "app: 1\n");
    }
    try (GitRepository git = GitRepository.open(dir.resolve("flux"))) {
      Revision work = git.workingTree();
      SourceTree tree = work.tree();
      assertThat(work.isWorkingTree()).isTrue();
      assertThat(work.commitId()).isNull();
      assertThat(tree.list(""))
          .containsExactly(
              "a.yaml", "apps", "b.yaml", "build", "tracked.local.yaml", "untracked.yaml");
      assertThat(tree.list("build")).containsExactly("kept.yaml");
      assertThat(tree.list("apps")).containsExactly(".gitignore", "app.yaml");
      assertThat(new String(tree.read("a.yaml"), StandardCharsets.UTF_8)).isEqualTo("a: 2\n");
      assertThat(tree.isFile("gone.yaml")).isFalse();
      assertThat(tree.isFile("dev.local.yaml")).isFalse();
      assertThat(tree.isDirectory("secrets")).isFalse();
      assertThat(git.changedFiles(git.commit("HEAD"), work))
          .map(ChangedFile::toString)
          .containsExactly(
              "M a.yaml",
              "A apps/.gitignore",
              "A apps/app.yaml",
              "R gone.yaml",
              "A untracked.yaml");
    }
  }

  @Test
  void theGitFolderIsNotPartOfTheWorkingTree() throws IOException {
    try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
      repo.write("a.yaml", "a: 1\n").commit("first");
    }
    try (GitRepository git = GitRepository.open(dir)) {
      SourceTree tree = git.workingTree().tree();
      assertThat(tree.list("")).containsExactly("a.yaml");
      assertThat(tree.isDirectory(".git")).isFalse();
      assertThat(git.changedFiles(git.commit("HEAD"), git.workingTree())).isEmpty();
    }
  }

  @Test
  void aFileChangedBackToItsCommittedContentIsNotChanged() throws IOException {
    try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
      repo.write("a.yaml", "a: 1\n").commit("first");
      repo.write("a.yaml", "a: 2\n").write("a.yaml", "a: 1\n");
    }
    try (GitRepository git = GitRepository.open(dir)) {
      assertThat(git.changedFiles(git.commit("HEAD"), git.workingTree())).isEmpty();
    }
  }
}
