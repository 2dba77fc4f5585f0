package dev.hops.diff.internal;

import dev.hops.flux.ObjectRef;
import dev.hops.yaml.MappingNode;
import java.util.Objects;

/**
 * One object Flux would apply, as one revision renders it.
 *
 * @param owner the Flux Kustomization or HelmRelease that applies it
 * @param id what makes it the same object in both revisions
 * @param object its content
 */
public record Rendered(ObjectRef owner, Identity id, MappingNode object) {

  /**
   * The identity of an object in a cluster: its API group (not its version: an apiVersion bump
   * changes the same object), kind, the namespace it lands in ("" for cluster-scoped kinds) and
   * name.
   */
  public record Identity(String cluster, String group, String kind, String namespace, String name)
      implements Comparable<Identity> {

    /** {@code Kind/namespace/name}, {@code Kind/name} without a namespace. */
    public String ref() {
      return kind + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    /** The same object under another name. */
    Identity named(String other) {
      return new Identity(cluster, group, kind, namespace, other);
    }

    @Override
    public int compareTo(Identity o) {
      int c = cluster.compareTo(o.cluster);
      if (c == 0) {
        c = ref().compareTo(o.ref());
      }
      return c == 0 ? group.compareTo(o.group) : c;
    }

    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Identity that
              && Objects.equals(cluster, that.cluster)
              && Objects.equals(group, that.group)
              && Objects.equals(kind, that.kind)
              && Objects.equals(namespace, that.namespace)
              && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(cluster);
      h = 31 * h + Objects.hashCode(group);
      h = 31 * h + Objects.hashCode(kind);
      h = 31 * h + Objects.hashCode(namespace);
      return 31 * h + Objects.hashCode(name);
    }
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Rendered that
            && Objects.equals(owner, that.owner)
            && Objects.equals(id, that.id)
            && Objects.equals(object, that.object);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(owner);
    h = 31 * h + Objects.hashCode(id);
    return 31 * h + Objects.hashCode(object);
  }
}
