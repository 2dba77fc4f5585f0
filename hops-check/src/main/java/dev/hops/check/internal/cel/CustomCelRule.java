package dev.hops.check.internal.cel;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.hops.check.CheckConfig;
import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.yaml.HopsException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A custom rule of {@code .hops.yaml}: every rendered object whose API group and kind match must
 * make the compiled expression true, as a ValidatingAdmissionPolicy's validation requires; an
 * expression that fails on an object is a finding too, as with the policy's failurePolicy Fail.
 */
final class CustomCelRule implements Rule {

  private static final String ANY = "*";

  /** cel-java's prefix of evaluation errors: "evaluation error at &lt;input&gt;:11: ". */
  private static final Pattern EVAL_PREFIX =
      Pattern.compile("^evaluation error(?: at [^:]*:\\d+)?: ");

  private final CheckConfig.CustomRule rule;
  private final CelRuntime.Program program;

  CustomCelRule(CheckConfig.CustomRule rule, CelRuntime.Program program) {
    this.rule = rule;
    this.program = program;
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public Severity defaultSeverity() {
    return rule.severity();
  }

  @Override
  public String summary() {
    return rule.message();
  }

  @Override
  public String explanation() {
    if (!rule.description().isEmpty()) {
      return rule.description();
    }
    return "A custom rule of "
        + rule.pos().file()
        + ": every "
        + matchText()
        + " must make this CEL expression true: "
        + rule.expression();
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (CheckContext.Rendered r : context.objects()) {
      if (matches(rule.apiGroups(), r.group()) && matches(rule.kinds(), r.kind())) {
        String failure = evaluate(r);
        if (failure == null) {
          continue;
        }
        findings.accept(
            failure.isEmpty()
                ? Finding.of(this, r.pos(), r.ref(), rule.message(), rule.hint())
                : Finding.of(
                    this,
                    r.pos(),
                    r.ref(),
                    "the expression of " + rule.id() + " could not be evaluated: " + failure,
                    "read optional fields behind has() (a ValidatingAdmissionPolicy with"
                        + " failurePolicy Fail would reject this object)"));
      }
    }
  }

  /** Null when the object passes, "" when the expression is false, else why it failed. */
  private String evaluate(CheckContext.Rendered r) {
    Object result;
    try {
      result = program.eval(Map.of(KubeCel.OBJECT, CelValues.of(r)));
    } catch (CelEvaluationException e) {
      return reason(e);
    } catch (HopsException e) {
      return e.reason();
    }
    if (result instanceof Boolean b) {
      return b ? null : "";
    }
    return "it gave " + result + ", not a bool";
  }

  private static String reason(CelEvaluationException e) {
    String m = EVAL_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  private static boolean matches(List<String> wanted, String actual) {
    return wanted.isEmpty() || wanted.contains(actual) || wanted.contains(ANY);
  }

  private String matchText() {
    String kinds = rule.kinds().isEmpty() ? "object" : String.join(", ", rule.kinds());
    if (rule.apiGroups().isEmpty()) {
      return kinds;
    }
    List<String> groups = rule.apiGroups().stream().map(g -> g.isEmpty() ? "core" : g).toList();
    return kinds + " (API group " + String.join(", ", groups) + ")";
  }
}
