package dev.hops.kustomize.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.kustomize.Corpus;
import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every directory of the shared corpus built by Hops must print exactly what kustomize v5.5.0
 * printed for it ({@code ../shared/corpus/kustomize-golden}, recorded with kubectl kustomize), or
 * fail where it failed. Skipped, with a message, when the corpus is not on this machine.
 */
class CorpusConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyCorpusDirectoryIsByteIdentical() throws IOException {
    Path corpus = Corpus.root();
    assumeTrue(corpus != null, "the shared corpus (../shared/corpus) is absent: skipping");
    Path goldens = corpus.resolve("kustomize-golden");
    SourceTree tree = SourceTree.onDisk(corpus.resolve("repos"));
    Kustomizer kustomizer = Kustomizer.builder().build();
    List<Path> files;
    try (Stream<Path> s = Files.list(goldens)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(272);
    return files.stream()
        .map(
            golden -> {
              String name = golden.getFileName().toString();
              String dir = name.replaceAll("\\.(yaml|error)$", "").replace("__", "/");
              return DynamicTest.dynamicTest(
                  dir,
                  () -> {
                    if (name.endsWith(".error")) {
                      assertThatThrownBy(() -> kustomizer.build(tree, dir))
                          .isInstanceOf(HopsException.class);
                      return;
                    }
                    String actual = KustomizeYaml.toYaml(kustomizer.build(tree, dir).nodes());
                    assertThat(actual).isEqualTo(Files.readString(golden));
                  });
            });
  }
}
