package dev.hops.flux.internal.artifact;

import static dev.hops.flux.internal.artifact.Generate.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * fluxcd/flux2-kustomize-helm-example's generator (clusters/production/artifacts.yaml) over the
 * repository on disk; skipped when the shared corpus is absent.
 */
class FluxExampleCorpusTest {

  /** The shared corpus, as hops-kustomize's tests find it; null when absent. */
  private static Path corpus() {
    String prop = System.getProperty("hops.corpus");
    Path p = (prop != null ? Path.of(prop) : Path.of("../../shared/corpus")).toAbsolutePath();
    return Files.isDirectory(p.normalize().resolve("repos")) ? p.normalize() : null;
  }

  @Test
  void productionArtifacts() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null, "shared corpus not present");
    Path repo = corpus.resolve("repos/flux2-kustomize-helm-example");
    assumeTrue(Files.isDirectory(repo), "flux2-kustomize-helm-example not in the corpus");

    String yaml = Files.readString(repo.resolve("clusters/production/artifacts.yaml"));
    List<MappingNode> generators = new ArrayList<>();
    for (Node doc : YamlReader.withDefaults().readDocuments(yaml, "artifacts.yaml")) {
      if (ArtifactGenerators.isGenerator((MappingNode) doc)) {
        generators.add((MappingNode) doc);
      }
    }
    assertThat(generators).hasSize(1);
    SourceTree checkout = SourceTree.onDisk(repo);
    ObjectRef gitRepository = new ObjectRef("GitRepository", "flux-system", "flux-system");
    Map<String, GeneratedArtifact> out =
        ArtifactGenerators.generate(generators, ref -> ref.equals(gitRepository) ? checkout : null)
            .stream()
            .collect(Collectors.toMap(a -> a.ref().toString(), Function.identity()));

    GeneratedArtifact apps = out.get("ExternalArtifact/flux-system/apps");
    assertThat(apps.failure()).isNull();
    assertThat(apps.tree().isFile("base/podinfo/kustomization.yaml")).isTrue();
    assertThat(apps.tree().isFile("production/kustomization.yaml")).isTrue();
    assertThat(files(apps.tree()))
        .allMatch(f -> f.startsWith("base/") || f.startsWith("production/"));
    assertThat(apps.tree().display("production/kustomization.yaml"))
        .endsWith("apps/production/kustomization.yaml");

    GeneratedArtifact infrastructure = out.get("ExternalArtifact/flux-system/infrastructure");
    assertThat(infrastructure.failure()).isNull();
    assertThat(files(infrastructure.tree()))
        .contains("controllers/kustomization.yaml", "configs/kustomization.yaml");
  }
}
