package dev.hops.cli;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.flux.graph.GraphNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code hops graph -o mermaid}: a {@code flowchart} (renders in GitHub markdown), one subgraph per
 * cluster. Solid arrows: dependency to dependent; dotted: Kustomization to what it applies.
 */
final class MermaidGraphOutput implements GraphOutput {

  @Override
  public void print(PrintWriter out, List<DependencyGraph> graphs) {
    out.println("flowchart LR");
    out.println("  %% solid: dependsOn (dependency --> dependent); dotted: Kustomization applies");
    Set<String> taken = new HashSet<>();
    List<String> blocked = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (DependencyGraph g : graphs) {
      GraphShapes s = GraphShapes.of(g);
      String prefix = graphs.size() > 1 ? GraphShapes.sanitize(g.cluster()) + "__" : "";
      List<ObjectRef> refs = new ArrayList<>(s.nodes().stream().map(GraphNode::ref).toList());
      refs.addAll(s.missing());
      Map<ObjectRef, String> ids = GraphShapes.ids(prefix, refs, taken);
      String cluster = GraphShapes.sanitize("cluster_" + prefix + g.cluster());
      taken.add(cluster);
      out.println("  subgraph " + cluster + "[\"cluster " + text(g.cluster()) + "\"]");
      for (GraphNode n : s.nodes()) {
        String label = "\"" + text(n.ref().kind()) + "<br/>" + text(name(n.ref())) + "\"";
        out.println(
            "    "
                + ids.get(n.ref())
                + (n.isHelmRelease() ? "([" + label + "])" : "[" + label + "]"));
        if (s.blocked().contains(n.ref())) {
          blocked.add(ids.get(n.ref()));
        }
      }
      for (ObjectRef m : s.missing()) {
        out.println(
            "    "
                + ids.get(m)
                + "[\""
                + text(m.kind())
                + "<br/>"
                + text(name(m))
                + "<br/>(missing)\"]");
        missing.add(ids.get(m));
      }
      out.println("  end");
      for (GraphShapes.Edge e : s.edges()) {
        out.println(
            "  " + ids.get(e.from()) + (e.applies() ? " -.-> " : " --> ") + ids.get(e.to()));
      }
    }
    if (!blocked.isEmpty()) {
      out.println("  classDef blocked fill:#fde2e2,stroke:#c62828,color:#8e0000");
      out.println("  class " + String.join(",", blocked) + " blocked");
    }
    if (!missing.isEmpty()) {
      out.println("  classDef missing fill:#fff,stroke:#c62828,stroke-dasharray:5 3,color:#8e0000");
      out.println("  class " + String.join(",", missing) + " missing");
    }
  }

  private static String name(ObjectRef r) {
    return r.namespace().isEmpty() ? r.name() : r.namespace() + "/" + r.name();
  }

  /** Mermaid label text: quotes and angle brackets as entities. */
  private static String text(String s) {
    return s.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }
}
