package dev.hops.flux.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.MappingNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chart objects of a {@code --enable-helm} snapshot against what Hops renders for the
 * HelmReleases whose charts it can reach offline (a chart folder in the repository). Flux's origin
 * labels ({@code helm.toolkit.fluxcd.io/*}) are removed first: flux-local does not add them. The
 * snapshot's objects from charts Hops cannot reach (registries and Helm repositories on the
 * network) are reported as not compared, by a second test that is skipped.
 */
final class ChartComparison {

  private final List<String> uncompared = new ArrayList<>();
  private final List<String> external = new ArrayList<>();

  static Path cacheDir() {
    String p = System.getProperty("hops.test.cache");
    return p != null ? Path.of(p) : Path.of("target/test-cache");
  }

  void check(FluxLocalSnapshotTest.Case c, List<Object> chartObjects, Path testdata) {
    RenderResult result = FluxLocalSnapshotTest.render(c, testdata);
    List<MappingNode> rendered = new ArrayList<>();
    for (ClusterResult cluster : result.clusters()) {
      for (HrResult hr : cluster.releases()) {
        if (hr.status() == KsStatus.RENDERED) {
          rendered.addAll(hr.objects());
        } else if (hr.status() == KsStatus.EXTERNAL || hr.message().contains("(offline)")) {
          external.add(hr.ref() + " (" + hr.source() + ")");
        } else {
          fail(hr.ref() + " failed in Hops: " + hr.message());
        }
      }
    }
    ObjectSet actual = ObjectSet.of(rendered);
    actual.forEach(ChartComparison::removeOriginLabels);
    actual.removeIf(o -> FluxLocalSnapshotTest.skippedByFluxLocal(c, ObjectSet.kind(o)));
    Set<String> charts = new HashSet<>();
    actual.forEach(o -> charts.add(chartLabel(o)));
    charts.remove(null);

    ObjectSet expected = new ObjectSet();
    chartObjects.forEach(expected::add);
    // objects of charts Hops did not render: not comparable offline
    List<Object> others =
        expected.removeIf(
            o -> !charts.contains(chartLabel(o)) && !actual.get(ObjectSet.key(o)).contains(o));
    others.forEach(o -> uncompared.add(ObjectSet.key(o)));
    Map<String, String> differences = ObjectSet.differences(expected, actual);
    if (!differences.isEmpty()) {
      StringBuilder out = new StringBuilder(c.id()).append(": chart objects differ\n");
      differences.forEach((k, d) -> out.append(k).append(": ").append(d).append('\n'));
      fail(out.toString());
    }
    if (rendered.isEmpty()) {
      abort(c.id() + ": no HelmRelease of this case has a chart Hops can reach offline");
    }
  }

  void reportUncompared() {
    if (uncompared.isEmpty()) {
      return;
    }
    abort(
        uncompared.size()
            + " chart objects of flux-local's output not compared: their charts come from the"
            + " network ("
            + String.join(", ", external)
            + "), not reachable from the test machine: "
            + String.join(", ", uncompared));
  }

  private static String chartLabel(Object obj) {
    return ((Map<?, ?>) obj).get("metadata") instanceof Map<?, ?> md
            && md.get("labels") instanceof Map<?, ?> labels
            && labels.get("helm.sh/chart") instanceof String s
        ? s
        : null;
  }

  @SuppressWarnings("unchecked")
  static void removeOriginLabels(Object obj) {
    if (((Map<?, ?>) obj).get("metadata") instanceof Map<?, ?> md
        && md.get("labels") instanceof Map<?, ?> labels) {
      Map<String, Object> l = (Map<String, Object>) labels;
      l.remove("helm.toolkit.fluxcd.io/name");
      l.remove("helm.toolkit.fluxcd.io/namespace");
      if (l.isEmpty()) {
        ((Map<String, Object>) md).remove("labels");
      }
    }
  }
}
