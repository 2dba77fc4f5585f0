package dev.hops.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DiskTree resolves real paths element by element exactly as the JDK's toRealPath does. */
class DiskTreeRealPathTest {

  @TempDir Path dir;

  @Test
  void sameAsToRealPath() throws IOException {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Path outside = Files.createDirectories(dir.resolve("outside/sub"));
    Files.createDirectories(root.resolve("apps/a/app"));
    Files.writeString(root.resolve("apps/a/app/kustomization.yaml"), "resources: []\n");
    Files.createSymbolicLink(root.resolve("apps/linked"), root.resolve("apps/a"));
    Files.createSymbolicLink(root.resolve("apps/relative"), Path.of("a/app"));
    Files.createSymbolicLink(root.resolve("out"), outside);
    Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nothing"));
    Files.createSymbolicLink(
        root.resolve("apps/a/app/file-link.yaml"), Path.of("kustomization.yaml"));
    Path linkedRoot = Files.createSymbolicLink(dir.resolve("repo-link"), root);
    for (Path r : List.of(root, linkedRoot)) {
      SourceTree tree = SourceTree.onDisk(r);
      for (String p :
          List.of(
              "",
              "apps",
              "apps/a/app",
              "apps/a/app/kustomization.yaml",
              "apps/linked",
              "apps/linked/app/kustomization.yaml",
              "apps/relative/kustomization.yaml",
              "apps/a/app/file-link.yaml",
              "apps/a/../a/app",
              "apps/linked/../a",
              "apps/./a",
              "apps//a",
              "apps/a/",
              "out",
              "out/sub",
              "dangling",
              "missing",
              "apps/missing/x")) {
        // ask twice: the second answer comes from what the first resolved
        assertThat(tree.realPath(p)).as(p).isEqualTo(byToRealPath(r, p));
        assertThat(tree.realPath(p)).as(p).isEqualTo(byToRealPath(r, p));
      }
    }
  }

  /** DiskTree.realPath as it was written before the element-by-element resolution. */
  private static String byToRealPath(Path rootPath, String path) {
    Path root = rootPath.toAbsolutePath().normalize();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root;
    }
    Path p = path.isEmpty() ? root : root.resolve(path);
    try {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return path;
      }
      Path real = p.toRealPath();
      if (!real.startsWith(realRoot)) {
        return null;
      }
      return realRoot.relativize(real).toString().replace('\\', '/');
    } catch (IOException e) {
      return path;
    }
  }
}
