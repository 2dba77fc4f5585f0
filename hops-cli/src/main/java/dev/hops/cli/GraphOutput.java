package dev.hops.cli;

import dev.hops.flux.graph.DependencyGraph;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;
import java.io.PrintWriter;
import java.util.List;

/** A way to print dependency graphs: {@code hops graph -o NAME}. */
interface GraphOutput {

  /** The formats, in the order --help lists them. */
  List<String> FORMATS = List.of("tree", "waves", "mermaid", "dot");

  void print(PrintWriter out, List<DependencyGraph> graphs);

  static GraphOutput named(String format) {
    return switch (format) {
      case "tree" -> new TreeGraphOutput();
      case "waves" -> new WavesGraphOutput();
      case "mermaid" -> new MermaidGraphOutput();
      case "dot" -> new DotGraphOutput();
      default ->
          throw new HopsException(
              SourcePos.UNKNOWN,
              null,
              "invalid output format '" + format + "': use " + String.join(", ", FORMATS));
    };
  }
}
