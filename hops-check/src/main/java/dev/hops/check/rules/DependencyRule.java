package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.graph.DependencyGraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * One kind of problem of the dependency graph ({@code hops graph} finds them): a dependsOn to
 * nothing, to the other kind or to itself, a cycle, a target that may be missing, an object applied
 * twice. One rule per kind, so that each can be configured.
 */
public final class DependencyRule implements Rule {

  private final dev.hops.flux.graph.Finding.Type type;
  private final Severity severity;
  private final String summary;
  private final String explanation;

  private DependencyRule(
      dev.hops.flux.graph.Finding.Type type,
      Severity severity,
      String summary,
      String explanation) {
    this.type = type;
    this.severity = severity;
    this.summary = summary;
    this.explanation = explanation;
  }

  /** The rules, one per kind of graph finding. */
  static List<Rule> all() {
    return List.of(
        new DependencyRule(
            dev.hops.flux.graph.Finding.Type.MISSING_DEPENDENCY,
            Severity.ERROR,
            "every dependsOn names an object of the cluster",
            "Flux keeps a Kustomization or HelmRelease whose dependsOn names an object that "
                + "does not exist waiting forever ('dependency not found'), and everything that "
                + "depends on it too. Fix the name or namespace (dependsOn defaults to the "
                + "dependent's own namespace), or add the missing object."),
        new DependencyRule(
            dev.hops.flux.graph.Finding.Type.WRONG_KIND_DEPENDENCY,
            Severity.ERROR,
            "dependsOn names an object of its own kind",
            "A Kustomization's dependsOn can only name Kustomizations, a HelmRelease's only "
                + "HelmReleases: Flux looks the name up among objects of the dependent's kind. To "
                + "wait for a HelmRelease from a Kustomization, depend on the Kustomization that "
                + "applies it and let that one wait for it (wait: true or healthChecks)."),
        new DependencyRule(
            dev.hops.flux.graph.Finding.Type.SELF_DEPENDENCY,
            Severity.ERROR,
            "no object depends on itself",
            "An object that names itself in dependsOn is never ready to reconcile. Remove the "
                + "entry."),
        new DependencyRule(
            dev.hops.flux.graph.Finding.Type.DEPENDENCY_CYCLE,
            Severity.ERROR,
            "dependsOn chains have no cycles",
            "Objects whose dependsOn chains come back to their start wait for each other "
                + "forever: none of them is ever reconciled, nor anything that depends on them. "
                + "The finding shows the whole chain; break it where the dependency is not "
                + "needed."),
        new DependencyRule(
            dev.hops.flux.graph.Finding.Type.UNRESOLVED_DEPENDENCY,
            Severity.WARNING,
            "dependsOn targets can be found offline",
            "A dependsOn names an object that is not in what Hops rendered, while some output "
                + "is unknown (an external source, a failed Kustomization, an unrendered chart): "
                + "the target may be there. Map the source with --source or fix the failure to "
                + "make the check certain."),
        new DependencyRule(
            dev.hops.flux.graph.Finding.Type.DUPLICATE_OBJECT,
            Severity.WARNING,
            "no Flux object is applied by two Kustomizations",
            "When two Kustomizations apply the same Kustomization or HelmRelease, they fight "
                + "over it: each apply overwrites the other's, and pruning by one deletes what the "
                + "other applies. Keep one definition."));
  }

  @Override
  public String id() {
    return type.id();
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public String explanation() {
    return explanation;
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (DependencyGraph graph : context.graphs()) {
      for (dev.hops.flux.graph.Finding f : graph.findings()) {
        if (f.type() == type) {
          findings.accept(
              new Finding(
                  id(),
                  f.isError() ? Severity.ERROR : Severity.WARNING,
                  f.pos(),
                  f.object().toString(),
                  f.message(),
                  ""));
        }
      }
    }
  }
}
