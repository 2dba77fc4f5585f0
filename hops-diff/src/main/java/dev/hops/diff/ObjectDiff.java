package dev.hops.diff;

import dev.hops.diff.internal.Comparison;
import dev.hops.diff.internal.RenderSide;
import dev.hops.flux.RenderResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two renders of a repository compared object by object, as the cluster would see the change.
 *
 * <p>The objects are every object Flux would apply: the output of each rendered Kustomization and
 * of each rendered HelmRelease (chart output without a namespace lands in the release's namespace,
 * {@code spec.targetNamespace} or the HelmRelease's own), owned by that Kustomization or
 * HelmRelease. An object is the same in both renders when its cluster, API group (not version),
 * kind, namespace and name are; it is then {@code changed} when a field differs as typed YAML (key
 * order and formatting do not count). An object applied by another owner than before is changed in
 * its new owner, Flux's ownership labels ({@code kustomize.toolkit.fluxcd.io/name}, ...) being the
 * fields that differ. Removed and added objects of one kind and namespace whose content is the same
 * once the old name reads as the new one (name-derived labels and selectors included), or whose
 * names differ only by a kustomize generator hash suffix, are reported once, as renamed.
 *
 * <pre>{@code
 * List<Change> changes = ObjectDiff.compare(baseRender, headRender);
 * }</pre>
 */
public final class ObjectDiff {

  private ObjectDiff() {}

  /**
   * The changes from {@code base} to {@code head}, ordered by cluster, owner and object; field
   * changes in document order. Objects of a Kustomization or HelmRelease that one render does not
   * know (failed, external, chart not rendered) are not reported as added or removed: see {@link
   * #notCompared}.
   */
  public static List<Change> compare(RenderResult base, RenderResult head) {
    return Comparison.compare(base, head);
  }

  /**
   * The Kustomizations and HelmReleases whose objects one of the renders does not know, hence not
   * compared, one line each: {@code home: Kustomization/flux-system/apps is failed in the head
   * revision}, {@code ... is not rendered in both revisions}. Sorted; empty when both renders are
   * complete.
   */
  public static List<String> notCompared(RenderResult base, RenderResult head) {
    Map<RenderSide.Owner, String> before = RenderSide.of(base).unknown();
    Map<RenderSide.Owner, String> after = RenderSide.of(head).unknown();
    // one line per cluster, kind, reason and revision: a render without charts leaves out every
    // HelmRelease, which would otherwise be a line each
    Map<String, List<String>> groups = new java.util.TreeMap<>();
    before.forEach(
        (owner, why) ->
            group(
                groups,
                owner,
                why,
                why.equals(after.get(owner)) ? "both revisions" : "the base revision"));
    after.forEach(
        (owner, why) -> {
          if (!why.equals(before.get(owner))) {
            group(groups, owner, why, "the head revision");
          }
        });
    List<String> out = new ArrayList<>();
    groups.forEach((key, refs) -> out.add(line(key, refs)));
    return out;
  }

  private static void group(
      Map<String, List<String>> groups, RenderSide.Owner owner, String why, String where) {
    String key = owner.cluster() + "\n" + owner.ref().kind() + "\n" + why + "\n" + where;
    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(owner.ref().toString());
  }

  /** {@code home: Kustomization/flux-system/apps is failed in the head revision}, or a group. */
  private static String line(String key, List<String> refs) {
    String[] k = key.split("\n");
    refs.sort(null);
    if (refs.size() == 1) {
      return k[0] + ": " + refs.getFirst() + " is " + k[2] + " in " + k[3];
    }
    int shown = Math.min(5, refs.size());
    return k[0]
        + ": "
        + refs.size()
        + " "
        + k[1]
        + "s are "
        + k[2]
        + " in "
        + k[3]
        + ": "
        + String.join(", ", refs.subList(0, shown))
        + (refs.size() > shown ? " and " + (refs.size() - shown) + " more" : "");
  }
}
