package dev.hops.check;

import dev.hops.check.rules.Rules;
import dev.hops.flux.RenderResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the rules over a render and returns the findings, by file and line. */
public final class Checker {

  private final List<Rule> rules;

  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static Checker withBuiltInRules() {
    return new Checker(Rules.builtIn());
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<Finding> check(RenderResult result) {
    CheckContext context = new CheckContext(result);
    List<Finding> out = new ArrayList<>();
    for (Rule rule : rules) {
      rule.check(context, out::add);
    }
    out.sort(
        Comparator.comparing((Finding f) -> f.pos().file())
            .thenComparingInt(f -> f.pos().line())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::object));
    return out;
  }
}
