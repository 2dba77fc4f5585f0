package dev.hops.flux.internal.artifact;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.internal.artifact.GeneratorSpec.OutputArtifact;
import dev.hops.flux.internal.artifact.GeneratorSpec.SourceRef;
import dev.hops.flux.internal.model.Fields;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flux's ArtifactGenerator ({@code source.extensions.fluxcd.io/v1beta1}, source-watcher) run
 * offline: the ExternalArtifacts it composes from other sources, as file trees.
 *
 * <p>Generators that read an ExternalArtifact another one of them produces run after it; other
 * sources come from {@link ArtifactSources}.
 */
public final class ArtifactGenerators {

  private final List<GeneratorSpec> specs;
  private final ArtifactSources sources;
  private final Map<Integer, List<GeneratedArtifact>> done = new HashMap<>();
  private final Set<Integer> running = new HashSet<>();
  private final Map<ObjectRef, GeneratedArtifact> produced = new HashMap<>();

  private ArtifactGenerators(List<MappingNode> generators, ArtifactSources sources) {
    this.specs = generators.stream().map(GeneratorSpec::read).toList();
    this.sources = sources;
  }

  /**
   * The artifacts of the ArtifactGenerator objects, generator by generator in the given order, each
   * generator's artifacts in the order it builds them.
   *
   * @param generators ArtifactGenerator objects as rendered
   * @param sources the sources' artifacts by kind, namespace and name
   */
  public static List<GeneratedArtifact> generate(
      List<MappingNode> generators, ArtifactSources sources) {
    ArtifactGenerators run = new ArtifactGenerators(generators, sources);
    List<GeneratedArtifact> out = new ArrayList<>();
    for (int i = 0; i < run.specs.size(); i++) {
      out.addAll(run.reconcile(i));
    }
    return out;
  }

  /**
   * Whether an object is an ArtifactGenerator ({@code source.extensions.fluxcd.io}, any version).
   */
  public static boolean isGenerator(MappingNode obj) {
    return GeneratorSpec.KIND.equals(Fields.string(obj, "kind"))
        && Fields.string(obj, "apiVersion").startsWith("source.extensions.fluxcd.io/");
  }

  private List<GeneratedArtifact> reconcile(int i) {
    List<GeneratedArtifact> result = done.get(i);
    if (result != null) {
      return result;
    }
    running.add(i);
    GeneratorSpec spec = specs.get(i);
    for (SourceRef source : spec.sources()) {
      if (GeneratorSpec.EXTERNAL_ARTIFACT.equals(source.kind())) {
        runProducerOf(source.toRef());
      }
    }
    result = GeneratorRun.reconcile(spec, this::fetch);
    for (GeneratedArtifact a : result) {
      produced.putIfAbsent(a.ref(), a);
    }
    done.put(i, result);
    running.remove(i);
    return result;
  }

  /** Runs first the generator that declares the artifact (not one already running: a cycle). */
  private void runProducerOf(ObjectRef artifact) {
    for (int j = 0; j < specs.size(); j++) {
      if (!done.containsKey(j) && !running.contains(j) && declares(specs.get(j), artifact)) {
        reconcile(j);
      }
    }
  }

  private static boolean declares(GeneratorSpec spec, ObjectRef artifact) {
    if (!spec.ref().namespace().equals(artifact.namespace())) {
      return false;
    }
    for (OutputArtifact a : spec.artifacts()) {
      if (a.name().equals(artifact.name()) || !spec.pathPattern().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private SourceTree fetch(ObjectRef ref) throws BuildFailure {
    GeneratedArtifact generated = produced.get(ref);
    if (generated != null) {
      if (!generated.isAvailable()) {
        throw new BuildFailure(
            "source '" + ref + "' is not ready: " + generated.failure().reason());
      }
      return generated.tree();
    }
    SourceTree tree = sources.tree(ref);
    if (tree == null) {
      throw new BuildFailure("source " + ref + " is not available offline");
    }
    return tree;
  }
}
