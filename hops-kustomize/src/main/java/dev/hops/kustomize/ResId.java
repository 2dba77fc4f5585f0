package dev.hops.kustomize;

import java.util.Objects;

/**
 * The identity of an object: its group/version/kind, namespace and name. {@link #toString()} is the
 * {@code Kind/namespace/name} form used in every message ({@code Kind/name} when cluster-scoped or
 * without namespace).
 */
public record ResId(Gvk gvk, String namespace, String name) {

  public ResId {
    Objects.requireNonNull(gvk, "gvk");
    namespace = Objects.requireNonNullElse(namespace, "");
    name = Objects.requireNonNullElse(name, "");
  }

  public String kind() {
    return gvk.kind();
  }

  @Override
  public String toString() {
    String kind = gvk.kind().isEmpty() ? "?" : gvk.kind();
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }
}
