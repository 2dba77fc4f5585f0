package dev.hops.check;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KindScopes;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What rules look at: the render, every object Flux would apply (with the cluster, the position to
 * report it at and the Kustomization or HelmRelease that owns it), indexes to look objects up, the
 * repository's files, and the settings of the run.
 */
public final class CheckContext {

  /**
   * A rendered object of a cluster.
   *
   * @param pos where to report it: its place in the repository, or its HelmRelease's for chart
   *     output
   * @param owner the Flux Kustomization or HelmRelease that applies it
   * @param namespace the namespace it lands in: its own, or the release's for namespaced chart
   *     output without one; "" for cluster-scoped kinds
   */
  public record Rendered(
      String cluster, MappingNode object, SourcePos pos, ObjectRef owner, String namespace) {

    public String kind() {
      String k = object.getString("kind");
      return k == null ? "" : k;
    }

    public String apiVersion() {
      String v = object.getString("apiVersion");
      return v == null ? "" : v;
    }

    /** The API group: "" for the core group ({@code v1}). */
    public String group() {
      String v = apiVersion();
      int slash = v.indexOf('/');
      return slash < 0 ? "" : v.substring(0, slash);
    }

    public String name() {
      MappingNode md = object.getMapping("metadata");
      String n = md == null ? null : md.getString("name");
      return n == null ? "" : n;
    }

    /** {@code Kind/namespace/name} ({@code Kind/name} without a namespace). */
    public String ref() {
      return kind() + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name();
    }

    /** True when a Helm chart rendered it (its owner is a HelmRelease). */
    public boolean fromChart() {
      return owner != null && owner.kind().equals("HelmRelease");
    }

    /** An annotation's value, or null. */
    public String annotation(String key) {
      MappingNode md = object.getMapping("metadata");
      MappingNode a = md == null ? null : md.getMapping("annotations");
      return a == null ? null : a.getString(key);
    }
  }

  private record Key(String cluster, String kind, String namespace, String name) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Key that
              && Objects.equals(cluster, that.cluster)
              && Objects.equals(kind, that.kind)
              && Objects.equals(namespace, that.namespace)
              && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(cluster);
      h = 31 * h + Objects.hashCode(kind);
      h = 31 * h + Objects.hashCode(namespace);
      return 31 * h + Objects.hashCode(name);
    }
  }

  private final RenderResult result;
  private final SourceTree repository;
  private final CheckSettings settings;
  private final KindScopes scopes;
  private final List<Rendered> objects = new ArrayList<>();
  private final Map<Key, List<Rendered>> byName = new HashMap<>();
  private final Map<String, List<Rendered>> byCluster = new HashMap<>();
  private List<DependencyGraph> graphs;
  private final Map<Class<?>, Object> shared = new HashMap<>();

  public CheckContext(RenderResult result, SourceTree repository, CheckSettings settings) {
    this.result = result;
    this.repository = repository;
    this.settings = settings;
    this.scopes = KindScopes.of(result);
    for (ClusterResult c : result.clusters()) {
      for (KsResult ks : c.kustomizations()) {
        if (ks.status() == KsStatus.RENDERED) {
          for (MappingNode o : ks.objects()) {
            add(new Rendered(c.name(), o, known(o.pos(), ks.definedAt()), ks.ref(), ns(o, "")));
          }
        }
      }
      for (HrResult hr : c.releases()) {
        if (hr.status() == KsStatus.RENDERED) {
          String releaseNs = releaseNamespace(c.name(), hr);
          // chart output has no file of the repository: report it at the HelmRelease
          for (MappingNode o : hr.objects()) {
            add(new Rendered(c.name(), o, hr.definedAt(), hr.ref(), ns(o, releaseNs)));
          }
        }
      }
    }
  }

  private void add(Rendered r) {
    objects.add(r);
    byName
        .computeIfAbsent(
            new Key(r.cluster(), r.kind(), r.namespace(), r.name()), k -> new ArrayList<>())
        .add(r);
    byCluster.computeIfAbsent(r.cluster(), k -> new ArrayList<>()).add(r);
  }

  private String ns(MappingNode o, String fallback) {
    MappingNode md = o.getMapping("metadata");
    String ns = md == null ? null : md.getString("namespace");
    if (ns != null && !ns.isEmpty()) {
      return ns;
    }
    return scopes.isClusterScoped(o.getString("apiVersion"), o.getString("kind")) ? "" : fallback;
  }

  /** spec.targetNamespace of the HelmRelease, else its own namespace. */
  private String releaseNamespace(String cluster, HrResult hr) {
    for (Rendered r :
        byName.getOrDefault(
            new Key(cluster, "HelmRelease", hr.ref().namespace(), hr.ref().name()), List.of())) {
      MappingNode spec = r.object().getMapping("spec");
      String target = spec == null ? null : spec.getString("targetNamespace");
      if (target != null && !target.isEmpty()) {
        return target;
      }
    }
    return hr.ref().namespace();
  }

  private static SourcePos known(SourcePos pos, SourcePos fallback) {
    return pos != null && pos.isKnown() ? pos : fallback;
  }

  /**
   * State several rules of one run share (indexes, loaded schemas): made by the first rule that
   * asks for it, then the same for every rule.
   */
  public synchronized <T> T shared(Class<T> type, Function<CheckContext, T> make) {
    Object o = shared.get(type);
    if (o == null) {
      o = make.apply(this);
      shared.put(type, o);
    }
    return type.cast(o);
  }

  public RenderResult result() {
    return result;
  }

  /** The repository's files as Flux's source holds them; null when the checker was given none. */
  public SourceTree repository() {
    return repository;
  }

  /** Whether objects of this kind are cluster-scoped (built-in kinds, CRDs of the render). */
  public boolean isClusterScoped(String apiVersion, String kind) {
    return scopes.isClusterScoped(apiVersion, kind);
  }

  public CheckSettings settings() {
    return settings;
  }

  /** The options of a rule from the configuration (empty when none are set). */
  public RuleOptions options(String ruleId) {
    return settings.config().options(ruleId);
  }

  /** The dependency graph of each cluster, in the render's order (made on first use). */
  public synchronized List<DependencyGraph> graphs() {
    if (graphs == null) {
      graphs = DependencyGraph.of(result);
    }
    return graphs;
  }

  /** Every object Flux would apply: the Kustomizations' and the rendered HelmReleases'. */
  public List<Rendered> objects() {
    return objects;
  }

  /** The objects of one cluster. */
  public List<Rendered> objects(String cluster) {
    return byCluster.getOrDefault(cluster, List.of());
  }

  /** The objects of a cluster with this kind, namespace ("" for cluster-scoped) and name. */
  public List<Rendered> find(String cluster, String kind, String namespace, String name) {
    return byName.getOrDefault(new Key(cluster, kind, namespace, name), List.of());
  }

  /** The cluster's objects of one kind. */
  public List<Rendered> ofKind(String cluster, String kind) {
    List<Rendered> out = new ArrayList<>();
    for (Rendered r : objects(cluster)) {
      if (r.kind().equals(kind)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Why some of the cluster's objects are unknown (a Kustomization that failed or is external, a
   * HelmRelease whose chart was not rendered), or null when everything rendered. A reference that
   * finds nothing is certain only when this is null.
   */
  public String incomplete(String cluster) {
    for (ClusterResult c : result.clusters()) {
      if (!c.name().equals(cluster)) {
        continue;
      }
      for (KsResult ks : c.kustomizations()) {
        if (ks.status() != KsStatus.RENDERED) {
          return ks.ref() + " is " + ks.status().label();
        }
      }
      for (HrResult hr : c.releases()) {
        if (hr.status() != KsStatus.RENDERED) {
          return hr.ref() + " is not rendered (" + hr.status().label() + ")";
        }
      }
      if (helmReleasesUnrendered(cluster)) {
        return "HelmReleases are not rendered";
      }
    }
    return null;
  }

  /**
   * Whether the cluster applies HelmReleases that the render did not take through Helm at all (with
   * {@code --no-helm}, or a render made without Helm): their charts' objects are unknown.
   */
  public boolean helmReleasesUnrendered(String cluster) {
    java.util.Set<ObjectRef> rendered = new java.util.HashSet<>();
    for (ClusterResult c : result.clusters()) {
      if (c.name().equals(cluster)) {
        c.releases().forEach(hr -> rendered.add(hr.ref()));
      }
    }
    for (Rendered r : objects(cluster)) {
      if (r.kind().equals("HelmRelease")
          && r.apiVersion().startsWith("helm.toolkit.fluxcd.io/")
          && !rendered.contains(new ObjectRef("HelmRelease", r.namespace(), r.name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position's file relative to the repository root ({@code a/b.yaml}), or null when it is not
   * in the repository.
   */
  public String repositoryPath(SourcePos pos) {
    if (repository == null || pos == null || pos.file().isEmpty()) {
      return null;
    }
    String root = repository.display("");
    String file = pos.file();
    if (root.equals(".")) {
      return file.startsWith("/") || file.startsWith("../") ? null : file;
    }
    return file.startsWith(root + "/") ? file.substring(root.length() + 1) : null;
  }
}
