package dev.hops.flux.internal.render;

import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kustomize builds of Flux Kustomizations, shared by every Kustomization and cluster of a render: a
 * directory built with the same generated kustomization file from the same tree is built once.
 * Failures are remembered too. Callers get copies of the objects, so they may edit them.
 */
final class BuildCache {

  private record Key(SourceTree tree, String dir, String kustomization) {}

  private record Entry(List<MappingNode> objects, HopsException failure) {}

  private final Kustomizer kustomizer;
  private final Map<Key, Entry> builds = new ConcurrentHashMap<>();

  BuildCache(YamlLimits limits) {
    // Flux builds with LoadRestrictionsNone: files outside the directory, inside the artifact.
    this.kustomizer =
        Kustomizer.builder().loadRestrictor(LoadRestrictor.NONE).yamlLimits(limits).build();
  }

  /** The objects {@code kustomize build} makes of {@code dir} once {@code generated} is written. */
  List<MappingNode> build(SourceTree tree, String dir, KsGenerator.Generated generated) {
    Key key = new Key(tree, dir, generated.file() + "\n" + generated.yaml());
    Entry e = builds.computeIfAbsent(key, k -> run(tree, dir, generated));
    if (e.failure != null) {
      throw e.failure;
    }
    List<MappingNode> copies = new ArrayList<>(e.objects.size());
    for (MappingNode n : e.objects) {
      copies.add(n.copy());
    }
    return copies;
  }

  private Entry run(SourceTree tree, String dir, KsGenerator.Generated generated) {
    SourceTree written = new OverlayTree(tree, Map.of(generated.file(), generated.yaml()));
    try {
      return new Entry(kustomizer.build(written, dir).nodes(), null);
    } catch (HopsException e) {
      return new Entry(List.of(), e);
    }
  }
}
