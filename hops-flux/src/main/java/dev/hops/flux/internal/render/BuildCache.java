package dev.hops.flux.internal.render;

import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlLimits;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * kustomize builds of Flux Kustomizations, shared by every Kustomization and cluster of a render: a
 * directory built with the same generated kustomization file from the same tree is built once.
 * Builds run in the background as soon as a Kustomization is found ({@link #submit}), on as many
 * threads as there are processors; failures are remembered too. Callers get copies of the objects,
 * so they may edit them.
 */
final class BuildCache {

  /** A Kustomization's build: the generated file and the objects, or why it failed. */
  record Built(KsGenerator.Generated generated, List<MappingNode> objects, HopsException failure) {}

  private record Key(SourceTree tree, String dir, String kustomization) {}

  private record Entry(List<MappingNode> objects, HopsException failure) {}

  private final Kustomizer kustomizer;
  private final YamlReader reader;
  private final Map<Key, CompletableFuture<Entry>> builds = new ConcurrentHashMap<>();
  private final ExecutorService pool;

  BuildCache(YamlLimits limits) {
    // Flux builds with LoadRestrictionsNone: files outside the directory, inside the artifact.
    this.kustomizer =
        Kustomizer.builder().loadRestrictor(LoadRestrictor.NONE).yamlLimits(limits).build();
    this.reader = new YamlReader(limits);
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            r -> {
              Thread t = new Thread(r, "hops-build");
              t.setDaemon(true);
              return t;
            });
  }

  /** The build threads, for work that follows a build. */
  java.util.concurrent.Executor executor() {
    return pool;
  }

  /** Starts building {@code dir} of {@code tree} as Flux builds {@code ks}'s path. */
  CompletableFuture<Built> submit(SourceTree tree, String dir, FluxKustomization ks) {
    return CompletableFuture.supplyAsync(() -> build(tree, dir, ks), pool);
  }

  private Built build(SourceTree tree, String dir, FluxKustomization ks) {
    KsGenerator.Generated generated;
    try {
      generated = new KsGenerator(tree, reader).generate(dir, ks);
    } catch (HopsException e) {
      return new Built(null, List.of(), e);
    }
    Entry e = entry(tree, dir, generated);
    return new Built(generated, copies(e.objects), e.failure);
  }

  /** The objects of a build already made (or made now), as fresh copies. */
  List<MappingNode> objects(SourceTree tree, String dir, KsGenerator.Generated generated) {
    return copies(entry(tree, dir, generated).objects);
  }

  private Entry entry(SourceTree tree, String dir, KsGenerator.Generated generated) {
    Key key = new Key(tree, dir, generated.file() + "\n" + generated.yaml());
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> existing = builds.putIfAbsent(key, mine);
    if (existing != null) {
      return existing.join();
    }
    Entry e = run(tree, dir, generated);
    mine.complete(e);
    return e;
  }

  private Entry run(SourceTree tree, String dir, KsGenerator.Generated generated) {
    SourceTree written = new OverlayTree(tree, Map.of(generated.file(), generated.yaml()));
    try {
      return new Entry(kustomizer.build(written, dir).nodes(), null);
    } catch (HopsException e) {
      return new Entry(List.of(), e);
    } catch (RuntimeException e) {
      return new Entry(
          List.of(),
          new HopsException(
              dev.hops.yaml.SourcePos.of(tree.display(dir)), null, "internal error: " + e, e));
    }
  }

  private static List<MappingNode> copies(List<MappingNode> nodes) {
    List<MappingNode> out = new ArrayList<>(nodes.size());
    for (MappingNode n : nodes) {
      out.add(n.copy());
    }
    return out;
  }
}
