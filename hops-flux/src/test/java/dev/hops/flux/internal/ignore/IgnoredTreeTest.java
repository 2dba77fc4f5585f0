package dev.hops.flux.internal.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.KustomizeYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The tree an artifact holds, and kustomize building over it. */
class IgnoredTreeTest {

  private static final String CM =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: %s
      """;

  private static String cm(String name) {
    return CM.formatted(name);
  }

  private static String kustomization(String... resources) {
    StringBuilder sb =
        new StringBuilder(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    for (String r : resources) {
      sb.append("  - ").append(r).append('\n');
    }
    return sb.toString();
  }

  private static String build(SourceTree tree, String path) {
    return KustomizeYaml.toYaml(Kustomizer.builder().build().build(tree, path).nodes());
  }

  /** Every file and folder of the tree, as a list of paths (folders end with /). */
  private static List<String> walk(SourceTree tree) throws IOException {
    List<String> out = new ArrayList<>();
    walk(tree, "", out);
    return out;
  }

  private static void walk(SourceTree tree, String dir, List<String> out) throws IOException {
    for (String name : tree.list(dir)) {
      String p = dir.isEmpty() ? name : dir + "/" + name;
      if (tree.isDirectory(p)) {
        out.add(p + "/");
        walk(tree, p, out);
      } else {
        assertThat(tree.isFile(p)).as(p).isTrue();
        out.add(p);
      }
    }
  }

  @Test
  void defaultsHideVcsCiImagesAndSops() throws IOException {
    MemoryTree base =
        new MemoryTree()
            .put(".git/config", "")
            .put(".git/objects/ab/cdef", "")
            .put(".gitignore", "")
            .put(".github/workflows/ci.yaml", "")
            .put(".sops.yaml", "")
            .put("apps/logo.png", "")
            .put("apps/app.yaml", cm("app"))
            .put("apps/.sops.yaml", "");
    IgnoredTree tree = IgnoredTree.artifact(base, null);
    assertThat(walk(tree)).containsExactly("apps/", "apps/app.yaml");
    assertThat(tree.isDirectory(".git")).isFalse();
    assertThat(tree.isFile(".sops.yaml")).isFalse();
    assertThat(tree.isFile("apps/app.yaml")).isTrue();
    assertThat(tree.isDirectory("")).isTrue();
    assertThatThrownBy(() -> tree.read(".sops.yaml")).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> tree.read("nope.yaml")).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> tree.list(".github")).isInstanceOf(NoSuchFileException.class);
    assertThat(new String(tree.read("apps/app.yaml"))).contains("name: app");
  }

  @Test
  void anIgnoredFolderWithAKeptFileInsideIsStillThere() throws IOException {
    MemoryTree base =
        new MemoryTree()
            .put("apps/dev/a.yaml", "")
            .put("apps/prod/b.yaml", "")
            .put("apps/prod/deep/c.yaml", "")
            .put("apps/top.yaml", "")
            .mkdir("apps/empty");
    IgnoredTree tree = IgnoredTree.artifact(base, "/apps/\n!/apps/prod/\n");
    assertThat(walk(tree))
        .containsExactly(
            "apps/", "apps/prod/", "apps/prod/b.yaml", "apps/prod/deep/", "apps/prod/deep/c.yaml");
    assertThat(tree.isDirectory("apps")).isTrue();
    assertThat(tree.isDirectory("apps/dev")).isFalse();
    assertThat(tree.isDirectory("apps/empty")).isFalse();
  }

  @Test
  void anIgnoredFolderWithNothingKeptIsNotEntered() throws IOException {
    AtomicInteger lists = new AtomicInteger();
    MemoryTree mem =
        new MemoryTree().put(".git/objects/a/b", "").put("a.yaml", "").put("deploy/b.yaml", "");
    SourceTree counting =
        new SourceTree() {
          @Override
          public boolean isDirectory(String path) {
            return mem.isDirectory(path);
          }

          @Override
          public boolean isFile(String path) {
            return mem.isFile(path);
          }

          @Override
          public byte[] read(String path) throws IOException {
            return mem.read(path);
          }

          @Override
          public List<String> list(String dir) throws IOException {
            if (dir.startsWith(".git")) {
              lists.incrementAndGet();
            }
            return mem.list(dir);
          }

          @Override
          public String display(String path) {
            return path;
          }
        };
    IgnoredTree tree =
        IgnoredTree.of(counting, SourceIgnore.forArtifact(counting, "/*\n!/deploy/"));
    assertThat(walk(tree)).containsExactly("deploy/", "deploy/b.yaml");
    // .git is searched for nothing and, with no '!' able to reach into it, never listed.
    assertThat(lists).hasValue(0);
  }

  @Test
  void aNameReincludedAnywhereIsKeptEvenInsideGit() throws IOException {
    MemoryTree base = new MemoryTree().put(".git/hooks/x.yaml", "").put(".git/config", "");
    // Flux matches every path on its own, so '!*.yaml' beats the '.git/' VCS pattern.
    assertThat(walk(IgnoredTree.artifact(base, "!*.yaml")))
        .containsExactly(".git/", ".git/hooks/", ".git/hooks/x.yaml");
  }

  @Test
  void emptyFoldersStayUnlessIgnored() throws IOException {
    MemoryTree base = new MemoryTree().mkdir("empty").mkdir("tmp").put("a.yaml", "");
    IgnoredTree tree = IgnoredTree.artifact(base, "tmp/");
    assertThat(walk(tree)).containsExactly("a.yaml", "empty/");
  }

  @Test
  void rulesAreLoadedLazilyAndFailuresSurfaceOnUse() {
    SourceTree broken =
        new SourceTree() {
          @Override
          public boolean isDirectory(String path) {
            return true;
          }

          @Override
          public boolean isFile(String path) {
            return false;
          }

          @Override
          public byte[] read(String path) throws IOException {
            throw new NoSuchFileException(path);
          }

          @Override
          public List<String> list(String dir) throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public String display(String path) {
            return path;
          }
        };
    IgnoredTree tree = IgnoredTree.artifact(broken, null);
    assertThat(tree.isFile("a")).isFalse();
    assertThatThrownBy(() -> tree.isDirectory("x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk on fire");
    assertThatThrownBy(() -> tree.list("x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("disk on fire");
  }

  // --- kustomize over the artifact tree

  @Test
  void aListedResourceThatIsIgnoredFailsLikeAMissingFile() {
    MemoryTree withIgnored =
        new MemoryTree()
            .put("app/kustomization.yaml", kustomization("a.yaml", "secret.sops.yaml"))
            .put("app/a.yaml", cm("a"))
            .put("app/secret.sops.yaml", cm("s"));
    MemoryTree without =
        new MemoryTree()
            .put("app/kustomization.yaml", kustomization("a.yaml", "secret.sops.yaml"))
            .put("app/a.yaml", cm("a"));
    IgnoredTree tree = IgnoredTree.artifact(withIgnored, "*.sops.yaml");
    Throwable ignored = catchThrowable(() -> build(tree, "app"));
    Throwable missing = catchThrowable(() -> build(without, "app"));
    assertThat(ignored).isNotNull();
    assertThat(ignored).hasMessage(missing.getMessage());
    assertThat(build(withIgnored, "app")).contains("name: s");
  }

  @Test
  void anIgnoredKustomizationPathIsNotADirectory() {
    MemoryTree base = new MemoryTree().put("apps/staging/kustomization.yaml", kustomization());
    IgnoredTree tree = IgnoredTree.artifact(base, "/apps/staging/");
    assertThatThrownBy(() -> build(tree, "apps/staging"))
        .hasMessageContaining("must build at directory: not a valid directory");
  }

  @Test
  void anIgnoredKustomizationFileIsNotFound() {
    MemoryTree base =
        new MemoryTree()
            .put("app/kustomization.yaml", kustomization("a.yaml"))
            .put("app/a.yaml", cm("a"));
    MemoryTree without = new MemoryTree().put("app/a.yaml", cm("a"));
    IgnoredTree tree = IgnoredTree.artifact(base, "kustomization.yaml");
    Throwable ignored = catchThrowable(() -> build(tree, "app"));
    assertThat(ignored).isNotNull();
    assertThat(ignored).hasMessage(catchThrowable(() -> build(without, "app")).getMessage());
  }

  @Test
  void aBaseKeptByReinclusionBuilds() {
    MemoryTree base =
        new MemoryTree()
            .put("overlay/kustomization.yaml", kustomization("../base", "extra.yaml"))
            .put("overlay/extra.yaml", cm("extra"))
            .put("base/kustomization.yaml", kustomization("a.yaml"))
            .put("base/a.yaml", cm("a"))
            .put("base/b.yaml", cm("b"));
    IgnoredTree tree = IgnoredTree.artifact(base, "/*\n!/base/\n!/overlay/\n/overlay/extra.yaml\n");
    Throwable t = catchThrowable(() -> build(tree, "overlay"));
    assertThat(t).hasMessageContaining("extra.yaml");
    IgnoredTree kept = IgnoredTree.artifact(base, "/*\n!/base/\n!/overlay/\n");
    assertThat(build(kept, "overlay")).contains("name: a").contains("name: extra");
  }
}
