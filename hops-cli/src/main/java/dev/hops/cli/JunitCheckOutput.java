package dev.hops.cli;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML: one test suite per file (as ESLint and kubeconform report, so that a CI's test view
 * lists the findings by file), one test case per finding, failed for errors and warnings, passed
 * with the finding in its output for infos. A run without findings is one passed test case.
 */
final class JunitCheckOutput implements CheckOutput {

  private static final String NO_FILE = "(no file)";

  @Override
  public void print(PrintWriter out, CheckReport report) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byFile.computeIfAbsent(fileOf(report, f), k -> new ArrayList<>()).add(f);
    }
    long failures = report.findings().stream().filter(JunitCheckOutput::fails).count();
    int tests = Math.max(1, report.findings().size());
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println(
        "<testsuites name=\"hops check\" tests=\""
            + tests
            + "\" failures=\""
            + failures
            + "\" errors=\"0\" skipped=\"0\" time=\"0\">");
    if (byFile.isEmpty()) {
      out.println(
          "  <testsuite name=\"hops check\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\""
              + " time=\"0\">");
      out.println("    <testcase name=\"no findings\" classname=\"hops check\" time=\"0\"/>");
      out.println("  </testsuite>");
    }
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      suite(out, e.getKey(), e.getValue());
    }
    out.println("</testsuites>");
  }

  private static void suite(PrintWriter out, String file, List<Finding> findings) {
    long failures = findings.stream().filter(JunitCheckOutput::fails).count();
    out.println(
        "  <testsuite name=\""
            + Xml.attr(file)
            + "\" tests=\""
            + findings.size()
            + "\" failures=\""
            + failures
            + "\" errors=\"0\" skipped=\"0\" time=\"0\">");
    for (Finding f : findings) {
      testcase(out, file, f);
    }
    out.println("  </testsuite>");
  }

  private static void testcase(PrintWriter out, String file, Finding f) {
    int line = f.pos().line();
    String name =
        f.rule()
            + (f.object().isEmpty() ? "" : " " + f.object())
            + (line > 0 ? " line " + line : "");
    StringBuilder tc = new StringBuilder("    <testcase name=\"").append(Xml.attr(name));
    tc.append("\" classname=\"").append(Xml.attr(file)).append('"');
    if (!file.equals(NO_FILE)) {
      tc.append(" file=\"").append(Xml.attr(file)).append('"');
      if (line > 0) {
        tc.append(" line=\"").append(line).append('"');
      }
    }
    tc.append(" time=\"0\">");
    out.println(tc);
    String details = details(f);
    if (fails(f)) {
      out.println(
          "      <failure message=\""
              + Xml.attr(CheckReport.objectMessage(f))
              + "\" type=\""
              + f.severity().label()
              + "\">"
              + Xml.text(details)
              + "</failure>");
    } else {
      out.println("      <system-out>" + Xml.text(details) + "</system-out>");
    }
    out.println("    </testcase>");
  }

  /** {@code file:line:col: severity rule}, the object and message, and the hint. */
  private static String details(Finding f) {
    String where = f.pos().isKnown() ? f.pos() + ": " : "";
    return where
        + f.severity().label()
        + " "
        + f.rule()
        + "\n"
        + CheckReport.objectMessage(f)
        + (f.hint().isEmpty() ? "" : "\nhint: " + f.hint());
  }

  private static boolean fails(Finding f) {
    return f.severity() != Severity.INFO;
  }

  /** The repository-relative path, else the file as displayed, else {@value #NO_FILE}. */
  private static String fileOf(CheckReport report, Finding f) {
    String p = report.repositoryPath(f);
    if (p != null) {
      return p;
    }
    return f.pos().file().isEmpty() ? NO_FILE : f.pos().file();
  }
}
