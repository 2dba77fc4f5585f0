package dev.hops.flux.internal.graph;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.GraphNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order Flux reconciles a cluster in, as waves: an object is in wave n when everything it waits
 * for is in earlier waves. It waits for its {@code dependsOn} targets (to be Ready) and for the
 * Kustomization that applies it (it does not exist before). Objects that never get there are
 * blocked: by a bad dependsOn, a cycle, or something blocked upstream; each gets the first reason.
 */
public final class WavePlanner {

  /** The waves (objects in node order) and the blocked objects with their reasons. */
  public record Plan(List<List<ObjectRef>> waves, Map<ObjectRef, String> blocked) {}

  private final List<GraphNode> nodes;
  private final Map<ObjectRef, List<ObjectRef>> preds;
  private final Map<ObjectRef, Integer> index = new HashMap<>();

  /** {@code preds}: what each object waits for (see {@link #predecessors}). */
  public WavePlanner(List<GraphNode> nodes, Map<ObjectRef, List<ObjectRef>> preds) {
    this.nodes = List.copyOf(nodes);
    this.preds = preds;
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).ref(), i);
    }
  }

  /** Resolved dependsOn targets, then the Kustomization that applies the object. */
  public static Map<ObjectRef, List<ObjectRef>> predecessors(
      List<GraphNode> nodes, Map<ObjectRef, List<ObjectRef>> edges) {
    Map<ObjectRef, GraphNode> byRef = new HashMap<>();
    nodes.forEach(n -> byRef.put(n.ref(), n));
    Map<ObjectRef, List<ObjectRef>> out = new LinkedHashMap<>();
    for (GraphNode n : nodes) {
      List<ObjectRef> p = new ArrayList<>(edges.getOrDefault(n.ref(), List.of()));
      if (n.appliedBy() != null && byRef.containsKey(n.appliedBy()) && !p.contains(n.appliedBy())) {
        p.add(n.appliedBy());
      }
      out.put(n.ref(), List.copyOf(p));
    }
    return out;
  }

  /**
   * Plans the waves; {@code causes} are the objects blocked by themselves (bad dependsOn, cycle
   * members) with their reasons, in the order they should be reported.
   */
  public Plan plan(Map<ObjectRef, String> causes) {
    Map<ObjectRef, List<ObjectRef>> succ = new LinkedHashMap<>();
    Map<ObjectRef, Integer> waiting = new HashMap<>();
    for (GraphNode n : nodes) {
      succ.putIfAbsent(n.ref(), new ArrayList<>());
      List<ObjectRef> ps = preds.getOrDefault(n.ref(), List.of());
      waiting.put(n.ref(), ps.size());
      for (ObjectRef p : ps) {
        succ.computeIfAbsent(p, k -> new ArrayList<>()).add(n.ref());
      }
    }
    List<List<ObjectRef>> waves = new ArrayList<>();
    List<ObjectRef> current = new ArrayList<>();
    for (GraphNode n : nodes) {
      if (waiting.get(n.ref()) == 0 && !causes.containsKey(n.ref())) {
        current.add(n.ref());
      }
    }
    Map<ObjectRef, Integer> waveOf = new HashMap<>();
    while (!current.isEmpty()) {
      current.forEach(r -> waveOf.put(r, waves.size()));
      waves.add(List.copyOf(current));
      List<ObjectRef> next = new ArrayList<>();
      for (ObjectRef r : current) {
        for (ObjectRef s : succ.get(r)) {
          if (waiting.merge(s, -1, Integer::sum) == 0 && !causes.containsKey(s)) {
            next.add(s);
          }
        }
      }
      current = inNodeOrder(next);
    }
    return new Plan(waves, blocked(causes, waveOf, succ));
  }

  private List<ObjectRef> inNodeOrder(List<ObjectRef> refs) {
    List<ObjectRef> out = new ArrayList<>(refs);
    out.sort(Comparator.comparingInt(index::get));
    return out;
  }

  /** Everything without a wave, with the first reason found from the causes downstream. */
  private Map<ObjectRef, String> blocked(
      Map<ObjectRef, String> causes,
      Map<ObjectRef, Integer> waveOf,
      Map<ObjectRef, List<ObjectRef>> succ) {
    Map<ObjectRef, String> reasons = new LinkedHashMap<>(causes);
    Deque<ObjectRef> queue = new ArrayDeque<>(causes.keySet());
    Map<ObjectRef, GraphNode> byRef = new HashMap<>();
    nodes.forEach(n -> byRef.put(n.ref(), n));
    while (!queue.isEmpty()) {
      ObjectRef r = queue.poll();
      for (ObjectRef s : succ.getOrDefault(r, List.of())) {
        if (!waveOf.containsKey(s) && !reasons.containsKey(s)) {
          reasons.put(
              s,
              r.equals(byRef.get(s).appliedBy())
                  ? "never applied: " + r + " is blocked"
                  : "waits for " + r + ", which is blocked");
          queue.add(s);
        }
      }
    }
    Map<ObjectRef, String> ordered = new LinkedHashMap<>();
    for (GraphNode n : nodes) {
      if (!waveOf.containsKey(n.ref())) {
        ordered.put(n.ref(), reasons.getOrDefault(n.ref(), "blocked"));
      }
    }
    return ordered;
  }
}
