package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.ObjectRef;
import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * House rule (seed 002, key principle 4 and anti-pattern 1): every HelmRelease takes its chart from
 * an OCIRepository of its own, through {@code chartRef}; no shared HelmRepository, no OCIRepository
 * shared between releases.
 */
public final class OciRepositoryPerApp implements Rule {

  @Override
  public String id() {
    return "oci-repository-per-app";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "each HelmRelease has its own OCIRepository (chartRef), no shared HelmRepository";
  }

  @Override
  public String explanation() {
    return "The house pattern (seed 002) is one OCIRepository per app, even when several apps use"
        + " the same chart, referenced with `chartRef: {kind: OCIRepository, name: <app>}`; a"
        + " centralized HelmRepository is its first anti-pattern. An app's own OCIRepository"
        + " pins its chart version next to its HelmRelease, so that Renovate upgrades one app at"
        + " a time and removing the app removes its source; a shared HelmRepository or"
        + " OCIRepository couples every release that uses it (one tag bump upgrades them all)."
        + " The rule flags a HelmRelease whose `chart.spec.sourceRef` is a HelmRepository (at"
        + " the sourceRef), and each HelmRelease of an OCIRepository that several HelmReleases"
        + " of a cluster use (at its chartRef, naming the others). Fix: add an OCIRepository"
        + " (`url: oci://...`, `ref.tag: <chart version>`, the Helm layerSelector) next to the"
        + " HelmRelease and point `chartRef` at it.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (ClusterResult cluster : context.result().clusters()) {
      Map<ObjectRef, Rendered> releases = new LinkedHashMap<>();
      for (Rendered r : context.objects(cluster.name())) {
        if (FluxObjects.isHelmRelease(r)) {
          releases.putIfAbsent(FluxObjects.ref(r), r);
        }
      }
      Map<ObjectRef, List<Rendered>> users = new LinkedHashMap<>();
      for (Rendered r : releases.values()) {
        helmRepository(r, findings);
        MappingNode chartRef = Nodes.mapping(r.object(), "spec", "chartRef");
        if (Nodes.text(chartRef, "kind").equals("OCIRepository")) {
          String ns = Nodes.text(chartRef, "namespace");
          ObjectRef source =
              new ObjectRef(
                  "OCIRepository", ns.isEmpty() ? r.namespace() : ns, Nodes.text(chartRef, "name"));
          users.computeIfAbsent(source, k -> new ArrayList<>()).add(r);
        }
      }
      users.forEach((source, list) -> shared(source, list, findings));
    }
  }

  private void helmRepository(Rendered r, Consumer<Finding> findings) {
    MappingNode chart = Nodes.mapping(r.object(), "spec", "chart", "spec");
    MappingNode ref = Nodes.mapping(chart, "sourceRef");
    if (!Nodes.text(ref, "kind").equals("HelmRepository")) {
      return;
    }
    String ns = Nodes.text(ref, "namespace");
    findings.accept(
        Finding.of(
            this,
            Rules.position(r, "spec", "chart", "spec", "sourceRef"),
            r.ref(),
            "chart '"
                + Nodes.text(chart, "chart")
                + "' comes from HelmRepository "
                + (ns.isEmpty() ? r.namespace() : ns)
                + "/"
                + Nodes.text(ref, "name")
                + ", a shared chart repository",
            "give the app its own OCIRepository and use chartRef: {kind: OCIRepository, name: "
                + r.name()
                + "}"));
  }

  private void shared(ObjectRef source, List<Rendered> users, Consumer<Finding> findings) {
    if (users.size() < 2) {
      return;
    }
    for (Rendered r : users) {
      List<String> others = new ArrayList<>();
      for (Rendered o : users) {
        if (o != r) {
          others.add(o.namespace() + "/" + o.name());
        }
      }
      others.sort(null);
      findings.accept(
          Finding.of(
              this,
              Rules.position(r, "spec", "chartRef"),
              r.ref(),
              source
                  + " is shared with HelmRelease "
                  + String.join(", ", others)
                  + "; each app has its own",
              "add an OCIRepository for this release (same url and tag) and point chartRef at it"));
    }
  }
}
