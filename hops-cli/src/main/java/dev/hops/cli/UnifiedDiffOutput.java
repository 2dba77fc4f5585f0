package dev.hops.cli;

import dev.hops.diff.Change;
import dev.hops.diff.Reach;
import dev.hops.flux.ObjectRef;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Changes as {@code diff -u} would show them if it compared objects: a header per Kustomization or
 * HelmRelease, then each object's change and its fields ({@link DiffLines}); the blast radius, the
 * notes and a summary at the end. Colored on a terminal.
 */
final class UnifiedDiffOutput implements DiffOutput {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final boolean color;

  UnifiedDiffOutput(boolean color) {
    this.color = color;
  }

  @Override
  public void print(PrintWriter out, DiffReport report) {
    if (report.revisions() != null) {
      out.println(paint(BOLD, "--- " + report.base()));
      out.println(paint(BOLD, "+++ " + report.head()));
    }
    Function<DiffReport.Owner, String> names = report.ownerNames();
    for (Map.Entry<DiffReport.Owner, List<Change>> e : report.byOwner().entrySet()) {
      out.println();
      out.println(paint(BOLD, names.apply(e.getKey())));
      for (Change c : e.getValue()) {
        for (String line : DiffLines.of(c)) {
          out.println(paint(colorOf(line), line));
        }
      }
    }
    reach(out, report.reach());
    if (!report.notes().isEmpty()) {
      out.println();
      for (String note : report.notes()) {
        out.println(paint(YELLOW, "note: " + note));
      }
    }
    out.println();
    out.println(paint(BOLD, report.summary()));
  }

  private void reach(PrintWriter out, List<Reach> reach) {
    if (reach.isEmpty()) {
      return;
    }
    out.println();
    out.println(paint(BOLD, "Blast radius"));
    for (Reach r : reach) {
      List<String> owners = r.owners().stream().map(ObjectRef::toString).toList();
      out.println(
          "  "
              + r.file()
              + paint(DIM, " → ")
              + (owners.isEmpty() ? "(nothing)" : String.join(", ", owners)));
    }
  }

  private static String colorOf(String line) {
    if (line.trim().startsWith("@@")) {
      return CYAN;
    }
    return switch (line.charAt(0)) {
      case '+' -> GREEN;
      case '-' -> RED;
      case '~' -> YELLOW;
      default -> null;
    };
  }

  private String paint(String code, String text) {
    return color && code != null ? code + text + RESET : text;
  }
}
