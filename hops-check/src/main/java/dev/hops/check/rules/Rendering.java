package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.yaml.SourcePos;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every Kustomization and HelmRelease renders: what {@code hops build} reports as failed, except
 * the failures another rule that is on explains ({@link ExplainsFailures}).
 */
public final class Rendering implements Rule {

  private final List<ExplainsFailures> explainers;

  public Rendering() {
    this(List.of());
  }

  /** {@code explainers}: the rules that report some failures themselves. */
  public Rendering(List<ExplainsFailures> explainers) {
    this.explainers = List.copyOf(explainers);
  }

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
        + " push rather than found in the cluster's events. What Hops itself cannot do offline"
        + " (a remote base, a kustomize plugin) is a warning: Flux may render it.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (ClusterResult c : context.result().clusters()) {
      for (KsResult ks : c.kustomizations()) {
        if (ks.status() == KsStatus.FAILED && !explained(context, e -> e.explains(context, ks))) {
          findings.accept(finding(ks.definedAt(), ks.ref().toString(), ks.message()));
        }
      }
      for (HrResult hr : c.releases()) {
        if (hr.status() == KsStatus.FAILED && !explained(context, e -> e.explains(context, hr))) {
          findings.accept(finding(hr.definedAt(), hr.ref().toString(), hr.message()));
        }
      }
    }
  }

  /**
   * An error, unless the failure is a limit of Hops rather than of the repository (a remote base it
   * does not fetch offline, a kustomize plugin it does not run): Flux may render that fine, so it
   * is a warning that the objects are not checked.
   */
  private Finding finding(SourcePos pos, String object, String message) {
    for (String limit : HOPS_LIMITS) {
      if (message.contains(limit)) {
        return new Finding(
            id(),
            Severity.WARNING,
            pos,
            object,
            message,
            "Flux may render this; Hops cannot offline, so its objects are not checked");
      }
    }
    return new Finding(id(), defaultSeverity(), pos, object, message, "");
  }

  /** How hops-kustomize words what it does not do (remote content, plugins, helmCharts). */
  private static final List<String> HOPS_LIMITS =
      List.of("Hops builds offline", "not supported by Hops", "are not supported yet: Hops");

  private boolean explained(CheckContext context, Predicate<ExplainsFailures> explains) {
    for (ExplainsFailures e : explainers) {
      if (!context.settings().config().isOff(e.id()) && explains.test(e)) {
        return true;
      }
    }
    return false;
  }
}
