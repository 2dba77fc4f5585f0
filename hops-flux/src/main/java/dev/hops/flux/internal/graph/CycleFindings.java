package dev.hops.flux.internal.graph;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.Dependency;
import dev.hops.flux.graph.Finding;
import dev.hops.flux.graph.GraphNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns cycles into findings (the chain with the position of every link) and into the reason each
 * member is blocked. A link is a {@code dependsOn} entry, or "applied by": a Kustomization that
 * depends on something it applies itself waits forever, since Flux checks dependsOn first.
 */
public final class CycleFindings {

  private final String cluster;
  private final Map<ObjectRef, GraphNode> nodes = new LinkedHashMap<>();
  private final Map<ObjectRef, List<ObjectRef>> edges;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<ObjectRef, String> reasons = new LinkedHashMap<>();

  /** {@code edges}: the resolved dependsOn targets of each object. */
  public CycleFindings(
      String cluster, List<GraphNode> nodes, Map<ObjectRef, List<ObjectRef>> edges) {
    this.cluster = cluster;
    nodes.forEach(n -> this.nodes.put(n.ref(), n));
    this.edges = edges;
  }

  public CycleFindings add(Cycles.Result result) {
    for (List<ObjectRef> cycle : result.cycles()) {
      addCycle(cycle);
    }
    for (Set<ObjectRef> scc : result.truncated()) {
      List<ObjectRef> members = List.copyOf(scc);
      ObjectRef first = members.getFirst();
      findings.add(
          new Finding(
              Finding.Severity.ERROR,
              Finding.Type.DEPENDENCY_CYCLE,
              cluster,
              nodes.get(first).definedAt(),
              first,
              "more dependency cycles than listed among these "
                  + members.size()
                  + " objects: "
                  + Names.list(members, 10),
              members));
      for (ObjectRef m : members) {
        reasons.putIfAbsent(m, "in a dependency cycle with " + Names.list(members, 3));
      }
    }
    return this;
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** Why each member is blocked: the first cycle it is in. */
  public Map<ObjectRef, String> reasons() {
    return reasons;
  }

  private void addCycle(List<ObjectRef> cycle) {
    StringBuilder chain = new StringBuilder();
    StringBuilder bare = new StringBuilder();
    boolean applies = false;
    for (int i = 0; i < cycle.size(); i++) {
      ObjectRef at = cycle.get(i);
      ObjectRef next = cycle.get((i + 1) % cycle.size());
      SourcePos pos = linkPos(at, next);
      chain.append(at);
      if (pos == null) {
        applies = true;
        chain.append(" (applied by ").append(next).append(')');
      } else if (pos.isKnown()) {
        chain.append(" (").append(pos).append(')');
      }
      chain.append(" -> ");
      bare.append(at).append(" -> ");
    }
    chain.append(cycle.getFirst());
    bare.append(cycle.getFirst());
    ObjectRef first = cycle.getFirst();
    SourcePos firstPos = linkPos(first, cycle.get(1 % cycle.size()));
    List<ObjectRef> closed = new ArrayList<>(cycle);
    closed.add(first);
    findings.add(
        new Finding(
            Finding.Severity.ERROR,
            Finding.Type.DEPENDENCY_CYCLE,
            cluster,
            firstPos == null ? nodes.get(first).definedAt() : firstPos,
            first,
            "dependency cycle: "
                + chain
                + "; none of them is ever reconciled"
                + (applies ? " (Flux checks dependsOn before it applies anything)" : ""),
            closed));
    for (ObjectRef m : cycle) {
      reasons.putIfAbsent(m, "in dependency cycle " + bare);
    }
  }

  /** Where {@code from} names {@code to} in its dependsOn; null when {@code to} applies it. */
  private SourcePos linkPos(ObjectRef from, ObjectRef to) {
    GraphNode n = nodes.get(from);
    if (edges.getOrDefault(from, List.of()).contains(to)) {
      for (Dependency d : n.dependsOn()) {
        if (d.target().equals(to)) {
          return d.pos();
        }
      }
    }
    return to.equals(n.appliedBy()) ? null : n.definedAt();
  }
}
