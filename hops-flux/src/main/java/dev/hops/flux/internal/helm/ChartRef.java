package dev.hops.flux.internal.helm;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.internal.model.Fields;
import dev.hops.yaml.MappingNode;

/**
 * Where a HelmRelease's chart comes from: {@code spec.chart.spec} (a chart name or path in a
 * HelmRepository, GitRepository or Bucket) or {@code spec.chartRef} (an OCIRepository, HelmChart or
 * ExternalArtifact). {@code source} is null when the HelmRelease has neither.
 */
record ChartRef(
    String chart,
    String version,
    ObjectRef source,
    String path,
    java.util.List<String> valuesFiles,
    boolean ignoreMissingValuesFiles) {

  ChartRef(String chart, String version, ObjectRef source, String path) {
    this(chart, version, source, path, java.util.List.of(), false);
  }

  static ChartRef of(MappingNode hr, String namespace) {
    MappingNode spec = Fields.mapping(hr, "spec", "chart", "spec");
    if (spec != null) {
      return ofSpec(spec, namespace);
    }
    MappingNode ref = Fields.mapping(hr, "spec", "chartRef");
    if (ref != null) {
      String ns = Fields.string(ref, "namespace");
      ObjectRef source =
          new ObjectRef(
              Fields.string(ref, "kind"),
              ns.isEmpty() ? namespace : ns,
              Fields.string(ref, "name"));
      return new ChartRef(source.name(), "", source, "");
    }
    return new ChartRef("", "", null, "");
  }

  /** A HelmChart spec ({@code spec.chart.spec} of a HelmRelease, or a HelmChart's own spec). */
  static ChartRef ofSpec(MappingNode spec, String namespace) {
    String kind = Fields.string(spec, "sourceRef", "kind");
    String ns = Fields.string(spec, "sourceRef", "namespace");
    ObjectRef source =
        new ObjectRef(
            kind.isEmpty() ? "HelmRepository" : kind,
            ns.isEmpty() ? namespace : ns,
            Fields.string(spec, "sourceRef", "name"));
    String chart = Fields.string(spec, "chart");
    return new ChartRef(
        chart,
        Fields.string(spec, "version"),
        source,
        clamp(chart),
        Fields.strings(spec, "valuesFiles"),
        Fields.bool(spec, "ignoreMissingValuesFiles"));
  }

  /** True when the chart is a folder of a Git (or Bucket) artifact. */
  boolean fromArtifact() {
    return source != null
        && (source.kind().equals("GitRepository") || source.kind().equals("Bucket"));
  }

  /** securejoin inside the artifact: ".." cannot climb above its root; "./x/" is "x". */
  static String clamp(String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
