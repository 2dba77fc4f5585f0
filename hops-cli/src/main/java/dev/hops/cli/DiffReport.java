package dev.hops.cli;

import dev.hops.diff.Action;
import dev.hops.diff.Change;
import dev.hops.diff.Reach;
import dev.hops.flux.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a diff output prints.
 *
 * @param changes the changes as {@code ObjectDiff.compare} returns them (by cluster, owner, object)
 * @param reach the blast radius of the changed files; empty when not computed
 * @param notes what the reader must know about the comparison, one line each (owners a render does
 *     not know, from {@code ObjectDiff.notCompared}); empty when none
 * @param base how the base revision is named in headers ({@code main}), or null
 * @param head how the head revision is named ({@code working tree}), or null
 */
record DiffReport(
    List<Change> changes, List<Reach> reach, List<String> notes, String base, String head) {

  DiffReport {
    changes = List.copyOf(changes);
    reach = List.copyOf(reach);
    notes = List.copyOf(notes);
  }

  /** A report of changes alone. */
  DiffReport(List<Change> changes) {
    this(changes, List.of(), List.of(), null, null);
  }

  /** A Kustomization or HelmRelease of one cluster, the unit changes are grouped by. */
  record Owner(String cluster, ObjectRef ref) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Owner that
              && Objects.equals(cluster, that.cluster)
              && Objects.equals(ref, that.ref);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(cluster) + Objects.hashCode(ref);
    }
  }

  /** How many objects a list of changes adds, removes, changes and renames. */
  record Counts(long added, long removed, long changed, long renamed) {

    static Counts of(List<Change> changes) {
      return new Counts(
          count(changes, Action.ADDED),
          count(changes, Action.REMOVED),
          count(changes, Action.CHANGED),
          count(changes, Action.RENAMED));
    }

    private static long count(List<Change> changes, Action a) {
      return changes.stream().filter(c -> c.action() == a).count();
    }

    /** {@code 1 added, 2 changed} (only what is not zero), or {@code no changes}. */
    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      add(parts, added, "added");
      add(parts, changed, "changed");
      add(parts, renamed, "renamed");
      add(parts, removed, "removed");
      return parts.isEmpty() ? "no changes" : String.join(", ", parts);
    }

    private static void add(List<String> parts, long n, String word) {
      if (n > 0) {
        parts.add(n + " " + word);
      }
    }
  }

  /** The changes grouped by owner, in the order of {@link #changes}. */
  Map<Owner, List<Change>> byOwner() {
    Map<Owner, List<Change>> out = new LinkedHashMap<>();
    for (Change c : changes) {
      out.computeIfAbsent(new Owner(c.cluster(), c.owner()), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  /** Whether the changes span more than one cluster (then owners are named with their cluster). */
  boolean severalClusters() {
    return changes.stream().map(Change::cluster).distinct().count() > 1;
  }

  /**
   * How headers name owners: {@code Kustomization/flux-system/apps}, preceded by the cluster
   * ({@code home: ...}) when the changes span several clusters.
   */
  java.util.function.Function<Owner, String> ownerNames() {
    boolean several = severalClusters();
    return o -> several ? o.cluster() + ": " + o.ref() : o.ref().toString();
  }

  /** {@code 3 added, 1 changed in 2 Kustomizations and 1 HelmRelease}, or {@code no changes}. */
  String summary() {
    if (changes.isEmpty()) {
      return "no changes";
    }
    Map<Owner, List<Change>> owners = byOwner();
    long ks = owners.keySet().stream().filter(o -> !isRelease(o)).count();
    long hr = owners.size() - ks;
    List<String> kinds = new ArrayList<>();
    if (ks > 0) {
      kinds.add(ks + (ks == 1 ? " Kustomization" : " Kustomizations"));
    }
    if (hr > 0) {
      kinds.add(hr + (hr == 1 ? " HelmRelease" : " HelmReleases"));
    }
    return Counts.of(changes) + " in " + String.join(" and ", kinds);
  }

  private static boolean isRelease(Owner o) {
    return o.ref().kind().equals("HelmRelease");
  }

  /** {@code main → working tree}, or null when the revisions are not named. */
  String revisions() {
    return base == null || head == null ? null : base + " → " + head;
  }
}
