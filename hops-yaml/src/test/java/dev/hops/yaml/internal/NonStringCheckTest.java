package dev.hops.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortcuts of {@link NonStringCheck} answer as parsing the value with snakeyaml does. */
class NonStringCheckTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "8080|true",
        "yes|true",
        "1.5|true",
        "~|true",
        "a: b|true",
        "- x|true",
        "[a]|true",
        "# c|true",
        "hello world|false",
        "ghcr.io/a/b:v1.2@sha256:0123|false",
        "http://x.y:80/z#f|false",
        "--- x|false",
        "a #b|false",
        "2001-12-14|false",
      })
  void answers(String value, boolean nonString) {
    assertThat(NonStringCheck.isValueNonString(value)).isEqualTo(nonString);
    assertThat(NonStringCheck.bySnakeyaml(value)).isEqualTo(nonString);
  }

  private static final String[] EDITS = {
    " ", ": ", ":", " #", "#", "-", "- ", "---", "...", "?", "'", "\"", "[", "{", ",", "&", "*",
    "!", "|", ">", "%", "@", "`", "\t", "é", "\u0085", "\\", "0", "1", ".", "e3", "_", "+", "y",
  };

  /** Every one-line scalar of the corpus, and random edits of them. */
  @Test
  void shortcutsAgreeWithSnakeyaml() throws IOException {
    Set<String> values = new TreeSet<>(List.of("", " ", "-", "--", "-1", "---", "...", ".5", "a:"));
    Path repos = Path.of(System.getProperty("hops.corpus", "../shared/corpus"), "repos");
    if (Files.isDirectory(repos)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(repos)) {
        files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      }
      for (Path file : files) {
        try {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          YamlReader.withDefaults().readDocuments(text, "x").forEach(d -> collect(d, values));
        } catch (RuntimeException | IOException e) {
          // not YAML Hops reads
        }
      }
    }
    List<String> all = new ArrayList<>(values);
    Random random = new Random(5);
    for (int n = Integer.getInteger("hops.fuzz.values", 20_000); n > 0; n--) {
      String v = all.get(random.nextInt(all.size()));
      int at = random.nextInt(v.length() + 1);
      all.add(v.substring(0, at) + EDITS[random.nextInt(EDITS.length)] + v.substring(at));
    }
    List<String> wrong = new ArrayList<>();
    for (String v : all) {
      if (!v.isEmpty()
          && v.indexOf('\n') < 0
          && NonStringCheck.isValueNonString(v) != NonStringCheck.bySnakeyaml(v)) {
        wrong.add(v);
      }
    }
    assertThat(wrong).as("of " + all.size() + " values").isEmpty();
  }

  private static void collect(Node n, Set<String> values) {
    switch (n) {
      case ScalarNode s -> {
        if (s.value().indexOf('\n') < 0) {
          values.add(s.value());
        }
      }
      case MappingNode m ->
          m.entries()
              .forEach(
                  e -> {
                    collect(e.key(), values);
                    collect(e.value(), values);
                  });
      case SequenceNode q -> q.items().forEach(i -> collect(i, values));
    }
  }
}
