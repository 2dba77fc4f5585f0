package dev.hops.cli;

import java.io.PrintWriter;
import java.util.List;

/** A format {@code hops diff} prints its changes in: {@code -o NAME}. */
interface DiffOutput {

  /** The formats, in the order --help lists them. */
  List<String> FORMATS = List.of("unified", "markdown", "json");

  void print(PrintWriter out, DiffReport report);

  /**
   * The format named {@code name}, or null for an unknown name.
   *
   * @param color whether to color the unified output (on a terminal)
   * @param limitBytes the most bytes the markdown output may take (a PR comment's limit); 0 or less
   *     for no limit
   */
  static DiffOutput named(String name, boolean color, long limitBytes) {
    return switch (name) {
      case "unified" -> new UnifiedDiffOutput(color);
      case "markdown" -> new MarkdownDiffOutput(limitBytes);
      case "json" -> new JsonDiffOutput();
      default -> null;
    };
  }
}
