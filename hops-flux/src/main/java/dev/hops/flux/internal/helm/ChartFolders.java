package dev.hops.flux.internal.helm;

import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Chart folders of source artifacts written out for Helm's loader, which reads a real folder: each
 * (tree, path) once, into a temporary folder removed on {@link #close}. Reading through the tree
 * keeps what the artifact leaves out (ignore rules) out of the chart too.
 */
final class ChartFolders implements AutoCloseable {

  private final Map<SourceTree, Map<String, Path>> written = new IdentityHashMap<>();
  private Path root;

  /** The folder holding {@code path} of {@code tree}, or null when the tree has no such folder. */
  synchronized Path folder(SourceTree tree, String path) throws IOException {
    if (!tree.isDirectory(path)) {
      return null;
    }
    Map<String, Path> byPath = written.computeIfAbsent(tree, t -> new java.util.HashMap<>());
    Path known = byPath.get(path);
    if (known != null) {
      return known;
    }
    if (root == null) {
      root = Files.createTempDirectory("hops-charts");
    }
    String leaf = path.isEmpty() ? "chart" : path.substring(path.lastIndexOf('/') + 1);
    Path out = Files.createTempDirectory(root, "c").resolve(leaf);
    copy(tree, path, out);
    byPath.put(path, out);
    return out;
  }

  private static void copy(SourceTree tree, String dir, Path out) throws IOException {
    Files.createDirectories(out);
    for (String name : tree.list(dir)) {
      String p = TreePaths.join(dir, name);
      if (tree.isDirectory(p)) {
        copy(tree, p, out.resolve(name));
      } else if (tree.isFile(p)) {
        Files.write(out.resolve(name), tree.read(p));
      }
    }
  }

  @Override
  public synchronized void close() {
    if (root == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove temporary chart folders: " + e.getMessage(), e);
    }
    root = null;
    written.clear();
  }
}
