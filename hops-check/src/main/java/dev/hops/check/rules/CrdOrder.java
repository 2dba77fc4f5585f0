package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.flux.graph.GraphNode;
import dev.hops.yaml.MappingNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A custom kind is applied only after its CustomResourceDefinition: the Kustomization (or
 * HelmRelease) that uses it depends, through its dependsOn chain or the Kustomizations that apply
 * it, on the one that installs the CRD.
 */
public final class CrdOrder implements Rule {

  @Override
  public String id() {
    return "crd-order";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "objects of a custom kind wait for the Kustomization that installs its CRD";
  }

  @Override
  public String explanation() {
    return "kustomize-controller validates a whole Kustomization against the API server before "
        + "applying it: if one object's kind is not known yet, nothing of it is applied. On a "
        + "running cluster the CRD is already there, so the mistake only shows on a fresh "
        + "cluster (a rebuild, disaster recovery), where the Kustomization fails until the one "
        + "installing the CRD happens to have run. An object is safe when its Kustomization "
        + "installs the CRD itself, or is applied by (a descendant of) the Kustomization that "
        + "does, or depends on it through dependsOn. For CRDs a HelmRelease installs, depend on "
        + "the Kustomization that applies that HelmRelease, and let it wait for it (wait: true).";
  }

  /** The node that installs a CRD, and the group/kind it defines. */
  private record Installer(GraphNode node, String kind) {}

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (DependencyGraph graph : context.graphs()) {
      Map<String, List<Installer>> installers = installers(context, graph);
      if (installers.isEmpty()) {
        continue;
      }
      Set<String> reported = new HashSet<>();
      for (CheckContext.Rendered r : context.objects(graph.cluster())) {
        List<Installer> from = installers.get(r.group() + "/" + r.kind());
        if (from == null || r.kind().equals("CustomResourceDefinition")) {
          continue;
        }
        GraphNode user = graph.node(r.owner()).orElse(null);
        if (user == null || !reported.add(user.ref() + " " + r.group() + "/" + r.kind())) {
          continue;
        }
        if (!safe(graph, user, from)) {
          findings.accept(finding(r, user, from.getFirst(), graph));
        }
      }
    }
  }

  private Finding finding(
      CheckContext.Rendered r, GraphNode user, Installer installer, DependencyGraph graph) {
    ObjectRef target = installer.node().ref();
    if (installer.node().isHelmRelease() && installer.node().appliedBy() != null) {
      target = installer.node().appliedBy();
    }
    return Finding.of(
        this,
        r.pos(),
        r.ref(),
        r.kind()
            + " is defined by the CRD that "
            + installer.node().ref()
            + " installs, which "
            + user.ref()
            + " does not wait for: on a fresh cluster its apply fails until that CRD exists",
        "add to "
            + user.ref()
            + " dependsOn: {name: "
            + target.name()
            + ", namespace: "
            + target.namespace()
            + "}"
            + (installer.node().isHelmRelease() ? " (with wait: true on it)" : ""));
  }

  /** group/kind of every CRD of the cluster, with the nodes that install it. */
  private static Map<String, List<Installer>> installers(
      CheckContext context, DependencyGraph graph) {
    Map<String, List<Installer>> out = new LinkedHashMap<>();
    for (CheckContext.Rendered r : context.objects(graph.cluster())) {
      if (!r.kind().equals("CustomResourceDefinition")) {
        continue;
      }
      MappingNode spec = r.object().getMapping("spec");
      MappingNode names = spec == null ? null : spec.getMapping("names");
      GraphNode node = graph.node(r.owner()).orElse(null);
      if (names == null || node == null) {
        continue;
      }
      String key = spec.getString("group") + "/" + names.getString("kind");
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Installer(node, key));
    }
    return out;
  }

  /**
   * Whether one of the installers has run before {@code user}: it is {@code user} or something
   * {@code user} waits for (its dependsOn, transitively, and the Kustomizations that applied it); a
   * HelmRelease installer counts when {@code user} depends on the Kustomization that applies it.
   */
  private static boolean safe(DependencyGraph graph, GraphNode user, List<Installer> installers) {
    Map<ObjectRef, Boolean> reached = closure(graph, user);
    for (Installer i : installers) {
      if (reached.containsKey(i.node().ref())) {
        return true;
      }
      ObjectRef applier = i.node().appliedBy();
      if (i.node().isHelmRelease() && applier != null && reached.getOrDefault(applier, false)) {
        return true;
      }
    }
    return false;
  }

  /** Nodes that run before {@code start}; true when reached through a dependsOn edge. */
  private static Map<ObjectRef, Boolean> closure(DependencyGraph graph, GraphNode start) {
    Map<ObjectRef, Boolean> seen = new HashMap<>();
    Deque<GraphNode> nodes = new ArrayDeque<>();
    Deque<Boolean> viaDeps = new ArrayDeque<>();
    nodes.add(start);
    viaDeps.add(false);
    seen.put(start.ref(), false);
    while (!nodes.isEmpty()) {
      GraphNode n = nodes.poll();
      boolean via = viaDeps.poll();
      for (GraphNode d : graph.dependencies(n)) {
        visit(d, true, seen, nodes, viaDeps);
      }
      if (n.appliedBy() != null) {
        graph.node(n.appliedBy()).ifPresent(a -> visit(a, via, seen, nodes, viaDeps));
      }
    }
    return seen;
  }

  private static void visit(
      GraphNode n,
      boolean via,
      Map<ObjectRef, Boolean> seen,
      Deque<GraphNode> nodes,
      Deque<Boolean> viaDeps) {
    Boolean before = seen.get(n.ref());
    if (before == null || (via && !before)) {
      seen.put(n.ref(), via);
      nodes.add(n);
      viaDeps.add(via);
    }
  }
}
