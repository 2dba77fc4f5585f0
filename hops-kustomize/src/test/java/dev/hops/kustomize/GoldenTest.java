package dev.hops.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden-directory tests of the whole engine, recorded from {@code kubectl kustomize} (kustomize
 * v5.5.0) by {@code src/test/golden-recorder/record.sh}.
 *
 * <p>Each directory {@code src/test/resources/golden/<case>/} holds:
 *
 * <ul>
 *   <li>{@code input/}: the file tree the kustomization is built from;
 *   <li>{@code args}: one line, the directory to build relative to {@code input/}, optionally
 *       followed by {@code --load-restrictor LoadRestrictionsNone};
 *   <li>either {@code expected.yaml}, kubectl's exact stdout, or {@code expected-error.txt},
 *       kubectl's stderr when it failed (for reference only: Hops must fail too, with a {@link
 *       HopsException} whose headline is one line of its own words);
 *   <li>optionally {@code expected-warnings.txt}: kubectl's stderr when the build succeeded but
 *       warned. The {@code # Warning:} lines in it must be, as a set, the {@code # Warning:} lines
 *       Hops reports through {@link Kustomizer.Builder#warnings}. Without the file Hops must report
 *       no such line.
 * </ul>
 *
 * <p>{@code -Dhops.golden.update=true} rewrites the {@code expected.yaml} files from Hops's own
 * output, to review intended changes with {@code git diff}; committed files come from kubectl.
 */
class GoldenTest {

  private static final String WARNING = "# Warning:";
  private static final boolean UPDATE = Boolean.getBoolean("hops.golden.update");

  static Path goldenRoot() {
    String prop = System.getProperty("hops.golden.dir");
    return (prop != null ? Path.of(prop) : Path.of("src/test/resources/golden"))
        .toAbsolutePath()
        .normalize();
  }

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    Path root = goldenRoot();
    assertThat(root).as("golden cases directory").isDirectory();
    List<Path> cases;
    try (Stream<Path> s = Files.list(root)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).as("golden cases in %s", root).isNotEmpty();
    return cases.stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(), dir.toUri(), () -> runCase(dir)));
  }

  /** What {@code args} asks for. */
  record Args(String dir, LoadRestrictor restrictor) {

    static Args parse(Path file) throws IOException {
      String line = Files.readString(file, StandardCharsets.UTF_8).strip();
      String[] words = line.split("\\s+");
      LoadRestrictor restrictor = LoadRestrictor.ROOT_ONLY;
      for (int i = 1; i < words.length; i++) {
        if (words[i].equals("--load-restrictor") && i + 1 < words.length) {
          restrictor =
              switch (words[++i]) {
                case "LoadRestrictionsNone" -> LoadRestrictor.NONE;
                case "LoadRestrictionsRootOnly" -> LoadRestrictor.ROOT_ONLY;
                default -> throw new IllegalArgumentException(file + ": " + line);
              };
        } else {
          throw new IllegalArgumentException(file + ": unknown argument " + words[i]);
        }
      }
      return new Args(words[0], restrictor);
    }
  }

  private static void runCase(Path dir) throws IOException {
    Args args = Args.parse(dir.resolve("args"));
    Path expectedYaml = dir.resolve("expected.yaml");
    Path expectedError = dir.resolve("expected-error.txt");
    boolean succeeds = Files.isRegularFile(expectedYaml);
    boolean fails = Files.isRegularFile(expectedError);
    if (succeeds == fails) {
      fail(dir + ": needs exactly one of expected.yaml and expected-error.txt (run record.sh)");
    }

    List<String> warnings = new ArrayList<>();
    Kustomizer kustomizer =
        Kustomizer.builder().loadRestrictor(args.restrictor()).warnings(warnings::add).build();
    SourceTree tree = SourceTree.onDisk(dir.resolve("input"));

    if (fails) {
      String kubectl = Files.readString(expectedError, StandardCharsets.UTF_8).strip();
      String built;
      try {
        built = render(kustomizer, tree, args.dir());
      } catch (HopsException e) {
        assertThat(e.headline())
            .as("Hops's error message (kubectl: %s)", kubectl)
            .isNotBlank()
            .doesNotContain("\n");
        return;
      } catch (RuntimeException e) {
        throw new AssertionError(
            "kubectl failed with\n  "
                + kubectl
                + "\nbut Hops failed with an exception that is not a HopsException",
            e);
      }
      fail("kubectl failed with\n  " + kubectl + "\nbut Hops built:\n" + built);
      return;
    }

    String expected = Files.readString(expectedYaml, StandardCharsets.UTF_8);
    String actual;
    try {
      actual = render(kustomizer, tree, args.dir());
    } catch (HopsException e) {
      throw new AssertionError("kubectl built the case but Hops failed: " + e.format(), e);
    }
    if (UPDATE) {
      if (!actual.equals(expected)) {
        Files.writeString(expectedYaml, actual, StandardCharsets.UTF_8);
      }
    } else {
      assertEquals(expected, actual, () -> firstDifference(expected, actual));
    }

    Path expectedWarnings = dir.resolve("expected-warnings.txt");
    TreeSet<String> want = new TreeSet<>();
    if (Files.isRegularFile(expectedWarnings)) {
      want.addAll(warningLines(Files.readString(expectedWarnings, StandardCharsets.UTF_8)));
    }
    TreeSet<String> got = new TreeSet<>(warningLines(String.join("\n", warnings)));
    assertThat(got).as("'%s' lines reported by Hops", WARNING).isEqualTo(want);
  }

  /** What {@code kustomize build} prints: a failure to write the output is a failure too. */
  private static String render(Kustomizer kustomizer, SourceTree tree, String dir) {
    return KustomizeYaml.toYaml(kustomizer.build(tree, dir).nodes());
  }

  private static List<String> warningLines(String text) {
    return text.lines().map(String::strip).filter(l -> l.startsWith(WARNING)).toList();
  }

  /** The first line where the outputs differ, to read failures without a diff tool. */
  static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int n = Math.min(e.size(), a.size());
    for (int i = 0; i < n; i++) {
      if (!e.get(i).equals(a.get(i))) {
        return "first difference at line "
            + (i + 1)
            + ":\n  kubectl: "
            + e.get(i)
            + "\n  hops:    "
            + a.get(i);
      }
    }
    if (e.size() != a.size()) {
      return "first difference at line "
          + (n + 1)
          + ":\n  kubectl: "
          + (n < e.size() ? e.get(n) : "<end of output>")
          + "\n  hops:    "
          + (n < a.size() ? a.get(n) : "<end of output>");
    }
    return "outputs differ in line endings or the final newline";
  }
}
