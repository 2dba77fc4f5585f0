package dev.hops.cli;

import dev.hops.flux.graph.DependencyGraph;
import dev.hops.flux.graph.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * The stderr side of a dependency graph: one line per finding, {@code error: file:line:
 * Kind/namespace/name: reason}. Shared by the commands that render a repository.
 */
final class GraphReport {

  private GraphReport() {}

  /** Prints the findings of {@code graphs}; returns the exit code (1 if any is an error). */
  static int print(PrintWriter err, List<DependencyGraph> graphs) {
    boolean several = graphs.size() > 1;
    int errors = 0;
    for (DependencyGraph g : graphs) {
      for (Finding f : g.findings()) {
        errors += f.isError() ? 1 : 0;
        err.println(
            f.severity().label()
                + ": "
                + (several ? "[" + f.cluster() + "] " : "")
                + f.format().replace("\r", "").replace("\n", " "));
      }
    }
    err.flush();
    return errors > 0 ? 1 : 0;
  }
}
