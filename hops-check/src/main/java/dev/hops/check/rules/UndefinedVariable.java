package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsVariables;
import java.util.function.Consumer;

/** Every {@code ${VAR}} an object uses without a default is defined by its Kustomization. */
public final class UndefinedVariable implements ExplainsFailures {

  @Override
  public String id() {
    return "undefined-variable";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every ${VAR} without a default is defined by postBuild";
  }

  @Override
  public String explanation() {
    return "Flux substitutes ${VAR} in the objects of a Kustomization with spec.postBuild from its "
        + "substitute and substituteFrom variables. Since Flux 2.9 a variable that is not "
        + "defined and has no default fails the whole Kustomization (strict substitution); "
        + "before, it silently became an empty string. Each use is reported where it is written. "
        + "Define the variable in postBuild.substitute or in the ConfigMap or Secret named by "
        + "substituteFrom, or give it a default: ${VAR:=value}.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (ClusterResult c : context.result().clusters()) {
      for (KsResult ks : c.kustomizations()) {
        KsVariables vars = ks.variables();
        if (vars == null) {
          continue;
        }
        for (KsVariables.Use u : vars.undefined()) {
          findings.accept(
              Finding.of(
                  this,
                  u.pos(),
                  u.object(),
                  "variable '"
                      + u.name()
                      + "' is not defined by "
                      + ks.ref()
                      + " (postBuild.substitute or substituteFrom)",
                  "define it, or give a default: ${" + u.name() + ":=value}"));
        }
      }
    }
  }

  /** A Kustomization that failed because of an undefined variable this rule reports. */
  @Override
  public boolean explains(CheckContext context, KsResult ks) {
    return ks.variables() != null
        && !ks.variables().undefined().isEmpty()
        && ks.message().contains("variable not set (strict mode)");
  }
}
