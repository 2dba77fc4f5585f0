package dev.hops.flux.graph;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.flux.internal.graph.CycleFindings;
import dev.hops.flux.internal.graph.Cycles;
import dev.hops.flux.internal.graph.NodeCollector;
import dev.hops.flux.internal.graph.Resolver;
import dev.hops.flux.internal.graph.WavePlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Flux Kustomizations and HelmReleases of one rendered cluster and their {@code dependsOn}:
 * what does not resolve, what forms a cycle ({@link #findings()}), and the order Flux would
 * reconcile them in ({@link #waves()}, {@link #blocked()}).
 *
 * <p>Nodes are the Kustomizations the renderer found and the HelmReleases in their output. A {@code
 * dependsOn} entry resolves, as in Flux, only to an object of the dependent's own kind, by
 * namespace (defaulted to the dependent's) and name. An object waits for its dependencies and for
 * the Kustomization that applies it: wave 0 holds the cluster's roots, wave n what waits only for
 * objects of earlier waves. When a target is missing but some Kustomization's output is unknown
 * (external source, failed build), the target might be there: that is a warning, not an error, and
 * the dependent is still counted as blocked, since Hops cannot place it.
 */
public final class DependencyGraph {

  private final String cluster;
  private final List<GraphNode> nodes;
  private final Map<ObjectRef, GraphNode> byRef = new LinkedHashMap<>();
  private final Map<ObjectRef, List<ObjectRef>> edges;
  private final Map<ObjectRef, List<ObjectRef>> preds;
  private final Map<ObjectRef, List<GraphNode>> dependents = new HashMap<>();
  private final Map<ObjectRef, List<GraphNode>> applied = new HashMap<>();
  private final List<Finding> findings;
  private final List<List<GraphNode>> waves = new ArrayList<>();
  private final Map<ObjectRef, Integer> waveOf = new HashMap<>();
  private final List<BlockedNode> blocked = new ArrayList<>();

  private DependencyGraph(ClusterResult cluster) {
    this.cluster = cluster.name();
    NodeCollector.Collected collected = NodeCollector.collect(cluster);
    this.nodes = collected.nodes();
    nodes.forEach(n -> byRef.put(n.ref(), n));
    Resolver.Resolution resolution =
        new Resolver(this.cluster, nodes, collected.unrendered()).resolve();
    this.edges = resolution.edges();
    this.preds = WavePlanner.predecessors(nodes, edges);
    for (GraphNode n : nodes) {
      for (ObjectRef t : edges.get(n.ref())) {
        dependents.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
      }
      if (n.appliedBy() != null) {
        applied.computeIfAbsent(n.appliedBy(), k -> new ArrayList<>()).add(n);
      }
    }
    Cycles.Result cycles = new Cycles(List.copyOf(byRef.keySet()), preds).find();
    CycleFindings cycleFindings = new CycleFindings(this.cluster, nodes, edges).add(cycles);
    Map<ObjectRef, String> causes = new LinkedHashMap<>(resolution.blocked());
    cycleFindings.reasons().forEach(causes::putIfAbsent);
    WavePlanner.Plan plan = new WavePlanner(nodes, preds).plan(causes);
    for (List<ObjectRef> wave : plan.waves()) {
      wave.forEach(r -> waveOf.put(r, waves.size()));
      waves.add(wave.stream().map(byRef::get).toList());
    }
    plan.blocked().forEach((r, why) -> blocked.add(new BlockedNode(byRef.get(r), why)));
    List<Finding> all = new ArrayList<>(resolution.findings());
    all.addAll(cycleFindings.findings());
    all.addAll(collected.findings());
    this.findings = List.copyOf(all);
  }

  /** The graph of one cluster. */
  public static DependencyGraph of(ClusterResult cluster) {
    return new DependencyGraph(cluster);
  }

  /** One graph per cluster of the result, in its order. */
  public static List<DependencyGraph> of(RenderResult result) {
    return result.clusters().stream().map(DependencyGraph::of).toList();
  }

  public String cluster() {
    return cluster;
  }

  /** Kustomizations in render order, then HelmReleases in the order they were rendered. */
  public List<GraphNode> nodes() {
    return nodes;
  }

  public Optional<GraphNode> node(ObjectRef ref) {
    return Optional.ofNullable(byRef.get(ref));
  }

  /** The nodes {@code node}'s dependsOn resolves to, in its order (missing ones left out). */
  public List<GraphNode> dependencies(GraphNode node) {
    return edges.getOrDefault(node.ref(), List.of()).stream().map(byRef::get).toList();
  }

  /** The nodes whose dependsOn resolves to {@code node}, in node order. */
  public List<GraphNode> dependents(GraphNode node) {
    return List.copyOf(dependents.getOrDefault(node.ref(), List.of()));
  }

  /** What {@code node} waits for: its resolved dependencies, then the Kustomization applying it. */
  public List<GraphNode> predecessors(GraphNode node) {
    return preds.getOrDefault(node.ref(), List.of()).stream().map(byRef::get).toList();
  }

  /** The Kustomizations and HelmReleases in {@code kustomization}'s output. */
  public List<GraphNode> applied(GraphNode kustomization) {
    return List.copyOf(applied.getOrDefault(kustomization.ref(), List.of()));
  }

  /** Missing targets, wrong kinds, self-dependencies, cycles, objects applied twice. */
  public List<Finding> findings() {
    return findings;
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** The reconciliation order: wave 0 first; each wave's objects in node order. */
  public List<List<GraphNode>> waves() {
    return List.copyOf(waves);
  }

  /** The wave of {@code ref}, empty when it is blocked or not in the graph. */
  public OptionalInt wave(ObjectRef ref) {
    Integer w = waveOf.get(ref);
    return w == null ? OptionalInt.empty() : OptionalInt.of(w);
  }

  /** What Flux would never reconcile, in node order. */
  public List<BlockedNode> blocked() {
    return List.copyOf(blocked);
  }
}
