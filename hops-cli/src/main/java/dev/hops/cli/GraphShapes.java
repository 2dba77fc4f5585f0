package dev.hops.cli;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.BlockedNode;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.flux.graph.Finding;
import dev.hops.flux.graph.GraphNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the drawing formats (Mermaid, DOT) draw of a graph: nodes, the targets that do not exist,
 * edges in reconciliation order (dependency to dependent, Kustomization to what it applies), and
 * which nodes are blocked.
 */
record GraphShapes(
    List<GraphNode> nodes, Set<ObjectRef> missing, List<Edge> edges, Set<ObjectRef> blocked) {

  /** An arrow from what comes first to what waits for it. */
  record Edge(ObjectRef from, ObjectRef to, boolean applies) {}

  static GraphShapes of(DependencyGraph g) {
    Set<ObjectRef> missing = new LinkedHashSet<>();
    List<Edge> edges = new ArrayList<>();
    for (Finding f : g.findings()) {
      boolean unresolved =
          f.type() == Finding.Type.MISSING_DEPENDENCY
              || f.type() == Finding.Type.WRONG_KIND_DEPENDENCY
              || f.type() == Finding.Type.UNRESOLVED_DEPENDENCY;
      if (unresolved && f.chain().size() == 2) {
        missing.add(f.chain().get(1));
        edges.add(new Edge(f.chain().get(1), f.chain().get(0), false));
      }
    }
    for (GraphNode n : g.nodes()) {
      for (GraphNode d : g.dependencies(n)) {
        edges.add(new Edge(d.ref(), n.ref(), false));
      }
      if (n.appliedBy() != null && g.node(n.appliedBy()).isPresent()) {
        edges.add(new Edge(n.appliedBy(), n.ref(), true));
      }
    }
    Set<ObjectRef> blocked = new HashSet<>();
    for (BlockedNode b : g.blocked()) {
      blocked.add(b.node().ref());
    }
    return new GraphShapes(g.nodes(), missing, edges, blocked);
  }

  /**
   * Identifiers made of letters, digits and underscores, derived from the refs (stable across runs
   * and edits elsewhere); a clash after sanitizing gets a numbered suffix in node order.
   */
  static Map<ObjectRef, String> ids(String prefix, List<ObjectRef> refs, Set<String> taken) {
    Map<ObjectRef, String> out = new HashMap<>();
    for (ObjectRef r : refs) {
      String kind =
          switch (r.kind()) {
            case GraphNode.KUSTOMIZATION -> "ks";
            case GraphNode.HELM_RELEASE -> "hr";
            default -> r.kind().toLowerCase(java.util.Locale.ROOT);
          };
      String base = sanitize(prefix + kind + "_" + r.namespace() + "__" + r.name());
      String id = base;
      for (int i = 2; !taken.add(id); i++) {
        id = base + "_" + i;
      }
      out.put(r, id);
    }
    return out;
  }

  static String sanitize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
    }
    return sb.toString();
  }
}
