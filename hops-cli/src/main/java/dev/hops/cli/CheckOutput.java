package dev.hops.cli;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.io.PrintWriter;
import java.util.List;

/** A format {@code hops check} prints its findings in. */
interface CheckOutput {

  /** Prints the findings of a run. */
  void print(PrintWriter out, CheckReport report);

  /** The formats, by the name {@code -o} takes. */
  static CheckOutput named(String name, boolean color) {
    return switch (name) {
      case "text" -> new TextCheckOutput(color);
      case "json" -> new JsonCheckOutput();
      case "sarif" -> new SarifCheckOutput();
      case "junit" -> new JunitCheckOutput();
      case "github" -> new GithubCheckOutput();
      default -> null;
    };
  }

  /** The names {@code -o} takes, for messages. */
  String NAMES = "text, json, sarif, junit, github";

  static long count(List<Finding> findings, Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** {@code 2 errors, 1 warning, 0 infos}. */
  static String summary(List<Finding> findings) {
    return plural(count(findings, Severity.ERROR), "error")
        + ", "
        + plural(count(findings, Severity.WARNING), "warning")
        + ", "
        + plural(count(findings, Severity.INFO), "info");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
