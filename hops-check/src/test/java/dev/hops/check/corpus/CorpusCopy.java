package dev.hops.check.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.check.CheckTesting;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A corpus repository copied into a folder where a test may plant defects, then checked. */
final class CorpusCopy {

  private final Path root;

  private CorpusCopy(Path root) {
    this.root = root;
  }

  /** The corpus repository; the test is skipped when the shared corpus is absent. */
  static Path corpusRepo(String name) {
    Path dir =
        Path.of(System.getProperty("hops.corpus", "../shared/corpus"), "repos", name)
            .toAbsolutePath()
            .normalize();
    assumeTrue(Files.isDirectory(dir), "the shared corpus is absent: skipping (" + dir + ")");
    return dir;
  }

  static CorpusCopy of(String name, Path into) throws IOException {
    Path from = corpusRepo(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = into.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return new CorpusCopy(into);
  }

  /** Replaces text in a file of the copy; the text must be there. */
  CorpusCopy replace(String file, String from, String to) {
    Path p = root.resolve(file);
    try {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (!text.contains(from)) {
        throw new AssertionError(file + " does not contain: " + from);
      }
      Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes a file into the copy. */
  CorpusCopy write(String file, String text) {
    try {
      Files.createDirectories(root.resolve(file).getParent());
      Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Renders (no Helm) and checks the copy with the built-in rules. */
  List<Finding> check() {
    SourceTree tree = SourceTree.onDisk(root);
    return CheckTesting.check(
        Checker.withBuiltInRules(), tree, CheckTesting.withoutHelm(), "corpus");
  }
}
