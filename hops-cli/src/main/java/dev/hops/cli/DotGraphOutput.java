package dev.hops.cli;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.flux.graph.GraphNode;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code hops graph -o dot}: a Graphviz {@code digraph}, one cluster subgraph per Flux cluster,
 * nodes named by {@code Kind/namespace/name} (prefixed with the cluster when there are several).
 */
final class DotGraphOutput implements GraphOutput {

  @Override
  public void print(PrintWriter out, List<DependencyGraph> graphs) {
    out.println("digraph flux {");
    out.println("  // solid: dependsOn (dependency -> dependent); dotted: Kustomization applies");
    out.println("  rankdir=LR;");
    out.println("  node [shape=box, fontname=\"Helvetica\", fontsize=10];");
    for (int i = 0; i < graphs.size(); i++) {
      DependencyGraph g = graphs.get(i);
      GraphShapes s = GraphShapes.of(g);
      String prefix = graphs.size() > 1 ? g.cluster() + ":" : "";
      out.println("  subgraph " + quote("cluster_" + i) + " {");
      out.println("    label=" + quote("cluster " + g.cluster()) + ";");
      for (GraphNode n : s.nodes()) {
        StringBuilder attrs = new StringBuilder("label=" + quote(label(n.ref())));
        if (n.isHelmRelease()) {
          attrs.append(", style=rounded");
        }
        if (s.blocked().contains(n.ref())) {
          attrs.append(", color=red3, fontcolor=red3");
        }
        out.println("    " + quote(prefix + n.ref()) + " [" + attrs + "];");
      }
      for (ObjectRef m : s.missing()) {
        out.println(
            "    "
                + quote(prefix + m)
                + " [label="
                + quote(label(m) + "\n(missing)")
                + ", style=dashed, color=red3, fontcolor=red3];");
      }
      out.println("  }");
      for (GraphShapes.Edge e : s.edges()) {
        out.println(
            "  "
                + quote(prefix + e.from())
                + " -> "
                + quote(prefix + e.to())
                + (e.applies() ? " [style=dotted, color=gray50]" : "")
                + ";");
      }
    }
    out.println("}");
  }

  private static String label(ObjectRef r) {
    return r.kind() + "\n" + (r.namespace().isEmpty() ? r.name() : r.namespace() + "/" + r.name());
  }

  /** A DOT quoted string; a newline becomes the escape {@code \n}. */
  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
