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
import dev.hops.flux.HrResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.yaml.MappingNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A HelmRelease's {@code spec.valuesFrom} entries name ConfigMaps and Secrets of its namespace that
 * exist and hold the key read (unless optional).
 */
public final class ValuesFrom implements ExplainsFailures {

  @Override
  public String id() {
    return "values-from";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "HelmRelease valuesFrom names ConfigMaps and Secrets that exist, with the key read";
  }

  @Override
  public String explanation() {
    return "helm-controller merges the values of a HelmRelease from the ConfigMaps and Secrets "
        + "its spec.valuesFrom names, in the HelmRelease's namespace, reading the key valuesKey "
        + "(values.yaml by default). A rendered object without that key fails the release: an "
        + "error. An object that is nowhere in the repository may still be created outside it "
        + "(at bootstrap) or by a controller, so a missing one is a warning; one a controller "
        + "makes from an object of the repository (an ExternalSecret's target, ...) is fine in "
        + "the cluster and reported as info only when Hops could not render the release without "
        + "it. Fix the name or key, mark the entry optional: true, or give Hops a stand-in with "
        + "`--values FILE` (objects made outside the repository can be listed in this rule's "
        + "`accept` option). A generated ConfigMap gets kustomize's hash suffix, which "
        + "HelmReleases do not follow without a nameReference configuration.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Analysis a = new Analysis(context, findings);
    for (Rendered r : context.objects()) {
      if (FluxObjects.isHelmRelease(r)) {
        for (MappingNode entry : Nodes.mappings(r.object().getMapping("spec"), "valuesFrom")) {
          a.check(r, entry);
        }
      }
    }
    a.unresolved.flush();
  }

  @Override
  public boolean explains(CheckContext context, HrResult failed) {
    Analysis a = new Analysis(context, f -> {});
    Rendered r = a.targets.find(failed.cluster(), FluxObjects.HELM_GROUP, failed.ref());
    if (r == null) {
      return false;
    }
    for (MappingNode entry : Nodes.mappings(r.object().getMapping("spec"), "valuesFrom")) {
      String failure = a.failure(r, entry);
      if (failure != null && failed.message().contains(failure)) {
        return true;
      }
    }
    return false;
  }

  /** The keys helm-controller reads values from: a ConfigMap's data, a Secret's data. */
  private static List<String> valuesKeys(Rendered obj) {
    return obj.kind().equals("Secret")
        ? Nodes.keys(obj.object(), "data", "stringData") // stringData becomes data when applied
        : Nodes.keys(obj.object(), "data");
  }

  /** The lookups of one run. */
  private final class Analysis {
    final Targets targets;
    final Makers makers;
    final Unresolved unresolved;
    final Consumer<Finding> findings;
    final Map<String, HrResult> results = new HashMap<>();

    Analysis(CheckContext context, Consumer<Finding> findings) {
      this.targets = new Targets(context);
      this.makers = new Makers(context, id());
      this.unresolved =
          new Unresolved(ValuesFrom.this, context, findings, Severity.WARNING, Severity.WARNING);
      this.findings = findings;
      for (ClusterResult c : context.result().clusters()) {
        for (HrResult hr : c.releases()) {
          results.put(c.name() + "/" + hr.ref(), hr);
        }
      }
    }

    void check(Rendered r, MappingNode entry) {
      ValuesReference ref = ValuesReference.required(r, entry);
      if (ref == null) {
        return;
      }
      Rendered obj = ref.find(targets, r.cluster());
      String key = Nodes.text(entry, "valuesKey", "values.yaml");
      if (obj != null) {
        if (!valuesKeys(obj).contains(key)) {
          report(
              r,
              entry,
              Severity.ERROR,
              "spec.valuesFrom names " + ref.target() + ", which has no key '" + key + "'",
              "add the key, or set valuesKey to one of its keys");
        }
        return;
      }
      String maker = makers.maker(r.cluster(), ref.kind(), ref.namespace(), ref.name());
      if (maker == null) {
        unresolved.missing(
            r,
            entry,
            "spec.valuesFrom",
            ref.target(),
            ref.absence(
                targets,
                r.cluster(),
                "helm-controller fails this HelmRelease unless it is created outside the"
                    + " repository"),
            ValuesReference.MISSING_HINT,
            // the release fails for want of this very object: that does not make it uncertain
            unresolved.unknownBesides(
                r.cluster(), new ObjectRef("HelmRelease", r.namespace(), r.name())));
        return;
      }
      HrResult hr = results.get(r.cluster() + "/" + r.ref());
      if (hr != null && hr.status() == KsStatus.FAILED && hr.message().contains(notFound(ref))) {
        report(
            r,
            entry,
            Severity.INFO,
            "spec.valuesFrom names "
                + ref.target()
                + ", "
                + maker
                + ": its values exist only in the cluster, so Hops cannot render this HelmRelease",
            ValuesReference.STAND_IN_HINT);
      }
    }

    /** How Hops words the failure this entry causes when rendering the release, or null. */
    String failure(Rendered r, MappingNode entry) {
      ValuesReference ref = ValuesReference.required(r, entry);
      if (ref == null) {
        return null;
      }
      Rendered obj = ref.find(targets, r.cluster());
      if (obj == null) {
        return notFound(ref);
      }
      String key = Nodes.text(entry, "valuesKey", "values.yaml");
      return valuesKeys(obj).contains(key)
          ? null
          : "missing key '%s' in %s '%s/%s'"
              .formatted(key, ref.kind(), ref.namespace(), ref.name());
    }

    private String notFound(ValuesReference ref) {
      return "could not find %s '%s/%s'".formatted(ref.kind(), ref.namespace(), ref.name());
    }

    private void report(Rendered r, MappingNode entry, Severity s, String message, String hint) {
      findings.accept(new Finding(id(), s, Rules.position(entry, r), r.ref(), message, hint));
    }
  }
}
