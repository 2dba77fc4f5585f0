package dev.hops.cli;

import dev.hops.diff.Change;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which changes {@code hops diff} shows: all, those of one Kustomization ({@code ks NAME}: the
 * objects it applies, the output of the HelmReleases it applies, and the Kustomization object
 * itself; with {@code -r} its descendants' too), or those of one HelmRelease ({@code hr NAME}: its
 * chart's output and the HelmRelease object). Names are matched in both revisions, so that a
 * Kustomization that one of them adds or removes can be selected.
 */
final class DiffSelection {

  private record Owner(String cluster, ObjectRef ref) {
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

  private final String kind;
  private final String name;
  private final boolean recursive;

  private DiffSelection(String kind, String name, boolean recursive) {
    this.kind = kind;
    this.name = name;
    this.recursive = recursive;
  }

  static DiffSelection all() {
    return new DiffSelection(null, null, false);
  }

  /** {@code NAME} or {@code NAMESPACE/NAME}. */
  static DiffSelection kustomization(String name, boolean recursive) {
    return new DiffSelection("Kustomization", name, recursive);
  }

  static DiffSelection helmRelease(String name) {
    return new DiffSelection("HelmRelease", name, false);
  }

  boolean isAll() {
    return kind == null;
  }

  /** The changes selected among {@code changes}; an error when the name is in neither render. */
  List<Change> select(List<Change> changes, RenderResult base, RenderResult head) {
    if (isAll()) {
      return changes;
    }
    Set<Owner> owners = new HashSet<>();
    owners.addAll(owners(base));
    owners.addAll(owners(head));
    if (owners.isEmpty()) {
      throw notFound(base, head);
    }
    Set<Owner> named = new HashSet<>();
    for (Owner o : owners) {
      if (o.ref().kind().equals(kind) && BuildCommand.Ks.matches(o.ref(), name)) {
        named.add(o);
      }
    }
    return changes.stream()
        .filter(
            c ->
                owners.contains(new Owner(c.cluster(), c.owner()))
                    || named.contains(new Owner(c.cluster(), refOf(c.object()))))
        .toList();
  }

  /** Whether a Kustomization or HelmRelease of a render belongs to the selection. */
  boolean selects(String cluster, ObjectRef ref, RenderResult base, RenderResult head) {
    if (isAll()) {
      return true;
    }
    Owner o = new Owner(cluster, ref);
    return owners(base).contains(o) || owners(head).contains(o);
  }

  /** The Kustomizations and HelmReleases of one render whose objects are selected. */
  private Set<Owner> owners(RenderResult r) {
    Set<Owner> out = new HashSet<>();
    for (ClusterResult c : r.clusters()) {
      if (kind.equals("HelmRelease")) {
        for (HrResult h : c.releases()) {
          if (BuildCommand.Ks.matches(h.ref(), name)) {
            out.add(new Owner(c.name(), h.ref()));
          }
        }
        continue;
      }
      List<KsResult> chosen = chosen(c.kustomizations());
      chosen.forEach(k -> out.add(new Owner(c.name(), k.ref())));
      Set<ObjectRef> parents = new HashSet<>(chosen.stream().map(KsResult::ref).toList());
      for (HrResult h : c.releases()) {
        if (parents.contains(h.parent())) {
          out.add(new Owner(c.name(), h.ref()));
        }
      }
    }
    return out;
  }

  private List<KsResult> chosen(List<KsResult> all) {
    List<KsResult> out = new ArrayList<>();
    for (KsResult k : all) {
      if (BuildCommand.Ks.matches(k.ref(), name)) {
        out.add(k);
      }
    }
    for (int i = 0; recursive && i < out.size(); i++) {
      ObjectRef parent = out.get(i).ref();
      for (KsResult k : all) {
        if (parent.equals(k.parent()) && !out.contains(k)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /** {@code Kind/namespace/name} (or {@code Kind/name}) as a reference. */
  private static ObjectRef refOf(String object) {
    String[] parts = object.split("/", 3);
    return parts.length == 3
        ? new ObjectRef(parts[0], parts[1], parts[2])
        : new ObjectRef(parts[0], "", parts.length > 1 ? parts[1] : "");
  }

  private HopsException notFound(RenderResult base, RenderResult head) {
    Set<String> found = new TreeSet<>();
    for (RenderResult r : List.of(base, head)) {
      for (ClusterResult c : r.clusters()) {
        if (kind.equals("HelmRelease")) {
          c.releases().forEach(h -> found.add(h.ref().namespace() + "/" + h.ref().name()));
        } else {
          c.kustomizations().forEach(k -> found.add(k.ref().namespace() + "/" + k.ref().name()));
        }
      }
    }
    return new HopsException(
        SourcePos.UNKNOWN,
        null,
        "no "
            + kind
            + " '"
            + name
            + "' in either revision; found: "
            + (found.isEmpty() ? "none" : String.join(", ", found)));
  }
}
