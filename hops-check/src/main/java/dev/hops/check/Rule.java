package dev.hops.check;

import java.util.function.Consumer;

/** One check over a rendered repository. */
public interface Rule {

  /** Stable id, used in findings, suppressions and configuration (kebab-case). */
  String id();

  Severity defaultSeverity();

  /** One line: what the rule wants. */
  String summary();

  /** Reports what it finds, with {@link #defaultSeverity()} unless a finding says otherwise. */
  void check(CheckContext context, Consumer<Finding> findings);
}
