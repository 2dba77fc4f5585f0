package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.check.schema.SchemaIndex;
import java.util.function.Consumer;

/** Every object's apiVersion is served: by the chosen Kubernetes version, or by its CRD. */
public final class ApiVersion implements SchemaRule {

  @Override
  public String id() {
    return "api-version";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every apiVersion is served by the Kubernetes version (or by the kind's CRD)";
  }

  @Override
  public String explanation() {
    return "Kubernetes removes API versions: policy/v1beta1 PodSecurityPolicy went in 1.25, "
        + "batch/v1beta1 CronJob in 1.25, autoscaling/v2beta2 HorizontalPodAutoscaler in 1.26. "
        + "An object written for a version the cluster no longer serves cannot be applied "
        + "(`no matches for kind`), and Flux fails its whole Kustomization. This rule checks the "
        + "apiVersion of every object of Kubernetes' own API groups against the chosen "
        + "Kubernetes version (--kube-version or kubeVersion in .hops.yaml), and of every custom "
        + "object against the versions its CustomResourceDefinition in the render serves. Move "
        + "the object to the apiVersion the hint names, adapting the fields that changed. Chart "
        + "output of a custom kind is only a warning: charts often choose the version from "
        + ".Capabilities.APIVersions, and Helm in Hops knows Kubernetes' own API versions only, "
        + "not the CRDs the cluster has (Flux's helm-controller asks the cluster), so a chart "
        + "that would pick a served version there can fall back to an older one here.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    SchemaIndex.of(context)
        .forEachObject(
            (r, lookup) -> {
              if (lookup instanceof SchemaIndex.NotServed n) {
                findings.accept(
                    n.byCrd() && r.fromChart()
                        ? chosenByChart(r, n)
                        : Finding.of(this, r.pos(), r.ref(), n.message(), n.hint()));
              }
            });
  }

  /**
   * A custom kind a chart rendered at a version its CRD does not serve: the chart may have chosen
   * the version from its capabilities, which lack the cluster's CRDs in Hops' render.
   */
  private Finding chosenByChart(CheckContext.Rendered r, SchemaIndex.NotServed n) {
    return new Finding(
        id(),
        Severity.WARNING,
        r.pos(),
        r.ref(),
        n.message()
            + " (chart output: the chart may choose the version from .Capabilities.APIVersions,"
            + " which lack the cluster's CRDs when Hops renders it)",
        n.hint() + ", if the chart takes the version from its values");
  }
}
