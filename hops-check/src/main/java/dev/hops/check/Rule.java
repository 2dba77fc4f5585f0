package dev.hops.check;

import java.util.function.Consumer;

/** One check over a rendered repository. */
public interface Rule {

  /** Stable id, used in findings, suppressions and configuration (kebab-case). */
  String id();

  /**
   * The severity of its findings; a finding may be less severe (one the rule is not sure of, such
   * as a reference whose target may be among objects Hops could not render). The configured
   * severity replaces this one and caps the others.
   */
  Severity defaultSeverity();

  /** One line: what the rule wants. */
  String summary();

  /** One paragraph: why the rule exists and what to do about a finding ({@code --explain}). */
  String explanation();

  /**
   * Checks the settings before anything is rendered (for example that the Kubernetes version is one
   * it knows); throws a {@link CheckConfigException} saying what is wrong.
   */
  default void validate(CheckSettings settings) {}

  /**
   * Reports what it finds, with {@link #defaultSeverity()}; the checker applies the configured
   * severity and the suppressions afterwards.
   */
  void check(CheckContext context, Consumer<Finding> findings);
}
