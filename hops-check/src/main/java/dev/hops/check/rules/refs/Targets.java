package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.flux.ObjectRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rendered objects of every cluster by kind and name, to look up the target of a reference by
 * API group, kind, namespace and name.
 */
final class Targets {

  private record Key(String cluster, String kind, String name) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Key that
              && Objects.equals(cluster, that.cluster)
              && Objects.equals(kind, that.kind)
              && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(cluster);
      h = 31 * h + Objects.hashCode(kind);
      return 31 * h + Objects.hashCode(name);
    }
  }

  private final Map<Key, List<Rendered>> byName = new HashMap<>();
  private final Map<String, List<Rendered>> byKind = new HashMap<>();

  Targets(CheckContext context) {
    for (Rendered r : context.objects()) {
      byName
          .computeIfAbsent(new Key(r.cluster(), r.kind(), r.name()), k -> new ArrayList<>())
          .add(r);
      byKind.computeIfAbsent(r.cluster() + "/" + r.kind(), k -> new ArrayList<>()).add(r);
    }
  }

  /** The object of that group ("" for core), kind, namespace and name, or null. */
  Rendered find(String cluster, String group, String kind, String namespace, String name) {
    for (Rendered r : byName.getOrDefault(new Key(cluster, kind, name), List.of())) {
      if (r.group().equals(group) && r.namespace().equals(namespace)) {
        return r;
      }
    }
    return null;
  }

  /** The object of that group and of {@code ref}'s kind, namespace and name, or null. */
  Rendered find(String cluster, String group, ObjectRef ref) {
    return find(cluster, group, ref.kind(), ref.namespace(), ref.name());
  }

  /**
   * A cluster-scoped object by name, whatever namespace kustomize may have written on it (a
   * Kustomization's namespace lands on custom kinds it does not know are cluster-scoped).
   */
  Rendered clusterScoped(String cluster, String group, String kind, String name) {
    for (Rendered r : byName.getOrDefault(new Key(cluster, kind, name), List.of())) {
      if (r.group().equals(group)) {
        return r;
      }
    }
    return null;
  }

  /** The objects of one group and kind in a cluster. */
  List<Rendered> ofKind(String cluster, String group, String kind) {
    List<Rendered> out = new ArrayList<>();
    for (Rendered r : byKind.getOrDefault(cluster + "/" + kind, List.of())) {
      if (r.group().equals(group)) {
        out.add(r);
      }
    }
    return out;
  }

  /** Kinds among {@code kinds} of which the group has an object of that namespace and name. */
  List<String> otherKinds(
      String cluster, String group, List<String> kinds, String namespace, String name) {
    List<String> out = new ArrayList<>();
    for (String k : kinds) {
      if (find(cluster, group, k, namespace, name) != null) {
        out.add(k);
      }
    }
    return out;
  }
}
