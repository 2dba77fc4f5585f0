package dev.hops.flux.internal.graph;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.Dependency;
import dev.hops.flux.graph.Finding;
import dev.hops.flux.graph.GraphNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code dependsOn} entries to nodes as Flux looks them up: by name and namespace, among
 * objects of the dependent's own kind only (kustomize-controller gets a Kustomization,
 * helm-controller a HelmRelease). What does not resolve is a finding, and the dependent is blocked.
 */
public final class Resolver {

  /**
   * The resolved edges (dependent to its targets, self-dependencies left out), the findings, and
   * why a dependent can never be reconciled.
   */
  public record Resolution(
      Map<ObjectRef, List<ObjectRef>> edges,
      List<Finding> findings,
      Map<ObjectRef, String> blocked) {}

  private final String cluster;
  private final Map<ObjectRef, GraphNode> nodes = new LinkedHashMap<>();
  private final List<ObjectRef> unrendered;

  public Resolver(String cluster, List<GraphNode> nodes, List<ObjectRef> unrendered) {
    this.cluster = cluster;
    nodes.forEach(n -> this.nodes.put(n.ref(), n));
    this.unrendered = List.copyOf(unrendered);
  }

  public Resolution resolve() {
    Map<ObjectRef, List<ObjectRef>> edges = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    Map<ObjectRef, String> blocked = new LinkedHashMap<>();
    for (GraphNode n : nodes.values()) {
      List<ObjectRef> targets = new ArrayList<>();
      for (Dependency d : n.dependsOn()) {
        ObjectRef t = d.target();
        if (t.equals(n.ref())) {
          findings.add(
              finding(
                  Finding.Type.SELF_DEPENDENCY,
                  n,
                  d,
                  "depends on itself; Flux never" + " reconciles it"));
          blocked.putIfAbsent(n.ref(), "depends on itself");
        } else if (nodes.containsKey(t)) {
          if (!targets.contains(t)) {
            targets.add(t);
          }
        } else {
          Finding f = unresolved(n, d);
          findings.add(f);
          blocked.putIfAbsent(
              n.ref(),
              f.type() == Finding.Type.UNRESOLVED_DEPENDENCY
                  ? "waits for " + t + ", which is not in the rendered output"
                  : "waits for " + t + ", which does not exist");
        }
      }
      edges.put(n.ref(), List.copyOf(targets));
    }
    return new Resolution(edges, findings, blocked);
  }

  private Finding unresolved(GraphNode n, Dependency d) {
    ObjectRef t = d.target();
    String head = "dependsOn " + t + ": ";
    if (t.name().isEmpty()) {
      return finding(Finding.Type.MISSING_DEPENDENCY, n, d, "dependsOn entry without a name");
    }
    String otherKind =
        t.kind().equals(GraphNode.KUSTOMIZATION) ? GraphNode.HELM_RELEASE : GraphNode.KUSTOMIZATION;
    ObjectRef other = new ObjectRef(otherKind, t.namespace(), t.name());
    if (nodes.containsKey(other)) {
      return finding(
          Finding.Type.WRONG_KIND_DEPENDENCY,
          n,
          d,
          head
              + "there is no such "
              + t.kind()
              + ", only "
              + other
              + "; a "
              + n.ref().kind()
              + " can only depend on "
              + n.ref().kind()
              + "s, so Flux waits forever");
    }
    if (!unrendered.isEmpty()) {
      return new Finding(
          Finding.Severity.WARNING,
          Finding.Type.UNRESOLVED_DEPENDENCY,
          cluster,
          d.pos(),
          n.ref(),
          head
              + "not in the rendered output; it may come from "
              + Names.list(unrendered, 3)
              + ", not rendered (map external sources with --source NAME=DIR)",
          List.of(n.ref(), t));
    }
    ObjectRef hint = Names.suggest(t, nodes.keySet());
    return finding(
        Finding.Type.MISSING_DEPENDENCY,
        n,
        d,
        head
            + "no such "
            + t.kind()
            + " in cluster "
            + cluster
            + (hint == null ? "" : "; did you mean " + hint + "?")
            + "; Flux waits for it forever");
  }

  private Finding finding(Finding.Type type, GraphNode n, Dependency d, String message) {
    return new Finding(
        Finding.Severity.ERROR,
        type,
        cluster,
        d.pos(),
        n.ref(),
        message,
        List.of(n.ref(), d.target()));
  }
}
