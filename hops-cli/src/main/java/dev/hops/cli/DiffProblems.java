package dev.hops.cli;

import dev.hops.diff.DiffResult;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code hops diff} says on stderr about the renders: the head's warnings and what it could
 * not render (as {@code hops check} does), and the Kustomizations and HelmReleases that failed. A
 * failure only at head is an error (the change breaks it: its objects would show as removed, while
 * Flux keeps them); one in both revisions, or only at base, a warning.
 */
final class DiffProblems {

  private DiffProblems() {}

  /** Prints the problems of the selected owners; returns the number of errors. */
  static int print(PrintWriter err, DiffResult result, DiffSelection selection) {
    RenderReport.printNotChecked(err, result.headRender());
    Map<String, String> before = failures(result.baseRender(), selection, result);
    Map<String, String> after = failures(result.headRender(), selection, result);
    int errors = 0;
    for (Map.Entry<String, String> f : after.entrySet()) {
      if (before.containsKey(f.getKey())) {
        err.println("warning: " + f.getValue() + " (fails in both revisions)");
      } else {
        err.println("error: " + f.getValue() + " (fails at " + result.head().name() + " only)");
        errors++;
      }
    }
    for (Map.Entry<String, String> f : before.entrySet()) {
      if (!after.containsKey(f.getKey())) {
        err.println("warning: " + f.getValue() + " (fails at " + result.base().name() + " only)");
      }
    }
    err.flush();
    return errors;
  }

  /** The failed Kustomizations and HelmReleases of a render: key, then one line each. */
  private static Map<String, String> failures(
      RenderResult r, DiffSelection selection, DiffResult result) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean several = r.clusters().size() > 1;
    for (ClusterResult c : r.clusters()) {
      for (KsResult k : c.kustomizations()) {
        if (k.status() == KsStatus.FAILED && selected(selection, c, k.ref(), result)) {
          out.put(
              c.name() + " " + k.ref(),
              RenderReport.describe(k, several) + ": " + line(k.message()));
        }
      }
      for (HrResult h : c.releases()) {
        if (h.status() == KsStatus.FAILED && selected(selection, c, h.ref(), result)) {
          String where = h.definedAt().isKnown() ? h.definedAt() + ": " : "";
          out.put(
              c.name() + " " + h.ref(),
              (several ? "[" + c.name() + "] " : "") + where + h.ref() + ": " + line(h.message()));
        }
      }
    }
    return out;
  }

  private static boolean selected(
      DiffSelection selection, ClusterResult c, ObjectRef ref, DiffResult result) {
    return selection.selects(c.name(), ref, result.baseRender(), result.headRender());
  }

  private static String line(String s) {
    return s.replace("\r", "").replace("\n", " ");
  }
}
