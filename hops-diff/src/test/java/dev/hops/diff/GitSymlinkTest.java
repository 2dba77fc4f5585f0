package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.diff.scenario.GitRepoBuilder;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in a revision are followed as the file system follows them, so that a commit's
 * tree, the working tree and the folder on disk answer alike.
 */
class GitSymlinkTest {

  @TempDir Path dir;

  /** A repository in {@code dir/repo}; {@code dir/elsewhere.yaml} is outside it. */
  private GitRepository linkedRepository() throws IOException {
    java.nio.file.Files.writeString(dir.resolve("elsewhere.yaml"), "elsewhere: 1\n");
    try (GitRepoBuilder repo = GitRepoBuilder.init(dir.resolve("repo"))) {
      repo.write("shared/outside.yaml", "outside: 1\n")
          .write("flux/base/cm.yaml", "kind: ConfigMap\n")
          .write("flux/base/kustomization.yaml", "resources: [cm.yaml]\n")
          .link("flux/file-link.yaml", "base/cm.yaml")
          .link("flux/overlay", "base")
          .link("flux/deep/up", "../base/../base")
          .link("flux/chain", "overlay")
          .link("flux/leaves-folder.yaml", "../shared/outside.yaml")
          .link("flux/leaves-repo.yaml", "../../elsewhere.yaml")
          .link("flux/absolute.yaml", dir.resolve("repo/shared/outside.yaml").toString())
          .link("flux/dangling.yaml", "nothing.yaml")
          .link("flux/loop-a", "loop-b")
          .link("flux/loop-b", "loop-a")
          .commit("links");
    }
    return GitRepository.open(dir.resolve("repo/flux"));
  }

  @Test
  void linksInsideTheFolderResolveToTheirTargets() throws IOException {
    try (GitRepository git = linkedRepository()) {
      SourceTree tree = git.commit("HEAD").tree();
      assertThat(tree.isFile("file-link.yaml")).isTrue();
      assertThat(new String(tree.read("file-link.yaml"), StandardCharsets.UTF_8))
          .isEqualTo("kind: ConfigMap\n");
      assertThat(tree.realPath("file-link.yaml")).isEqualTo("base/cm.yaml");
      assertThat(tree.isDirectory("overlay")).isTrue();
      assertThat(tree.list("overlay")).containsExactly("cm.yaml", "kustomization.yaml");
      assertThat(tree.realPath("overlay/cm.yaml")).isEqualTo("base/cm.yaml");
      assertThat(tree.realPath("chain/kustomization.yaml")).isEqualTo("base/kustomization.yaml");
      assertThat(tree.realPath("deep/up/cm.yaml")).isEqualTo("base/cm.yaml");
      assertThat(tree.realPath("base/cm.yaml")).isEqualTo("base/cm.yaml");
      assertThat(tree.realPath("")).isEmpty();
    }
  }

  @Test
  void aLinkLeavingTheFolderIsReadableButNotInside() throws IOException {
    try (GitRepository git = linkedRepository()) {
      SourceTree tree = git.commit("HEAD").tree();
      assertThat(tree.isFile("leaves-folder.yaml")).isTrue();
      assertThat(new String(tree.read("leaves-folder.yaml"), StandardCharsets.UTF_8))
          .isEqualTo("outside: 1\n");
      assertThat(tree.realPath("leaves-folder.yaml")).isNull();
    }
  }

  @Test
  void linksLeavingTheRepositoryAbsoluteDanglingOrLoopingLeadNowhere() throws IOException {
    try (GitRepository git = linkedRepository()) {
      SourceTree tree = git.commit("HEAD").tree();
      for (String link : List.of("leaves-repo.yaml", "absolute.yaml")) {
        assertThat(tree.isFile(link)).as(link).isFalse();
        assertThat(tree.realPath(link)).as(link).isNull();
        assertThatThrownBy(() -> tree.read(link)).isInstanceOf(NoSuchFileException.class);
      }
      for (String link : List.of("dangling.yaml", "loop-a")) {
        assertThat(tree.isFile(link) || tree.isDirectory(link)).as(link).isFalse();
        assertThat(tree.realPath(link)).as(link).isEqualTo(link);
      }
      assertThat(tree.list(""))
          .contains("leaves-repo.yaml", "dangling.yaml", "loop-a"); // listed, as on disk
    }
  }

  @Test
  void aCommitTheWorkingTreeAndTheDiskAgreeOnEveryPathInsideTheRepository() throws IOException {
    try (GitRepository git = linkedRepository()) {
      SourceTree disk = SourceTree.onDisk(dir.resolve("repo/flux"));
      SourceTree commit = git.commit("HEAD").tree();
      SourceTree work = git.workingTree().tree();
      List<String> paths = new ArrayList<>();
      collect(disk, "", paths);
      assertThat(paths).hasSizeGreaterThan(10);
      for (String p : paths) {
        if (p.startsWith("leaves-repo") || p.startsWith("absolute")) {
          assertThat(disk.isFile(p)).isTrue(); // the disk follows these; a revision does not
          continue;
        }
        for (SourceTree t : List.of(commit, work)) {
          assertThat(t.isFile(p)).as(p).isEqualTo(disk.isFile(p));
          assertThat(t.isDirectory(p)).as(p).isEqualTo(disk.isDirectory(p));
          assertThat(t.realPath(p)).as(p).isEqualTo(disk.realPath(p));
          assertThat(t.display(p)).as(p).isEqualTo(disk.display(p));
          if (disk.isFile(p)) {
            assertThat(t.read(p)).as(p).isEqualTo(disk.read(p));
          }
          if (disk.isDirectory(p)) {
            assertThat(t.list(p)).as(p).isEqualTo(disk.list(p));
          }
        }
      }
    }
  }

  private static void collect(SourceTree tree, String dir, List<String> out) throws IOException {
    for (String name : tree.list(dir)) {
      String p = dir.isEmpty() ? name : dir + "/" + name;
      out.add(p);
      if (tree.isDirectory(p) && p.equals(tree.realPath(p))) {
        collect(tree, p, out);
      } else if (tree.isDirectory(p)) {
        for (String child : tree.list(p)) {
          out.add(p + "/" + child);
        }
      }
    }
  }
}
