package dev.hops.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the golden files of {@code src/test/resources/writer-golden}, recorded with {@code
 * kubectl kustomize} (kustomize v5.5.0) by {@code src/test/scripts/record_writer_golden.py}: for
 * every {@code X.input.yaml}, writing its resources must give {@code X.expected.yaml} byte for
 * byte, or fail when kustomize failed ({@code X.error.txt}).
 */
class WriterGoldenTest {

  @TestFactory
  Stream<DynamicTest> goldenFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/writer-golden")).toURI());
    List<Path> inputs;
    try (Stream<Path> list = Files.list(dir)) {
      inputs = list.filter(p -> p.toString().endsWith(".input.yaml")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : inputs) {
      String base = input.getFileName().toString().replace(".input.yaml", "");
      Path expected = dir.resolve(base + ".expected.yaml");
      Path error = dir.resolve(base + ".error.txt");
      if (Files.exists(expected)) {
        tests.addAll(documentTests(base, input, expected));
      } else {
        tests.add(DynamicTest.dynamicTest(base, () -> assertFails(input, error)));
      }
    }
    return tests.stream();
  }

  private static List<DynamicTest> documentTests(String base, Path input, Path expected)
      throws IOException {
    String inputText = Files.readString(input, StandardCharsets.UTF_8);
    List<Node> docs = YamlReader.withDefaults().readDocuments(inputText, input.toString());
    List<String> inputDocs = splitDocuments(inputText);
    List<String> expectedDocs = splitDocuments(Files.readString(expected, StandardCharsets.UTF_8));
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            base + " document count", () -> assertThat(docs).hasSize(expectedDocs.size())));
    for (int i = 0; i < Math.min(docs.size(), expectedDocs.size()); i++) {
      Node doc = docs.get(i);
      String want = expectedDocs.get(i);
      String source = i < inputDocs.size() ? inputDocs.get(i) : "";
      tests.add(
          DynamicTest.dynamicTest(
              base + " #" + (i + 1),
              () ->
                  assertThat(KustomizeYaml.toYaml(doc)).as("input:\n%s", source).isEqualTo(want)));
    }
    tests.add(
        DynamicTest.dynamicTest(
            base + " whole stream",
            () ->
                assertThat(KustomizeYaml.toYaml(docs))
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8))));
    return tests;
  }

  private static void assertFails(Path input, Path error) throws IOException {
    String text = Files.readString(input, StandardCharsets.UTF_8);
    String kubectlError = Files.readString(error, StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> KustomizeYaml.toYaml(YamlReader.withDefaults().readDocuments(text, "in.yaml")))
        .as("kustomize failed with: %s", kubectlError)
        .isInstanceOf(HopsException.class);
  }

  /**
   * Documents of a stream printed by kustomize: {@code ---\n} separates them, at the start of a
   * line; a document may end in a line break other than {@code \n} (U+2028 in a literal block).
   */
  static List<String> splitDocuments(String text) {
    List<String> docs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean lineStart = i == 0 || "\n\r\u0085\u2028\u2029".indexOf(text.charAt(i - 1)) >= 0;
      if (lineStart && text.startsWith("---\n", i)) {
        docs.add(text.substring(start, i));
        start = i + 4;
      }
    }
    docs.add(text.substring(start));
    return docs;
  }
}
