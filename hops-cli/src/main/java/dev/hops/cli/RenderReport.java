package dev.hops.cli;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.RenderResult;
import java.io.PrintWriter;
import java.util.List;

/** The stderr side of a render: warnings, then one line per failed Kustomization. */
final class RenderReport {

  private RenderReport() {}

  /** Prints warnings and failures of {@code shown}; returns the exit code (1 if any failed). */
  static int print(PrintWriter err, RenderResult result, List<KsResult> shown) {
    for (String w : result.warnings()) {
      err.println("warning: " + oneLine(w));
    }
    boolean several = result.clusters().size() > 1;
    printExternal(err, shown);
    int failed = 0;
    for (KsResult k : shown) {
      if (k.status() == KsStatus.FAILED) {
        failed++;
        err.println("error: " + describe(k, several) + ": " + oneLine(k.message()));
      }
    }
    err.flush();
    return failed > 0 ? 1 : 0;
  }

  /**
   * Prints the HelmReleases' side: one warning line for the releases whose charts are not available
   * offline, one error line per failed release; returns the exit code (1 if any failed).
   */
  static int printReleases(PrintWriter err, RenderResult result, List<HrResult> shown) {
    boolean several = result.clusters().size() > 1;
    printUnavailableCharts(err, shown);
    int failed = 0;
    for (HrResult h : shown) {
      if (h.status() == KsStatus.FAILED) {
        failed++;
        String where = h.definedAt().isKnown() ? h.definedAt() + ": " : "";
        err.println(
            "error: "
                + (several ? "[" + h.cluster() + "] " : "")
                + where
                + h.ref()
                + ": "
                + oneLine(h.message()));
      }
    }
    err.flush();
    return failed > 0 ? 1 : 0;
  }

  /**
   * What a check cannot see, on stderr: the render's warnings, the Kustomizations of external
   * sources and the HelmReleases whose charts are not available (failures are findings there).
   */
  static void printNotChecked(PrintWriter err, RenderResult result) {
    for (String w : result.warnings()) {
      err.println("warning: " + oneLine(w));
    }
    printExternal(err, all(result));
    printUnavailableCharts(err, releases(result));
    err.flush();
  }

  private static void printExternal(PrintWriter err, List<KsResult> shown) {
    List<KsResult> external = shown.stream().filter(k -> k.status() == KsStatus.EXTERNAL).toList();
    if (!external.isEmpty()) {
      err.println(
          "warning: "
              + external.size()
              + " Kustomization(s) use sources outside this repository and are not rendered"
              + " (map them with --source NAME=DIR): "
              + String.join(
                  ", ", external.stream().map(k -> k.ref().toString()).distinct().toList()));
    }
  }

  private static void printUnavailableCharts(PrintWriter err, List<HrResult> shown) {
    List<HrResult> external = shown.stream().filter(h -> h.status() == KsStatus.EXTERNAL).toList();
    if (!external.isEmpty()) {
      List<String> sources =
          external.stream().map(h -> String.valueOf(h.source())).distinct().sorted().toList();
      err.println(
          "warning: "
              + external.size()
              + " HelmRelease(s) not rendered: their charts are not available here (no network,"
              + " --offline without them in the cache, or a source Hops does not read: "
              + String.join(", ", sources.size() > 5 ? sources.subList(0, 5) : sources)
              + (sources.size() > 5 ? ", and " + (sources.size() - 5) + " more" : "")
              + "); see hops get hr");
    }
  }

  static List<HrResult> releases(RenderResult result) {
    return result.clusters().stream().flatMap(c -> c.releases().stream()).toList();
  }

  static String describe(KsResult k, boolean withCluster) {
    String where = k.definedAt().isKnown() ? k.definedAt() + ": " : "";
    return (withCluster ? "[" + k.cluster() + "] " : "") + where + k.ref();
  }

  static List<KsResult> all(RenderResult result) {
    return result.clusters().stream()
        .flatMap((ClusterResult c) -> c.kustomizations().stream())
        .toList();
  }

  private static String oneLine(String s) {
    return s.replace("\r", "").replace("\n", " ");
  }
}
