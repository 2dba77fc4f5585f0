package dev.hops.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fast reader against snakeyaml-engine on every YAML file we have: the shared corpus (real
 * repositories, recorded kustomize outputs), the project's test resources and the YAML written
 * inline in the project's tests. Each file is read both ways; see {@link Differential}.
 */
class FastReaderCorpusTest {

  private static final Path PROJECT = Path.of("..");

  @TestFactory
  Stream<DynamicTest> fastPathReadsLikeSnakeyaml() {
    Path corpus = Path.of(System.getProperty("hops.corpus", "../shared/corpus"));
    return Stream.of(
        DynamicTest.dynamicTest("corpus repositories", () -> compareTree(corpus.resolve("repos"))),
        DynamicTest.dynamicTest(
            "corpus kustomize-golden", () -> compareTree(corpus.resolve("kustomize-golden"))),
        DynamicTest.dynamicTest("test resources", this::compareTestResources),
        DynamicTest.dynamicTest("YAML inline in tests", this::compareTextBlocks));
  }

  private void compareTree(Path root) throws IOException {
    assumeTrue(Files.isDirectory(root), "corpus not found at " + root + " (set -Dhops.corpus)");
    Differential d = new Differential();
    for (Path file : yamlFiles(root)) {
      compareFile(d, file);
    }
    report(root.toString(), d);
  }

  private void compareTestResources() throws IOException {
    Differential d = new Differential();
    try (Stream<Path> modules = Files.list(PROJECT)) {
      for (Path module : modules.sorted().toList()) {
        Path resources = module.resolve("src/test/resources");
        if (Files.isDirectory(resources)) {
          for (Path file : yamlFiles(resources)) {
            compareFile(d, file);
          }
        }
      }
    }
    report("test resources", d);
  }

  private static final Pattern TEXT_BLOCK =
      Pattern.compile("\"\"\"[ \\t]*\\n(.*?)\"\"\"", Pattern.DOTALL);

  /** Text blocks of the project's Java tests, read as Java reads them; most are YAML. */
  private void compareTextBlocks() throws IOException {
    Differential d = new Differential();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(PROJECT, 12)) {
      walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
          .sorted()
          .forEach(sources::add);
    }
    for (Path source : sources) {
      Matcher m = TEXT_BLOCK.matcher(Files.readString(source));
      while (m.find()) {
        String text;
        try {
          text = m.group(1).stripIndent().translateEscapes();
        } catch (IllegalArgumentException e) {
          continue;
        }
        d.compareFile(text, source.getFileName() + "@" + m.start());
      }
    }
    report("text blocks", d);
  }

  private static List<Path> yamlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static void compareFile(Differential d, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    d.compareFile(text, file.toString());
  }

  private static void report(String what, Differential d) {
    System.out.println("[fast path] " + what + ": " + d.summary());
    assertThat(d.failures).as(what).isEmpty();
  }
}
