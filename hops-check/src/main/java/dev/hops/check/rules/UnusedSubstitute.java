package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.KsVariables;
import dev.hops.yaml.SourcePos;
import java.util.Map;
import java.util.function.Consumer;

/** A postBuild.substitute key that no object of the Kustomization uses. */
public final class UnusedSubstitute implements Rule {

  @Override
  public String id() {
    return "unused-substitute";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "every postBuild.substitute key is used";
  }

  @Override
  public String explanation() {
    return "A variable in spec.postBuild.substitute that none of the Kustomization's objects uses "
        + "is dead configuration: often a leftover of a removed component, or a typo in the "
        + "name the objects spell differently (which then falls back to its default). Remove "
        + "the key, or fix the name where it is used. Keys that a parent Kustomization's patch "
        + "gives all its children are not reported.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (ClusterResult c : context.result().clusters()) {
      for (KsResult ks : c.kustomizations()) {
        KsVariables vars = ks.variables();
        if (vars == null || ks.status() != KsStatus.RENDERED) {
          continue;
        }
        for (Map.Entry<String, SourcePos> e : vars.substitute().entrySet()) {
          // keys a parent's patch adds to all its children are not this Kustomization's to drop
          boolean ownKey =
              e.getValue().isKnown() && e.getValue().file().equals(ks.definedAt().file());
          if (ownKey && !vars.isUsed(e.getKey())) {
            findings.accept(
                Finding.of(
                    this,
                    e.getValue(),
                    ks.ref().toString(),
                    "postBuild.substitute." + e.getKey() + " is not used by any of its objects",
                    "remove it, or check the spelling where it should be used"));
          }
        }
      }
    }
  }
}
