package dev.hops.flux.internal.render;

import dev.hops.flux.Progress;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.flux.internal.reuse.Answers;
import dev.hops.flux.internal.reuse.Memo;
import dev.hops.flux.internal.reuse.PerTree;
import dev.hops.flux.internal.reuse.Recording;
import dev.hops.flux.internal.reuse.RecordingTree;
import dev.hops.flux.internal.subst.Variables;
import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlLimits;
import dev.hops.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * kustomize builds of Flux Kustomizations, shared by every Kustomization and cluster of a render
 * and by the renders of one renderer: a directory built with the same generated kustomization file
 * from the same tree is built once; from another tree (another revision) it is not built again when
 * that tree answers every question the build asked of the first alike ({@link Recording}). The
 * generated kustomization files and the post-build steps are reused the same way. Builds run in the
 * background as soon as a Kustomization is found ({@link #submit}), on as many threads as there are
 * processors; failures are remembered too. Callers get copies of the objects, so they may edit
 * them.
 */
final class BuildCache {

  /**
   * A Kustomization's build: the generated file and the build, or why generating failed; and the
   * paths of the tree's files both read.
   */
  record Built(
      KsGenerator.Generated generated,
      BuildEntry entry,
      HopsException generatorFailure,
      List<String> inputs) {

    HopsException failure() {
      return generatorFailure != null ? generatorFailure : entry.failure();
    }

    /** Fresh copies of the built objects. */
    List<MappingNode> objects() {
      return entry == null ? List.of() : entry.objects();
    }
  }

  /** A generated kustomization file, or why it could not be made, and the questions asked. */
  private record Generation(
      KsGenerator.Generated generated, HopsException failure, Recording recording) {}

  /** What is kept per tree while it is in use: its answers, the builds made or running from it. */
  private record TreeState(Answers answers, Map<String, CompletableFuture<BuildEntry>> builds) {}

  /** Distinct builds remembered across renders (each a few results, two revisions and more). */
  private static final int MAX_KEYS = 8192;

  private final Kustomizer kustomizer;
  private final YamlReader reader;
  private final Progress progress;
  private final PerTree<TreeState> trees =
      new PerTree<>(t -> new TreeState(new Answers(), new ConcurrentHashMap<>()));
  private final Memo<List<String>, Generation> generations = new Memo<>(MAX_KEYS);
  private final Memo<String, BuildEntry> builds = new Memo<>(MAX_KEYS);
  private final ExecutorService pool;

  BuildCache(YamlLimits limits, Progress progress) {
    // Flux builds with LoadRestrictionsNone: files outside the directory, inside the artifact.
    this.kustomizer =
        Kustomizer.builder().loadRestrictor(LoadRestrictor.NONE).yamlLimits(limits).build();
    this.reader = new YamlReader(limits);
    this.progress = progress;
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
    TreeState state = trees.of(tree);
    Generation g = generation(tree, state, dir, ks);
    if (g.failure() != null) {
      return new Built(null, null, g.failure(), g.recording().filesRead());
    }
    BuildEntry e = entry(tree, state, dir, g.generated());
    TreeSet<String> inputs = new TreeSet<>(g.recording().filesRead());
    inputs.addAll(e.recording().filesRead());
    return new Built(g.generated(), e, null, List.copyOf(inputs));
  }

  /**
   * The kustomization file Flux builds {@code dir} with. Its key holds what KsGenerator reads of
   * the Flux Kustomization: the object (as YAML), its reference, its position (in errors).
   */
  private Generation generation(
      SourceTree tree, TreeState state, String dir, FluxKustomization ks) {
    String object = yaml(ks);
    List<String> key =
        object == null ? null : List.of(dir, object, ks.ref().toString(), ks.pos().toString());
    Generation known = key == null ? null : generations.find(key, tree, state.answers());
    if (known != null) {
      return known;
    }
    RecordingTree recorded = new RecordingTree(tree, state.answers());
    KsGenerator.Generated generated = null;
    HopsException failure = null;
    try {
      generated = new KsGenerator(recorded, reader).generate(dir, ks);
    } catch (HopsException e) {
      failure = e;
    }
    Generation made = new Generation(generated, failure, recorded.recording());
    if (key != null) {
      generations.add(key, made.recording(), made);
    }
    return made;
  }

  /** The objects of a build already made (or made now), as fresh copies. */
  List<MappingNode> objects(SourceTree tree, String dir, KsGenerator.Generated generated) {
    return entry(tree, trees.of(tree), dir, generated).objects();
  }

  private BuildEntry entry(
      SourceTree tree, TreeState state, String dir, KsGenerator.Generated generated) {
    String key = dir + "\n" + generated.file() + "\n" + generated.yaml();
    CompletableFuture<BuildEntry> mine = new CompletableFuture<>();
    CompletableFuture<BuildEntry> existing = state.builds().putIfAbsent(key, mine);
    if (existing != null) {
      return existing.join();
    }
    try {
      BuildEntry e = builds.find(key, tree, state.answers());
      boolean reused = e != null;
      if (!reused) {
        e = run(tree, state, dir, generated);
        builds.add(key, e.recording(), e);
      }
      progress.step(Progress.Step.KUSTOMIZE_BUILD, tree.display(dir), reused);
      mine.complete(e);
      return e;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private BuildEntry run(
      SourceTree tree, TreeState state, String dir, KsGenerator.Generated generated) {
    RecordingTree recorded = new RecordingTree(tree, state.answers());
    SourceTree written = new OverlayTree(recorded, Map.of(generated.file(), generated.yaml()));
    List<MappingNode> objects = List.of();
    HopsException failure = null;
    try {
      objects = kustomizer.build(written, dir).nodes();
    } catch (HopsException e) {
      failure = e;
    } catch (RuntimeException e) {
      failure = new HopsException(SourcePos.of(tree.display(dir)), null, "internal error: " + e, e);
    }
    return new BuildEntry(objects, failure, recorded.recording());
  }

  /**
   * Flux's post-build steps over a build, reused when the same build went through them with the
   * same Kustomization and variables before. The key holds all PostBuild reads: the Flux
   * Kustomization (as YAML, and its reference), the strict option, and the variables (values,
   * placeholders and load error, in order).
   */
  PostBuilt postBuilt(Built b, FluxKustomization ks, Variables vars, boolean strict) {
    String object = yaml(ks);
    if (object == null) {
      return PostBuilt.of(ks, b.objects(), vars, strict);
    }
    List<Object> key = List.of(object, ks.ref().toString(), strict, key(vars));
    PostBuilt known = b.entry().postBuilt(key);
    if (known != null) {
      progress.step(Progress.Step.POST_BUILD, ks.ref().toString(), true);
      return known.copy(vars);
    }
    PostBuilt made = PostBuilt.of(ks, b.objects(), vars, strict);
    if (made.bug() == null) {
      b.entry().remember(key, made.copy(vars));
    }
    progress.step(Progress.Step.POST_BUILD, ks.ref().toString(), false);
    return made;
  }

  /** The Flux Kustomization as YAML, or null when it cannot be written (then nothing is kept). */
  private static String yaml(FluxKustomization ks) {
    try {
      return KustomizeYaml.toYaml(ks.object());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static List<String> key(Variables vars) {
    if (vars == null) {
      return List.of();
    }
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    out.add(vars.loadError() == null ? "" : vars.loadError().toString());
    vars.values().forEach((k, v) -> out.addAll(List.of("=", k, v)));
    vars.placeholders().forEach((k, v) -> out.addAll(List.of("*", k, v)));
    return out;
  }
}
