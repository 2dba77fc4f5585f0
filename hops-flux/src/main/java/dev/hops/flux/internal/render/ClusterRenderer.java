package dev.hops.flux.internal.render;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.KsVariables;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.SourceInfo;
import dev.hops.flux.internal.artifact.ArtifactGenerators;
import dev.hops.flux.internal.helm.HelmMemo;
import dev.hops.flux.internal.helm.ReleaseRenderer;
import dev.hops.flux.internal.ignore.IgnoredTree;
import dev.hops.flux.internal.model.ClusterRoot;
import dev.hops.flux.internal.model.Fields;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.flux.internal.subst.Substitution;
import dev.hops.flux.internal.subst.VariableSource;
import dev.hops.flux.internal.subst.VariableUses;
import dev.hops.flux.internal.subst.Variables;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Renders one cluster: its root Kustomizations, then every Kustomization found in what they render,
 * until closure. A Kustomization whose {@code substituteFrom} names a ConfigMap or Secret not
 * rendered yet waits until the rest of the cluster has rendered (in a real cluster it would be
 * retried until the object exists); when nothing else can produce it, it renders without it, as
 * Flux would (missing optional sources are skipped, a missing required one fails).
 */
public final class ClusterRenderer {

  private record Pending(FluxKustomization ks, ObjectRef parent) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Pending that
              && Objects.equals(ks, that.ks)
              && Objects.equals(parent, that.parent);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(ks) + Objects.hashCode(parent);
    }
  }

  private final Map<Pending, CompletableFuture<BuildCache.Built>> started =
      new java.util.HashMap<>();

  /** Post-build steps started on a build thread, for Kustomizations without substituteFrom. */
  private final Map<Pending, CompletableFuture<PostBuilt>> prepared = new java.util.HashMap<>();

  private final SourceTree repo;
  private final ClusterRoot root;
  private final RenderOptions options;
  private final BuildCache cache;
  private final HelmMemo helmMemo;
  private final YamlReader reader;
  private final SourceResolver sources;
  private final VariableObjects variableObjects;
  private final List<String> warnings;

  private final Deque<Pending> queue = new ArrayDeque<>();
  private final List<Pending> waiting = new ArrayList<>();
  private final Map<ObjectRef, SourcePos> defined = new LinkedHashMap<>();
  private final List<KsResult> results = new ArrayList<>();
  private final Map<ObjectRef, MappingNode> sourceObjects = new LinkedHashMap<>();
  private final Set<String> reportedPlaceholders = new LinkedHashSet<>();
  private final List<MappingNode> generators = new ArrayList<>();

  ClusterRenderer(
      SourceTree repo,
      ClusterRoot root,
      RenderOptions options,
      BuildCache cache,
      HelmMemo helmMemo,
      YamlReader reader,
      List<String> warnings) {
    this.repo = repo;
    this.root = root;
    this.options = options;
    this.cache = cache;
    this.helmMemo = helmMemo;
    this.reader = reader;
    this.sources = new SourceResolver(repo, root, options.sources());
    this.variableObjects = new VariableObjects(options.sideLoaded());
    this.warnings = warnings;
  }

  ClusterResult render() {
    for (MappingNode node : root.roots()) {
      String ns = Fields.string(node, "metadata", "namespace");
      FluxKustomization ks = FluxKustomization.of(node, ns.isEmpty() ? "flux-system" : ns);
      if (defined.putIfAbsent(ks.ref(), ks.pos()) == null) {
        enqueue(new Pending(ks, null));
      }
    }
    boolean progress = true;
    while (!queue.isEmpty() || !waiting.isEmpty()) {
      while (!queue.isEmpty()) {
        if (processSafely(queue.poll(), false)) {
          progress = true;
        }
      }
      if (waiting.isEmpty()) {
        break;
      }
      if (progress) {
        queue.addAll(waiting);
        waiting.clear();
        progress = false;
      } else {
        processSafely(waiting.removeFirst(), true);
        progress = true;
      }
    }
    List<HrResult> releases =
        options.helm().render()
            ? new ReleaseRenderer(
                    root.name(),
                    options.helm().progress(),
                    sources,
                    variableObjects::find,
                    options.helm().cacheDir(),
                    chartCache(options.helm()),
                    options.helm().kubeVersion(),
                    reader,
                    warnings,
                    helmMemo)
                .render(results)
            : List.of();
    return new ClusterResult(root.name(), root.rootFile(), results, sourceInfos(), releases);
  }

  private static dev.hops.helm.ChartCache chartCache(RenderOptions.HelmOptions helm) {
    return new dev.hops.helm.ChartCache(
        helm.cacheDir(),
        new dev.hops.helm.oci.RegistryClient(
            dev.hops.helm.oci.DockerCredentials::fromDefaultConfig),
        helm.offline(),
        helm::mirrored,
        helm.progress()::fetching);
  }

  /** Queues a Kustomization and starts its kustomize build in the background. */
  private void enqueue(Pending p) {
    queue.add(p);
    if (sources.mayAppear(p.ks())) {
      return; // its ExternalArtifact is not generated yet
    }
    SourceResolver.Location where = sources.locate(p.ks());
    if (where.tree() != null && where.tree().isDirectory(where.dir())) {
      CompletableFuture<BuildCache.Built> build = cache.submit(where.tree(), where.dir(), p.ks());
      started.put(p, build);
      FluxKustomization ks = p.ks();
      if (ks.postBuild() == null || ks.postBuild().substituteFrom().isEmpty()) {
        // Its variables are known now: the post-build steps run on the build thread as well,
        // in parallel with the renderer's own work.
        Variables vars =
            ks.postBuild() == null
                ? null
                : Variables.collect(
                    List.of(), ks.postBuild().substitute(), options.revealSecretVariables());
        prepared.put(
            p,
            build.thenApplyAsync(
                b -> b.failure() != null ? null : cache.postBuilt(b, ks, vars, options.strict()),
                cache.executor()));
      }
    }
  }

  /** {@link #process}, with a bug in Hops failing only that Kustomization. */
  private boolean processSafely(Pending p, boolean last) {
    try {
      return process(p, last);
    } catch (RuntimeException e) {
      String where = e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "";
      results.add(result(p, KsStatus.FAILED, "internal error in Hops: " + e + where, List.of()));
      return true;
    }
  }

  /** Renders one Kustomization; false when it has to wait for a substituteFrom object. */
  private boolean process(Pending p, boolean last) {
    FluxKustomization ks = p.ks();
    if (!last && sources.mayAppear(ks)) {
      waiting.add(p);
      return false;
    }
    SourceResolver.Location where = sources.locate(ks);
    if (where.isFailed()) {
      results.add(result(p, KsStatus.FAILED, where.failure(), List.of()));
      return true;
    }
    if (where.isExternal()) {
      results.add(result(p, KsStatus.EXTERNAL, where.externalReason(), List.of()));
      return true;
    }
    if (!where.tree().isDirectory(where.dir())) {
      String shown = where.dir().isEmpty() ? "." : where.dir();
      results.add(
          result(
              p,
              KsStatus.FAILED,
              "kustomization path not found: "
                  + where.tree().display(shown)
                  + (where.tree() instanceof IgnoredTree t && t.isLeftOut(where.dir())
                      ? " (left out of the source artifact by .sourceignore or spec.ignore)"
                      : ""),
              List.of()));
      return true;
    }
    BuildCache.Built b =
        started.computeIfAbsent(p, k -> cache.submit(where.tree(), where.dir(), ks)).join();
    List<String> inputs = sources.repositoryPaths(where.tree(), b.inputs());
    if (b.failure() != null) {
      String prefix = b.generated() == null ? "" : "kustomize build failed: ";
      results.add(
          result(p, KsStatus.FAILED, prefix + b.failure().headline(), List.of(), null, inputs));
      return true;
    }
    KsGenerator.Generated generated = b.generated();
    CompletableFuture<PostBuilt> early = prepared.get(p);
    PostBuilt post;
    if (early != null) {
      post = early.join().orThrow();
      if (post.vars() != null) {
        reportPlaceholders(post.vars());
      }
    } else {
      Variables vars = variables(p, b.objects(), last);
      if (vars == WAIT) {
        waiting.add(p);
        return false;
      }
      post = cache.postBuilt(b, ks, vars, options.strict()).orThrow();
    }
    Variables vars = post.vars();
    if (post.failure() != null) {
      HopsException e = post.failure();
      // Flux applies nothing; to render the rest of the repository, children are still followed
      // from a lenient pass (undefined variables empty), which also sees every variable used.
      VariableUses lenient = vars == null ? null : new VariableUses();
      try {
        List<MappingNode> fresh = cache.objects(where.tree(), where.dir(), generated);
        Substitution.Options subst = PostBuilt.options(ks, false);
        followChildren(ks, PostBuild.run(ks, fresh, vars, subst, lenient));
      } catch (HopsException ignored) {
        lenient = post.uses(); // nothing more can be learnt from this Kustomization
      }
      results.add(
          result(
              p, KsStatus.FAILED, e.headline(), List.of(), variables(ks, vars, lenient), inputs));
      return true;
    }
    List<MappingNode> objects = post.objects();
    String problem = post.problem();
    VariableUses uses = post.uses();
    objects.forEach(variableObjects::add);
    objects.forEach(this::noteSource);
    generateArtifacts(objects);
    String duplicate = followChildren(ks, objects);
    if (problem == null) {
      problem = duplicate;
    }
    KsVariables variables = variables(ks, vars, uses);
    if (problem != null) {
      results.add(result(p, KsStatus.FAILED, problem, objects, variables, inputs));
    } else {
      results.add(
          result(
              p,
              KsStatus.RENDERED,
              ks.suspend() ? "suspended: Flux does not reconcile it" : "",
              objects,
              variables,
              inputs));
    }
    return true;
  }

  /** What the Kustomization's substitution defines and uses; null without spec.postBuild. */
  private static KsVariables variables(FluxKustomization ks, Variables vars, VariableUses uses) {
    if (ks.postBuild() == null || vars == null) {
      return null;
    }
    Map<String, SourcePos> keys = new LinkedHashMap<>();
    if (Fields.at(ks.object(), "spec", "postBuild", "substitute") instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        keys.put(e.name(), e.key().pos());
      }
    }
    return new KsVariables(keys, vars.values().keySet(), uses == null ? List.of() : uses.uses());
  }

  /** Marks a Kustomization that has to wait for a substituteFrom object not rendered yet. */
  private static final Variables WAIT = Variables.of(Map.of());

  /**
   * The variables of a Kustomization's substitution (null without spec.postBuild), or {@link #WAIT}
   * when a substituteFrom object is not rendered yet and other Kustomizations may still render it.
   */
  private Variables variables(Pending p, List<MappingNode> built, boolean last) {
    FluxKustomization ks = p.ks();
    if (ks.postBuild() == null) {
      return null;
    }
    List<VariableSource> found = new ArrayList<>();
    for (FluxKustomization.SubstituteFrom from : ks.postBuild().substituteFrom()) {
      MappingNode obj = variableObjects.find(from.kind(), ks.ref().namespace(), from.name());
      if (obj == null) {
        // In a running cluster, an object this Kustomization applies itself is there from its
        // previous reconciliation (e.g. flux-system rendering cluster-settings).
        obj = VariableObjects.findIn(built, from.kind(), ks.ref().namespace(), from.name());
      }
      if (obj == null && !last) {
        return WAIT;
      }
      found.add(
          obj == null
              ? VariableSource.missing(from.kind(), from.name(), from.optional(), ks.pos())
              : VariableSource.of(obj, ks.pos()));
    }
    Variables vars =
        Variables.collect(found, ks.postBuild().substitute(), options.revealSecretVariables());
    reportPlaceholders(vars);
    return vars;
  }

  /**
   * Runs the cluster's ArtifactGenerators again when {@code objects} bring new ones, so that the
   * Kustomizations of their ExternalArtifacts can render.
   */
  private void generateArtifacts(List<MappingNode> objects) {
    boolean added = false;
    for (MappingNode obj : objects) {
      if (ArtifactGenerators.isGenerator(obj)) {
        generators.add(obj);
        added = true;
      }
    }
    if (added) {
      sources.addArtifacts(ArtifactGenerators.generate(generators, sources::tree));
    }
  }

  /**
   * Queues the Kustomizations among {@code objects}; the message for one defined twice, or null.
   */
  private String followChildren(FluxKustomization parent, List<MappingNode> objects) {
    String problem = null;
    for (MappingNode obj : objects) {
      if (!FluxKustomization.isKustomization(obj)) {
        continue;
      }
      String ns = Fields.string(obj, "metadata", "namespace");
      if (ns.isEmpty()) {
        continue; // reported by PostBuild.applyProblem
      }
      FluxKustomization child = FluxKustomization.of(obj, ns);
      if (child.ref().equals(parent.ref())) {
        continue; // flux-system syncs the folder that defines it
      }
      SourcePos first = defined.putIfAbsent(child.ref(), child.pos());
      if (first == null) {
        enqueue(new Pending(child, parent.ref()));
      } else if (problem == null && !isRoot(child.ref())) {
        problem =
            child.ref()
                + " is defined twice: at "
                + child.pos()
                + " and at "
                + first
                + "; Flux would apply both, the last one wins";
      }
    }
    return problem;
  }

  private boolean isRoot(ObjectRef ref) {
    for (MappingNode node : root.roots()) {
      String ns = Fields.string(node, "metadata", "namespace");
      if (ref.name().equals(Fields.string(node, "metadata", "name"))
          && ref.namespace().equals(ns.isEmpty() ? "flux-system" : ns)) {
        return true;
      }
    }
    return false;
  }

  private void reportPlaceholders(Variables vars) {
    Map<String, List<String>> bySource = new LinkedHashMap<>();
    vars.placeholders()
        .forEach((key, from) -> bySource.computeIfAbsent(from, f -> new ArrayList<>()).add(key));
    bySource.forEach(
        (from, keys) -> {
          if (reportedPlaceholders.add(from)) {
            warnings.add(
                "cluster "
                    + root.name()
                    + ": variables from "
                    + from
                    + " are substituted with placeholders (..PLACEHOLDER_<KEY>..), their values are"
                    + " not shown: "
                    + String.join(", ", keys));
          }
        });
  }

  private void noteSource(MappingNode obj) {
    if (Fields.string(obj, "apiVersion").startsWith("source.toolkit.fluxcd.io/")) {
      sourceObjects.putIfAbsent(
          new ObjectRef(
              Fields.string(obj, "kind"),
              Fields.string(obj, "metadata", "namespace"),
              Fields.string(obj, "metadata", "name")),
          obj);
    }
  }

  private List<SourceInfo> sourceInfos() {
    Map<ObjectRef, SourceInfo> out = new LinkedHashMap<>();
    for (Map.Entry<ObjectRef, SourceInfo> e : sources.used().entrySet()) {
      MappingNode obj = sourceObjects.get(e.getKey());
      SourceInfo s = e.getValue();
      out.put(e.getKey(), new SourceInfo(s.ref(), url(obj), s.usage(), s.location()));
    }
    for (Map.Entry<ObjectRef, MappingNode> e : sourceObjects.entrySet()) {
      out.putIfAbsent(
          e.getKey(), new SourceInfo(e.getKey(), url(e.getValue()), SourceInfo.Usage.EXTERNAL, ""));
    }
    return new ArrayList<>(out.values());
  }

  private static String url(MappingNode obj) {
    return obj == null ? "" : Fields.string(obj, "spec", "url");
  }

  private KsResult result(Pending p, KsStatus status, String message, List<MappingNode> objects) {
    return result(p, status, message, objects, null, List.of());
  }

  private KsResult result(
      Pending p,
      KsStatus status,
      String message,
      List<MappingNode> objects,
      KsVariables variables,
      List<String> inputs) {
    FluxKustomization ks = p.ks();
    return new KsResult(
        root.name(),
        ks.ref(),
        ks.path(),
        ks.sourceRef().toRef(),
        ks.dependsOn(),
        status,
        message,
        objects,
        ks.pos(),
        p.parent(),
        variables,
        inputs);
  }
}
