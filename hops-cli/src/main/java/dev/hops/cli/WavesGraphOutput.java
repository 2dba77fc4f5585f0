package dev.hops.cli;

import dev.hops.flux.graph.BlockedNode;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.flux.graph.GraphNode;
import java.io.PrintWriter;
import java.util.List;

/** {@code hops graph -o waves}: the reconciliation order, wave by wave, then what is blocked. */
final class WavesGraphOutput implements GraphOutput {

  @Override
  public void print(PrintWriter out, List<DependencyGraph> graphs) {
    for (int i = 0; i < graphs.size(); i++) {
      DependencyGraph g = graphs.get(i);
      if (i > 0) {
        out.println();
      }
      out.println("cluster " + g.cluster());
      List<List<GraphNode>> waves = g.waves();
      for (int w = 0; w < waves.size(); w++) {
        out.println("wave " + w + " (" + waves.get(w).size() + ")");
        waves.get(w).forEach(n -> out.println("  " + n.ref()));
      }
      if (!g.blocked().isEmpty()) {
        out.println("blocked (" + g.blocked().size() + ")");
        for (BlockedNode b : g.blocked()) {
          out.println("  " + b.node().ref() + ": " + b.reason());
        }
      }
    }
  }
}
