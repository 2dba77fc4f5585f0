package dev.hops.flux.internal.helm;

import dev.hops.helm.ChartArchive;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Chart folders of source artifacts written out for Helm's loader, which reads a real folder: each
 * (tree, path) once, into a temporary folder removed on {@link #close}. Reading through the tree
 * keeps what the artifact leaves out (ignore rules) out of the chart too.
 */
final class ChartFolders implements AutoCloseable {

  private final Map<SourceTree, Map<String, Path>> written = new IdentityHashMap<>();
  private final Map<String, Path> unpacked = new java.util.HashMap<>();
  private final Map<Path, List<String>> copied = new java.util.HashMap<>();
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
    String leaf = path.isEmpty() ? "chart" : path.substring(path.lastIndexOf('/') + 1);
    Path out = newFolder().resolve(leaf);
    List<String> files = new ArrayList<>();
    copy(tree, path, out, files);
    byPath.put(path, out);
    copied.put(out, List.copyOf(files));
    return out;
  }

  /** The tree paths of the files written into {@code folder} by {@link #folder}, or none. */
  synchronized List<String> files(Path folder) {
    return copied.getOrDefault(folder, List.of());
  }

  /** A chart archive of the cache, unpacked (once per archive and version). */
  synchronized Path unpacked(Path archive) throws IOException {
    Path known = unpacked.get(archive.toString());
    if (known == null) {
      known = ChartArchive.unpack(archive, newFolder());
      unpacked.put(archive.toString(), known);
    }
    return known;
  }

  /** The archive's chart with {@code version} in its Chart.yaml, as helm-controller loads it. */
  synchronized Path withVersion(Path archive, String version) throws IOException {
    String key = archive + "@" + version;
    Path known = unpacked.get(key);
    if (known == null) {
      known = ChartArchive.unpack(archive, newFolder());
      Path chartYaml = known.resolve("Chart.yaml");
      Node doc =
          YamlReader.withDefaults()
              .readDocument(
                  Files.readString(chartYaml, StandardCharsets.UTF_8), chartYaml.toString());
      if (doc instanceof MappingNode m) {
        m.put("version", ScalarNode.ofString(version));
        Files.writeString(chartYaml, KustomizeYaml.toYaml(m));
      }
      unpacked.put(key, known);
    }
    return known;
  }

  /** A copy of the chart folder {@code chart} whose values.yaml holds {@code values}. */
  synchronized Path withValues(Path chart, Map<String, Object> values) throws IOException {
    Path out = newFolder().resolve(chart.getFileName().toString());
    try (Stream<Path> all = Files.walk(chart)) {
      for (Path p : all.toList()) {
        Path target = out.resolve(chart.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.writeString(out.resolve("values.yaml"), KustomizeYaml.toJson(values));
    return out;
  }

  /** The {@code version} of a chart folder's Chart.yaml ("" when absent). */
  static String chartVersion(Path chart) throws IOException {
    Path chartYaml = chart.resolve("Chart.yaml");
    Node doc =
        YamlReader.withDefaults()
            .readDocument(
                Files.readString(chartYaml, StandardCharsets.UTF_8), chartYaml.toString());
    return doc instanceof MappingNode m && m.getString("version") != null
        ? m.getString("version")
        : "";
  }

  private Path newFolder() throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("hops-charts");
    }
    return Files.createTempDirectory(root, "c");
  }

  private static void copy(SourceTree tree, String dir, Path out, List<String> files)
      throws IOException {
    Files.createDirectories(out);
    for (String name : tree.list(dir)) {
      String p = TreePaths.join(dir, name);
      if (tree.isDirectory(p)) {
        copy(tree, p, out.resolve(name), files);
      } else if (tree.isFile(p)) {
        Files.write(out.resolve(name), tree.read(p));
        files.add(p);
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
    unpacked.clear();
    copied.clear();
  }
}
