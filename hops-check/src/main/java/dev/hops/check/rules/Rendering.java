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
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (ClusterResult c : context.result().clusters()) {
      for (KsResult ks : c.kustomizations()) {
        if (ks.status() == KsStatus.FAILED) {
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
