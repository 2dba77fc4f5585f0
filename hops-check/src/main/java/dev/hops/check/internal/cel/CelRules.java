package dev.hops.check.internal.cel;

import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.hops.check.CheckConfig;
import dev.hops.check.CheckConfigException;
import dev.hops.check.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the custom rules of {@code .hops.yaml} into rules. The only way into the CEL library:
 * callers reach it only when a configuration has custom rules, so that a run without any loads none
 * of its classes.
 */
public final class CelRules {

  private CelRules() {}

  /**
   * One rule per entry, each expression parsed and type-checked once.
   *
   * @throws CheckConfigException at the entry, with CEL's message, when an expression does not
   *     compile or cannot give a bool
   */
  public static List<Rule> compile(List<CheckConfig.CustomRule> rules) {
    Cel cel = KubeCel.create();
    List<Rule> out = new ArrayList<>(rules.size());
    for (CheckConfig.CustomRule r : rules) {
      out.add(new CustomCelRule(r, program(cel, r)));
    }
    return out;
  }

  private static CelRuntime.Program program(Cel cel, CheckConfig.CustomRule rule) {
    CelAbstractSyntaxTree ast;
    try {
      ast = cel.compile(rule.expression()).getAst();
    } catch (CelValidationException e) {
      throw compileError(rule, e);
    }
    CelType type = ast.getResultType();
    if (type.kind() != CelKind.BOOL && type.kind() != CelKind.DYN) {
      throw new CheckConfigException(
          rule.pos(),
          "custom rule "
              + rule.id()
              + ": the expression gives a "
              + type.name()
              + ", not a bool: "
              + rule.expression());
    }
    try {
      return cel.createProgram(ast);
    } catch (CelEvaluationException e) {
      throw new CheckConfigException(
          rule.pos(),
          "custom rule " + rule.id() + ": the expression cannot run: " + e.getMessage());
    }
  }

  /** CEL's first issue in the headline; the expression with CEL's caret below it. */
  private static CheckConfigException compileError(
      CheckConfig.CustomRule rule, CelValidationException e) {
    List<CelIssue> issues = e.getErrors();
    String what = issues.isEmpty() ? e.getMessage() : describe(issues.getFirst());
    if (issues.size() > 1) {
      what += " (and " + (issues.size() - 1) + " more)";
    }
    CheckConfigException error =
        new CheckConfigException(
            rule.pos(), "custom rule " + rule.id() + ": the expression does not compile: " + what);
    for (String line : e.getMessage().split("\n")) {
      if (line.startsWith(" |")) {
        error.addContext(line.substring(1));
      }
      if (line.contains("^")) {
        break; // the caret of the first issue
      }
    }
    return error;
  }

  private static String describe(CelIssue issue) {
    int column = issue.getSourceLocation().getColumn();
    return issue.getMessage() + (column >= 0 ? " (column " + (column + 1) + ")" : "");
  }
}
