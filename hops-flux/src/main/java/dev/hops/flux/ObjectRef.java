package dev.hops.flux;

import java.util.Objects;

/**
 * A reference to a Flux object by kind, namespace and name: {@code Kustomization/flux-system/apps}.
 */
public record ObjectRef(String kind, String namespace, String name)
    implements Comparable<ObjectRef> {

  public ObjectRef {
    Objects.requireNonNull(kind, "kind");
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
  }

  @Override
  public String toString() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  @Override
  public int compareTo(ObjectRef o) {
    int c = kind.compareTo(o.kind);
    if (c == 0) {
      c = namespace.compareTo(o.namespace);
    }
    return c == 0 ? name.compareTo(o.name) : c;
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof ObjectRef that
            && kind.equals(that.kind)
            && namespace.equals(that.namespace)
            && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    int h = kind.hashCode();
    h = 31 * h + namespace.hashCode();
    return 31 * h + name.hashCode();
  }
}
