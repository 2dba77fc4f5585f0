package dev.hops.flux.internal.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helper: generators written inline, sources by {@code Kind/namespace/name}. */
final class Generate {

  private final Map<String, SourceTree> sources = new HashMap<>();

  Generate source(String ref, SourceTree tree) {
    sources.put(ref, tree);
    return this;
  }

  /** All artifacts of the generators in {@code yaml}. */
  List<GeneratedArtifact> all(String yaml) {
    List<MappingNode> objects = new ArrayList<>();
    for (Node doc : YamlReader.withDefaults().readDocuments(yaml, "clusters/prod/artifacts.yaml")) {
      objects.add((MappingNode) doc);
    }
    return ArtifactGenerators.generate(objects, (ObjectRef ref) -> sources.get(ref.toString()));
  }

  /** The one artifact of the generators in {@code yaml}; it must have been produced. */
  SourceTree tree(String yaml) {
    List<GeneratedArtifact> all = all(yaml);
    assertThat(all).hasSize(1);
    GeneratedArtifact a = all.getFirst();
    assertThat(a.failure()).as("failure").isNull();
    return a.tree();
  }

  /** Why the one artifact of the generators in {@code yaml} failed. */
  String failure(String yaml) {
    List<GeneratedArtifact> all = all(yaml);
    assertThat(all).hasSize(1);
    assertThat(all.getFirst().tree()).as("tree").isNull();
    return all.getFirst().failure().reason();
  }

  /** Every file of a tree, depth first, in path order. */
  static List<String> files(SourceTree tree) {
    List<String> out = new ArrayList<>();
    collect(tree, "", out);
    return out;
  }

  private static void collect(SourceTree tree, String dir, List<String> out) {
    try {
      for (String name : tree.list(dir)) {
        String path = dir.isEmpty() ? name : dir + "/" + name;
        if (tree.isDirectory(path)) {
          collect(tree, path, out);
        } else {
          out.add(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(SourceTree tree, String path) {
    try {
      return new String(tree.read(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
