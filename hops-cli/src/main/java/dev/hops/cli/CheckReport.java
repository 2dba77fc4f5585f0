package dev.hops.cli;

import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import java.util.List;
import java.util.function.Function;

/**
 * What a check output prints: the findings, the rules that ran with the severity the configuration
 * gives them (formats that describe rules carry them), where the files are in the repository, and
 * the version of Hops.
 *
 * @param paths repository-relative paths of the findings' files (for GitHub)
 */
record CheckReport(
    List<Finding> findings,
    List<Rule> rules,
    Function<Rule, Severity> severity,
    RepoPaths paths,
    String version) {

  CheckReport {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
  }

  /** The path of a finding's file relative to the repository root, or null when it has none. */
  String repositoryPath(Finding f) {
    return paths.relative(f.pos().file());
  }

  /** {@code Kind/namespace/name: message}. */
  static String objectMessage(Finding f) {
    return (f.object().isEmpty() ? "" : f.object() + ": ") + f.message();
  }
}
