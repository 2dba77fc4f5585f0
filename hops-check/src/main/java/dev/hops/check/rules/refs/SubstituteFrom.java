package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.check.rules.ExplainsFailures;
import dev.hops.check.rules.FluxObjects;
import dev.hops.check.rules.Nodes;
import dev.hops.check.rules.Rules;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.yaml.MappingNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Flux Kustomization's {@code spec.postBuild.substituteFrom} entries name ConfigMaps and Secrets
 * that exist in its namespace, unless optional.
 */
public final class SubstituteFrom implements ExplainsFailures {

  @Override
  public String id() {
    return "substitute-from";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "postBuild.substituteFrom names ConfigMaps and Secrets that exist (or are optional)";
  }

  @Override
  public String explanation() {
    return "Flux reads the variables of a Kustomization from the ConfigMaps and Secrets its "
        + "spec.postBuild.substituteFrom names, in the Kustomization's namespace; when one that is"
        + " not optional is missing, the Kustomization fails and applies nothing. Such objects are"
        + " often made in the cluster only (an ExternalSecret's target, a Secret created at "
        + "bootstrap), so a missing one is a warning, and one that a controller makes from an "
        + "object of the repository is reported as info: Flux reconciles once it exists, but Hops"
        + " cannot render the Kustomization without its values. Fix the name, mark the entry "
        + "optional: true, or give Hops a stand-in with `--values FILE` (objects made outside the "
        + "repository can be listed in this rule's `accept` option).";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Analysis a = new Analysis(context, findings);
    for (Rendered r : context.objects()) {
      if (FluxObjects.isKustomization(r)) {
        a.check(r);
      }
    }
    a.unresolved.flush();
  }

  @Override
  public boolean explains(CheckContext context, KsResult failed) {
    Analysis a = new Analysis(context, f -> {});
    Rendered r = a.targets.find(failed.cluster(), FluxObjects.KUSTOMIZE_GROUP, failed.ref());
    if (r == null) {
      return false;
    }
    for (MappingNode entry : entries(r)) {
      if (a.notRendered(r, entry) != null && failed.message().contains(loadError(entry))) {
        return true;
      }
    }
    return false;
  }

  private static Iterable<MappingNode> entries(Rendered r) {
    return Nodes.mappings(Nodes.mapping(r.object(), "spec", "postBuild"), "substituteFrom");
  }

  /** How Flux words the failure to load an entry (kustomize-controller, via the Kubernetes API). */
  static String loadError(MappingNode entry) {
    String kind = Nodes.text(entry, "kind", "");
    String name = Nodes.text(entry, "name", "");
    return "substitute from '"
        + kind
        + "/"
        + name
        + "' error: "
        + kind.toLowerCase(Locale.ROOT)
        + "s \""
        + name
        + "\" not found";
  }

  /** The lookups of one run. */
  private final class Analysis {
    final Targets targets;
    final Makers makers;
    final Unresolved unresolved;
    final Map<String, KsResult> results = new HashMap<>();
    final Consumer<Finding> findings;

    Analysis(CheckContext context, Consumer<Finding> findings) {
      this.targets = new Targets(context);
      this.makers = new Makers(context, id());
      this.unresolved = Unresolved.of(SubstituteFrom.this, context, findings);
      this.findings = findings;
      for (ClusterResult c : context.result().clusters()) {
        for (KsResult ks : c.kustomizations()) {
          results.put(c.name() + "/" + ks.ref(), ks);
        }
      }
    }

    void check(Rendered r) {
      KsResult ks = results.get(r.cluster() + "/" + r.ref());
      if (ks != null && ks.status() == KsStatus.RENDERED) {
        return; // Flux found every entry it needs (in the render or given with --values)
      }
      for (MappingNode entry : entries(r)) {
        ValuesReference ref = notRendered(r, entry);
        if (ref == null) {
          continue;
        }
        String maker = makers.maker(r.cluster(), ref.kind(), ref.namespace(), ref.name());
        if (maker == null) {
          unresolved.missing(
              r,
              entry,
              "spec.postBuild.substituteFrom",
              ref.target(),
              ref.absence(
                  targets,
                  r.cluster(),
                  "Flux fails this Kustomization unless it is created outside the repository"),
              ValuesReference.MISSING_HINT,
              unresolved.unknownBesides(r.cluster(), ks == null ? null : ks.ref()));
        } else if (ks != null && ks.message().contains(loadError(entry))) {
          findings.accept(
              new Finding(
                  id(),
                  Severity.INFO,
                  Rules.position(entry, r),
                  r.ref(),
                  "spec.postBuild.substituteFrom names "
                      + ref.target()
                      + ", "
                      + maker
                      + ": its values exist only in the cluster, so Hops cannot render this "
                      + "Kustomization (its objects are not checked)",
                  ValuesReference.STAND_IN_HINT));
        }
      }
    }

    /** The entry when it is a required ConfigMap or Secret that is not in the render, or null. */
    ValuesReference notRendered(Rendered r, MappingNode entry) {
      ValuesReference ref = ValuesReference.required(r, entry);
      return ref != null && ref.find(targets, r.cluster()) == null ? ref : null;
    }
  }
}
