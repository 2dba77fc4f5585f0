package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import java.util.function.Consumer;

/** Every Kustomization and HelmRelease renders: what {@code hops build} reports as failed. */
public final class Rendering implements Rule {

  @Override
  public String id() {
    return "renders";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every Kustomization and HelmRelease renders as Flux would";
  }

  @Override
  public String explanation() {
    return "Flux applies nothing of a Kustomization that fails to build (a path that does not "
        + "exist, a kustomize error, an undefined variable in strict mode, a SOPS Secret "
        + "without decryption) and nothing of a HelmRelease whose chart fails to render; the "
        + "objects that depend on them wait forever. This rule reports what `hops build` "
        + "reports as failed, with Flux's or Helm's own message, so that it is fixed before the"
        + " push rather than found in the cluster's events.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (ClusterResult c : context.result().clusters()) {
      for (KsResult ks : c.kustomizations()) {
        if (ks.status() == KsStatus.FAILED && !UndefinedVariable.explains(ks)) {
          findings.accept(
              new Finding(
                  id(), defaultSeverity(), ks.definedAt(), ks.ref().toString(), ks.message(), ""));
        }
      }
      for (HrResult hr : c.releases()) {
        if (hr.status() == KsStatus.FAILED) {
          findings.accept(
              new Finding(
                  id(), defaultSeverity(), hr.definedAt(), hr.ref().toString(), hr.message(), ""));
        }
      }
    }
  }
}
