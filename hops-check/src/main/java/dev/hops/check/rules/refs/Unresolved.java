package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.check.rules.Rules;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reports references that nothing in the render satisfies. When the cluster's render is complete
 * that is certain and each reference is reported; when some objects are unknown, the target may be
 * among them: one finding per target, no more than a warning, that says why.
 */
final class Unresolved {

  private record Uncertain(
      SourcePos pos, String object, String message, String reason, String hint) {}

  private final Rule rule;
  private final CheckContext context;
  private final Consumer<Finding> out;
  private final Severity whenCertain;
  private final Severity whenUncertain;
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, Uncertain> first = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();

  Unresolved(
      Rule rule,
      CheckContext context,
      Consumer<Finding> out,
      Severity whenCertain,
      Severity whenUncertain) {
    this.rule = rule;
    this.context = context;
    this.out = out;
    this.whenCertain = whenCertain;
    this.whenUncertain = whenUncertain;
  }

  /** At the rule's default severity when certain, no more than a warning when not. */
  static Unresolved of(Rule rule, CheckContext context, Consumer<Finding> out) {
    Severity d = rule.defaultSeverity();
    return new Unresolved(rule, context, out, d, d == Severity.ERROR ? Severity.WARNING : d);
  }

  /** Why some of the cluster's objects are unknown, or null when its render is complete. */
  String unknown(String cluster) {
    if (!reasons.containsKey(cluster)) {
      reasons.put(cluster, unknownBesides(cluster, null)); // null: complete
    }
    return reasons.get(cluster);
  }

  /**
   * As {@link #unknown}, leaving {@code self} out: a Kustomization or HelmRelease that is not
   * rendered for want of the very object looked for does not make its absence uncertain. The reason
   * names what is unknown, HelmReleases first (the usual case with {@code --no-helm}).
   */
  String unknownBesides(String cluster, ObjectRef self) {
    List<String> parts = new ArrayList<>();
    if (context.helmReleasesUnrendered(cluster)) {
      parts.add("HelmReleases are not rendered");
    }
    List<String> releases = new ArrayList<>();
    List<String> kustomizations = new ArrayList<>();
    for (ClusterResult c : context.result().clusters()) {
      if (c.name().equals(cluster)) {
        for (HrResult hr : c.releases()) {
          if (hr.status() != KsStatus.RENDERED && !hr.ref().equals(self)) {
            releases.add(hr.ref() + " (" + hr.status().label() + ")");
          }
        }
        for (KsResult ks : c.kustomizations()) {
          if (ks.status() != KsStatus.RENDERED && !ks.ref().equals(self)) {
            kustomizations.add(ks.ref() + " (" + ks.status().label() + ")");
          }
        }
      }
    }
    describe(parts, releases, "HelmRelease is", "HelmReleases are");
    describe(parts, kustomizations, "Kustomization is", "Kustomizations are");
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  /** "1 Kustomization is not rendered: X", "3 ... are not rendered: X, Y, ...". */
  private static void describe(List<String> parts, List<String> refs, String one, String many) {
    if (refs.isEmpty()) {
      return;
    }
    String listed = String.join(", ", refs.subList(0, Math.min(2, refs.size())));
    parts.add(
        refs.size()
            + " "
            + (refs.size() == 1 ? one : many)
            + " not rendered: "
            + listed
            + (refs.size() > 2 ? ", ..." : ""));
  }

  /**
   * A reference from {@code from} (its field {@code field}, node {@code at}) to {@code target},
   * which is not in the render.
   *
   * @param absence what is certain when the render is complete ("does not exist")
   * @param unknown why the render is incomplete ({@link #unknown}), or null when it is complete
   */
  void missing(
      Rendered from,
      Node at,
      String field,
      String target,
      String absence,
      String hint,
      String unknown) {
    report(from, at, field, "names " + target, absence, "is not in the render", hint, unknown);
  }

  /**
   * A reference that nothing in the render satisfies: "{@code field claim}, which {@code certain}"
   * when the render is complete, else once per claim "..., which {@code uncertain}" with the reason
   * it may still be satisfied.
   */
  void report(
      Rendered from,
      Node at,
      String field,
      String claim,
      String certain,
      String uncertain,
      String hint,
      String unknown) {
    SourcePos pos = at == null ? from.pos() : Rules.position(at, from);
    String subject = field + " " + claim + ", which ";
    if (unknown == null) {
      out.accept(new Finding(rule.id(), whenCertain, pos, from.ref(), subject + certain, hint));
      return;
    }
    String key = from.cluster() + "|" + claim + "|" + uncertain;
    Uncertain u = new Uncertain(pos, from.ref(), subject + uncertain, unknown, hint);
    first.merge(key, u, (a, b) -> before(b.pos(), a.pos()) ? b : a);
    counts.merge(key, 1, Integer::sum);
  }

  /** True when {@code a} comes before {@code b} in the repository (file, then line). */
  private static boolean before(SourcePos a, SourcePos b) {
    int c = a.file().compareTo(b.file());
    return c != 0 ? c < 0 : a.line() < b.line();
  }

  /** Reports the uncertain references, each claim once, at its first reference. */
  void flush() {
    for (Map.Entry<String, Uncertain> e : first.entrySet()) {
      Uncertain u = e.getValue();
      int others = counts.get(e.getKey()) - 1;
      out.accept(
          new Finding(
              rule.id(),
              whenUncertain,
              u.pos(),
              u.object(),
              u.message()
                  + "; it may be among the objects Hops could not render ("
                  + u.reason()
                  + ")"
                  + (others == 0
                      ? ""
                      : "; " + others + (others == 1 ? " other reference" : " other references")),
              u.hint()));
    }
    first.clear();
    counts.clear();
  }
}
