package dev.hops.cli;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Findings grouped by file, one line each, a hint below the first finding that has it; colors on a
 * terminal.
 */
final class TextCheckOutput implements CheckOutput {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BLUE = "\u001b[34m";

  private final boolean color;

  TextCheckOutput(boolean color) {
    this.color = color;
  }

  @Override
  public void print(PrintWriter out, CheckReport report) {
    List<Finding> findings = report.findings();
    java.util.Set<String> hinted = new java.util.HashSet<>();
    String file = null;
    for (Finding f : findings) {
      if (!f.pos().file().equals(file)) {
        file = f.pos().file();
        out.println(paint(BOLD, file.isEmpty() ? "(no file)" : file));
      }
      String where = f.pos().line() > 0 ? f.pos().line() + ":" + f.pos().column() : "-";
      out.println(
          "  "
              + paint(DIM, where)
              + "  "
              + paint(colorOf(f.severity()), f.severity().label())
              + "  "
              + f.rule()
              + "  "
              + (f.object().isEmpty() ? "" : f.object() + ": ")
              + f.message().replace("\n", " "));
      // a hint is shown once per rule: the same advice under every finding is noise
      if (!f.hint().isEmpty() && hinted.add(f.rule() + "\n" + f.hint())) {
        out.println(paint(DIM, "      hint: " + f.hint()));
      }
    }
    String summary = CheckOutput.summary(findings);
    long errors = CheckOutput.count(findings, Severity.ERROR);
    out.println(findings.isEmpty() ? "no findings" : paint(errors > 0 ? RED : BOLD, summary));
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> BLUE;
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
