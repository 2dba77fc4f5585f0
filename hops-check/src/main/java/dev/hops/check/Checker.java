package dev.hops.check;

import dev.hops.check.internal.SecretGuard;
import dev.hops.check.internal.Suppressions;
import dev.hops.check.internal.cel.CelRules;
import dev.hops.check.rules.Rules;
import dev.hops.flux.RenderResult;
import dev.hops.kustomize.SourceTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the rules over a render and returns the findings, by file and line: each at the severity the
 * configuration gives its rule, without the ones an {@code hops.dev/ignore} annotation or an {@code
 * ignore} entry of the configuration suppresses, each reported once.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().settings(settings).build();
 * List<Finding> findings = checker.check(renderResult, SourceTree.onDisk(repo));
 * }</pre>
 */
public final class Checker {

  /**
   * The annotation that suppresses findings on one object: {@code rule-id,rule-id} or {@code all}.
   */
  public static final String IGNORE_ANNOTATION = "hops.dev/ignore";

  private final List<Rule> rules;
  private final CheckSettings settings;

  private Checker(List<Rule> rules, CheckSettings settings) {
    this.rules = List.copyOf(rules);
    this.settings = settings;
    validate();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The built-in rules with default settings. */
  public static Checker withBuiltInRules() {
    return builder().build();
  }

  /** Every rule this checker knows, the ones turned off included. */
  public List<Rule> rules() {
    return rules;
  }

  public CheckSettings settings() {
    return settings;
  }

  /** The rules that run: every rule the configuration does not turn off. */
  public List<Rule> activeRules() {
    return rules.stream().filter(r -> !settings.config().isOff(r.id())).toList();
  }

  public List<Finding> check(RenderResult result, SourceTree repository) {
    CheckContext context = new CheckContext(result, repository, settings);
    Suppressions suppressions = Suppressions.of(context);
    SecretGuard guard = SecretGuard.of(context);
    Set<Finding> out = new LinkedHashSet<>();
    for (Rule rule : activeRules()) {
      Severity severity = settings.config().severity(rule);
      rule.check(
          context,
          f -> {
            if (!suppressions.suppresses(f)
                && !settings.config().ignores(f.rule(), context.repositoryPath(f.pos()))) {
              Finding masked = guard.mask(f);
              out.add(
                  masked.withSeverity(effective(f.severity(), rule.defaultSeverity(), severity)));
            }
          });
    }
    List<Finding> sorted = new ArrayList<>(out);
    sorted.sort(
        Comparator.comparing((Finding f) -> f.pos().file())
            .thenComparingInt(f -> f.pos().line())
            .thenComparingInt(f -> f.pos().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::object)
            .thenComparing(Finding::message));
    return sorted;
  }

  /**
   * A finding at its rule's default severity takes the configured one; a finding the rule made less
   * severe (an uncertain one) stays so, and no finding is more severe than the configured severity.
   */
  static Severity effective(Severity found, Severity ruleDefault, Severity configured) {
    if (found == ruleDefault) {
      return configured;
    }
    return found.compareTo(configured) > 0 ? found : configured;
  }

  /** Rule ids the configuration names must exist; the active rules accept the settings. */
  private void validate() {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("two rules with id " + r.id());
      }
    }
    for (CheckConfig.RuleSetting s : settings.config().rules().values()) {
      if (!ids.contains(s.id())) {
        throw new CheckConfigException(s.pos(), "unknown rule '" + s.id() + "'" + SEE_LIST);
      }
    }
    for (CheckConfig.Ignore i : settings.config().ignores()) {
      for (String id : i.rules()) {
        if (!ids.contains(id)) {
          throw new CheckConfigException(i.pos(), "ignore: unknown rule '" + id + "'" + SEE_LIST);
        }
      }
    }
    for (Rule r : activeRules()) {
      r.validate(settings);
    }
  }

  private static final String SEE_LIST = " (hops check --list-rules lists the rules)";

  /** Options of a {@link Checker}. */
  public static final class Builder {
    private final List<Rule> extra = new ArrayList<>();
    private CheckSettings settings = CheckSettings.defaults();

    public Builder settings(CheckSettings settings) {
      this.settings = Objects.requireNonNull(settings);
      return this;
    }

    /**
     * A rule besides the built-in ones and the configuration's custom rules (listed after them).
     */
    public Builder rule(Rule rule) {
      extra.add(Objects.requireNonNull(rule));
      return this;
    }

    /**
     * The built-in rules, then the custom rules of the configuration, then the added ones.
     *
     * @throws CheckConfigException when a custom rule's id is taken or its expression does not
     *     compile
     */
    public Checker build() {
      List<Rule> all = new ArrayList<>(Rules.builtIn());
      List<CheckConfig.CustomRule> custom = settings.config().custom();
      if (!custom.isEmpty()) {
        checkCustomIds(all, custom);
        // the CEL library is loaded here only, when there is a custom rule to compile
        all.addAll(CelRules.compile(custom));
      }
      all.addAll(extra);
      return new Checker(all, settings);
    }

    private static void checkCustomIds(List<Rule> builtIn, List<CheckConfig.CustomRule> custom) {
      Set<String> taken = new HashSet<>();
      builtIn.forEach(r -> taken.add(r.id()));
      Set<String> seen = new HashSet<>();
      for (CheckConfig.CustomRule c : custom) {
        if (taken.contains(c.id())) {
          throw new CheckConfigException(
              c.pos(), "custom rule " + c.id() + ": a built-in rule has this id; choose another");
        }
        if (!seen.add(c.id())) {
          throw new CheckConfigException(c.pos(), "custom rule " + c.id() + " is defined twice");
        }
      }
    }
  }
}
