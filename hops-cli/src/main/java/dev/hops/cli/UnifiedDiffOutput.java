package dev.hops.cli;

import dev.hops.diff.Change;
import dev.hops.diff.Reach;
import dev.hops.flux.ObjectRef;
import java.io.PrintWriter;
import java.util.ArrayList;
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
    // paragraphs, printed with a blank line between them
    List<List<String>> paragraphs = new ArrayList<>();
    if (report.revisions() != null) {
      paragraphs.add(
          List.of(paint(BOLD, "--- " + report.base()), paint(BOLD, "+++ " + report.head())));
    }
    Function<DiffReport.Owner, String> names = report.ownerNames();
    for (Map.Entry<DiffReport.Owner, List<Change>> e : report.byOwner().entrySet()) {
      List<String> p = new ArrayList<>();
      p.add(paint(BOLD, names.apply(e.getKey())));
      for (Change c : e.getValue()) {
        for (String line : DiffLines.of(c)) {
          p.add(paint(colorOf(line), line));
        }
      }
      paragraphs.add(p);
    }
    if (!report.reach().isEmpty()) {
      paragraphs.add(reach(report.reach()));
    }
    if (!report.notes().isEmpty()) {
      paragraphs.add(report.notes().stream().map(n -> paint(YELLOW, "note: " + n)).toList());
    }
    paragraphs.add(List.of(paint(BOLD, report.summary())));
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.println();
      }
      paragraphs.get(i).forEach(out::println);
    }
  }

  private List<String> reach(List<Reach> reach) {
    List<String> out = new ArrayList<>();
    out.add(paint(BOLD, "Blast radius"));
    for (Reach r : reach) {
      List<String> owners = r.owners().stream().map(ObjectRef::toString).toList();
      out.add(
          "  "
              + r.file()
              + paint(DIM, " → ")
              + (owners.isEmpty() ? "(nothing)" : String.join(", ", owners)));
    }
    return out;
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
