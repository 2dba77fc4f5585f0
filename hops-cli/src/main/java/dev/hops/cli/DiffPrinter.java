package dev.hops.cli;

import dev.hops.diff.DiffResult;
import java.io.PrintWriter;

/** Prints the changes of a diff in one of {@link DiffOptions#FORMATS}. */
@FunctionalInterface
interface DiffPrinter {

  /**
   * @param result the revisions, their renders, the changed files and the selected changes
   * @param format unified, markdown or json
   * @param color whether to color (unified)
   * @param limitBytes cut the output at about this many bytes, saying what was left out (0: none)
   */
  void print(PrintWriter out, DiffResult result, String format, boolean color, long limitBytes);
}
