package dev.hops.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recorded {@code kubectl kustomize} output of the shared corpus, read and written again,
 * must come out byte for byte: kustomize's output is a fixed point of its own writer.
 */
class CorpusRoundTripTest {

  static Path goldenDir() {
    String corpus = System.getProperty("hops.corpus", "../shared/corpus");
    return Path.of(corpus, "kustomize-golden");
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenOutputRoundTrips() throws IOException {
    Path dir = goldenDir();
    assumeTrue(Files.isDirectory(dir), "corpus not found at " + dir + " (set -Dhops.corpus)");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String text = Files.readString(file, StandardCharsets.UTF_8);
                      List<Node> docs =
                          YamlReader.withDefaults().readDocuments(text, file.toString());
                      assertThat(KustomizeYaml.toYaml(docs)).isEqualTo(text);
                    }));
  }
}
