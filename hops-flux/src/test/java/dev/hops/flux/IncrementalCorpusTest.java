package dev.hops.flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real repositories of the shared corpus (skipped when it is absent), read into memory and changed
 * in a few files: the second render gives what a fresh renderer gives, and builds again exactly the
 * Kustomizations whose inputs changed.
 */
class IncrementalCorpusTest {

  static Map<String, String> load(String repo) throws IOException {
    Path dir = Path.of(System.getProperty("hops.corpus", "../shared/corpus"), "repos", repo);
    assumeTrue(Files.isDirectory(dir), "corpus repository not found: " + dir);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(".git/")) {
          files.put(rel, Files.readString(p));
        }
      }
    }
    return files;
  }

  /** For each file, the Kustomizations (their folders) whose build read it. */
  static Map<String, Set<String>> readers(RenderResult r) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (ClusterResult c : r.clusters()) {
      for (KsResult k : c.kustomizations()) {
        for (String f : k.inputs()) {
          out.computeIfAbsent(f, x -> new TreeSet<>()).add(folder(k.path()));
        }
      }
    }
    return out;
  }

  private static String folder(String fluxPath) {
    String p = fluxPath.startsWith("./") ? fluxPath.substring(2) : fluxPath;
    p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    return p.isEmpty() || p.equals(".") ? "." : p;
  }

  /** The first file with the given number of readers (1, or 2 and more) that is not removed. */
  private static String pick(Map<String, Set<String>> readers, boolean shared, Set<String> taken) {
    for (Map.Entry<String, Set<String>> e : readers.entrySet()) {
      boolean matches = shared ? e.getValue().size() > 1 : e.getValue().size() == 1;
      if (matches && e.getKey().endsWith(".yaml") && !taken.contains(e.getKey())) {
        return e.getKey();
      }
    }
    return null;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"bjw-s-labs-home-ops", "onedr0p-home-ops", "flux2-kustomize-helm-example"})
  void changedFilesRebuildExactlyTheirReaders(String repo) throws IOException {
    Map<String, String> base = load(repo);
    RenderResult first =
        FluxRenderer.builder().helm(false).build().render(IncrementalRenderTest.tree(base), repo);
    Map<String, Set<String>> readers = readers(first);
    Set<String> changed = new TreeSet<>();
    String own = pick(readers, false, changed);
    changed.add(own);
    String shared = pick(readers, true, changed);
    if (shared != null) {
      changed.add(shared);
    }
    Map<String, String> head = new TreeMap<>(base);
    for (String f : changed) {
      head.put(f, head.get(f) + "\n# changed\n");
    }
    Set<String> expected = new TreeSet<>();
    changed.forEach(f -> expected.addAll(readers.get(f)));

    Steps steps =
        IncrementalRenderTest.renderTwice(
            IncrementalRenderTest.tree(base),
            IncrementalRenderTest.tree(head),
            FluxRenderer.builder().helm(false));
    assertThat(new TreeSet<>(steps.ran(IncrementalRenderTest.BUILD)))
        .as("changed " + changed)
        .isEqualTo(expected);
    assertThat(steps.reused(IncrementalRenderTest.BUILD)).hasSizeGreaterThan(expected.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"onedr0p-home-ops", "flux2-kustomize-helm-example"})
  void aRemovedFileFailsItsReaderAsAFreshRenderDoes(String repo) throws IOException {
    Map<String, String> base = load(repo);
    RenderResult first =
        FluxRenderer.builder().helm(false).build().render(IncrementalRenderTest.tree(base), repo);
    Map<String, Set<String>> readers = readers(first);
    String removed = pick(readers, false, Set.of());
    Map<String, String> head = new TreeMap<>(base);
    head.remove(removed);
    Steps steps =
        IncrementalRenderTest.renderTwice(
            IncrementalRenderTest.tree(base),
            IncrementalRenderTest.tree(head),
            FluxRenderer.builder().helm(false));
    List<String> ran = new ArrayList<>(steps.ran(IncrementalRenderTest.BUILD));
    assertThat(ran).as("removed " + removed).containsAll(readers.get(removed));
    assertThat(steps.changed).isTrue();
  }
}
