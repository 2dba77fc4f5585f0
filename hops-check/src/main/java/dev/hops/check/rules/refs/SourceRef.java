package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.check.rules.FluxObjects;
import dev.hops.check.rules.Nodes;
import dev.hops.check.rules.Rules;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.SourceInfo;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Flux Kustomization's {@code spec.sourceRef} and a HelmRelease's {@code spec.chartRef} and
 * {@code spec.chart.spec.sourceRef} name a Flux source of a kind the field takes, and it exists.
 */
public final class SourceRef implements Rule {

  private static final List<String> KUSTOMIZATION_KINDS =
      List.of("GitRepository", "OCIRepository", "Bucket", "ExternalArtifact");
  private static final List<String> CHART_REF_KINDS =
      List.of("OCIRepository", "HelmChart", "ExternalArtifact");
  private static final List<String> CHART_SOURCE_KINDS =
      List.of("HelmRepository", "GitRepository", "Bucket");
  private static final List<String> ALL_KINDS =
      List.of(
          "GitRepository",
          "OCIRepository",
          "Bucket",
          "HelmRepository",
          "HelmChart",
          "ExternalArtifact");

  @Override
  public String id() {
    return "source-ref";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "sourceRef and chartRef name a Flux source of the right kind that exists";
  }

  @Override
  public String explanation() {
    return "A Flux Kustomization takes its files from the source its spec.sourceRef names (a "
        + "GitRepository, OCIRepository, Bucket or ExternalArtifact), a HelmRelease its chart "
        + "from spec.chartRef (an OCIRepository, HelmChart or ExternalArtifact) or from "
        + "spec.chart.spec.sourceRef (a HelmRepository, GitRepository or Bucket); the namespace "
        + "defaults to the referring object's. When that source does not exist, or is of a kind "
        + "the field does not take, Flux never reconciles the object and everything that depends"
        + " on it waits. The repository's own source counts as existing even when Flux creates "
        + "it (flux bootstrap, a FluxInstance). Fix the kind, name or namespace, or define the "
        + "source.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Run run = new Run(new Sources(context), Unresolved.of(this, context, findings), findings);
    for (Rendered r : context.objects()) {
      MappingNode spec = r.object().getMapping("spec");
      if (FluxObjects.isKustomization(r)) {
        run.check(r, spec, "sourceRef", "spec.sourceRef", KUSTOMIZATION_KINDS);
      } else if (FluxObjects.isHelmRelease(r)) {
        run.check(r, spec, "chartRef", "spec.chartRef", CHART_REF_KINDS);
        run.check(
            r,
            Nodes.mapping(spec, "chart", "spec"),
            "sourceRef",
            "spec.chart.spec.sourceRef",
            CHART_SOURCE_KINDS);
      }
    }
    run.unresolved.flush();
  }

  /** One check run. */
  private final class Run {
    final Sources sources;
    final Unresolved unresolved;
    final Consumer<Finding> findings;

    Run(Sources sources, Unresolved unresolved, Consumer<Finding> findings) {
      this.sources = sources;
      this.unresolved = unresolved;
      this.findings = findings;
    }

    /** The reference in field {@code key} of {@code parent}, which takes {@code allowed} kinds. */
    void check(Rendered r, MappingNode parent, String key, String field, List<String> allowed) {
      MappingNode ref = parent == null ? null : parent.getMapping(key);
      Node at = Nodes.key(parent, key);
      String kind = Nodes.text(ref, "kind", null);
      String name = Nodes.text(ref, "name", null);
      if (kind == null || name == null) {
        return; // a required field missing: the schema check reports it
      }
      String ns = Nodes.text(ref, "namespace", r.namespace());
      String target = kind + "/" + ns + "/" + name;
      if (!allowed.contains(kind)) {
        findings.accept(
            Finding.of(
                SourceRef.this,
                Rules.position(at, r),
                r.ref(),
                field + " names " + target + ", but it takes " + orList(allowed) + ", not " + kind,
                "point it at a source of one of those kinds"));
        return;
      }
      if (sources.exists(r.cluster(), kind, ns, name)) {
        return;
      }
      List<String> others = sources.kindsNamed(r.cluster(), ns, name);
      unresolved.missing(
          r,
          at,
          field,
          target,
          "does not exist"
              + (others.isEmpty() ? "" : " (a " + others.get(0) + " of that name does)"),
          "define the " + kind + ", or fix the kind, name or namespace (it defaults to " + ns + ")",
          // the object itself is not rendered for want of its source: that leaves nothing unknown
          unresolved.unknownBesides(r.cluster(), new ObjectRef(r.kind(), r.namespace(), r.name())));
    }
  }

  private static String orList(List<String> kinds) {
    return String.join(", ", kinds.subList(0, kinds.size() - 1))
        + " or "
        + kinds.get(kinds.size() - 1);
  }

  /**
   * The Flux sources of each cluster: rendered ones, the repository's own and mapped ones, the
   * ExternalArtifacts of ArtifactGenerators, and the HelmCharts helm-controller makes for
   * HelmReleases with spec.chart.
   */
  private static final class Sources {
    private final Targets targets;
    private final Set<String> known = new HashSet<>();

    Sources(CheckContext context) {
      targets = new Targets(context);
      for (ClusterResult c : context.result().clusters()) {
        for (SourceInfo s : c.sources()) {
          if (s.usage() != SourceInfo.Usage.EXTERNAL) {
            ObjectRef ref = s.ref();
            known.add(key(c.name(), ref.kind(), ref.namespace(), ref.name()));
          }
        }
      }
      for (Rendered r : context.objects()) {
        addGenerated(r);
      }
    }

    private void addGenerated(Rendered r) {
      MappingNode spec = r.object().getMapping("spec");
      if (r.kind().equals("ArtifactGenerator") && r.group().equals("source.extensions.fluxcd.io")) {
        for (MappingNode a : Nodes.mappings(spec, "artifacts")) {
          String name = Nodes.text(a, "name", null);
          if (name != null) {
            known.add(key(r.cluster(), "ExternalArtifact", r.namespace(), name));
          }
        }
      } else if (FluxObjects.isHelmRelease(r) && Nodes.mapping(spec, "chart", "spec") != null) {
        // helm-controller names the HelmChart <namespace>-<name>, in the chart source's namespace
        String ns =
            Nodes.text(
                Nodes.mapping(spec, "chart", "spec", "sourceRef"), "namespace", r.namespace());
        known.add(key(r.cluster(), "HelmChart", ns, r.namespace() + "-" + r.name()));
      }
    }

    boolean exists(String cluster, String kind, String ns, String name) {
      return known.contains(key(cluster, kind, ns, name))
          || targets.find(cluster, FluxObjects.SOURCE_GROUP, kind, ns, name) != null;
    }

    List<String> kindsNamed(String cluster, String ns, String name) {
      return ALL_KINDS.stream().filter(k -> exists(cluster, k, ns, name)).toList();
    }

    private static String key(String cluster, String kind, String ns, String name) {
      return cluster + "/" + kind + "/" + ns + "/" + name;
    }
  }
}
