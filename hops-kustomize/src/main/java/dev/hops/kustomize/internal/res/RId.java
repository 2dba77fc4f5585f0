package dev.hops.kustomize.internal.res;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.ResId;
import dev.hops.kustomize.internal.openapi.NamespaceScoping;

/**
 * kyaml's {@code resid.ResId}: gvk, name, namespace, plus whether the gvk is known to be
 * cluster-scoped (ids rebuilt from build annotations never are, as in kyaml). Equality of records
 * is Go's {@code ==}; {@link #equalsId} is kyaml's {@code Equals} (namespaces compared
 * effectively).
 */
public record RId(Gvk gvk, String name, String namespace, boolean clusterScoped) {

  public static final String TOTALLY_NOT_A_NAMESPACE = "_non_namespaceable_";
  public static final String DEFAULT_NAMESPACE = "default";

  public RId {
    name = name == null ? "" : name;
    namespace = namespace == null ? "" : namespace;
  }

  /** An id whose cluster scope is looked up, as kyaml's {@code NewGvk}. */
  public static RId of(Gvk gvk, String name, String namespace) {
    return new RId(gvk, name, namespace, clusterScoped(gvk));
  }

  private static final java.util.concurrent.ConcurrentHashMap<Gvk, Boolean> SCOPES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean clusterScoped(Gvk gvk) {
    Boolean b = SCOPES.get(gvk);
    if (b == null) {
      b = NamespaceScoping.isCertainlyClusterScoped(gvk.apiVersion(), gvk.kind());
      if (SCOPES.size() < 10_000) {
        SCOPES.putIfAbsent(gvk, b);
      }
    }
    return b;
  }

  public String kind() {
    return gvk.kind();
  }

  public String effectiveNamespace() {
    if (clusterScoped) {
      return TOTALLY_NOT_A_NAMESPACE;
    }
    if (namespace.isEmpty() || namespace.equals(DEFAULT_NAMESPACE)) {
      return DEFAULT_NAMESPACE;
    }
    return namespace;
  }

  public boolean isNsEquals(RId o) {
    return effectiveNamespace().equals(o.effectiveNamespace());
  }

  public boolean gvknEquals(RId o) {
    return name.equals(o.name) && gvk.equals(o.gvk);
  }

  public boolean equalsId(RId o) {
    return isNsEquals(o) && gvknEquals(o);
  }

  public boolean isSelectedBy(RId selector) {
    return (selector.name.isEmpty() || selector.name.equals(name))
        && (selector.namespace.isEmpty() || selector.isNsEquals(this))
        && gvk.isSelectedBy(selector.gvk);
  }

  /** kyaml's {@code ResId.String()}: {@code Kind.version.group/name.namespace}. */
  public String legacyString() {
    return gvk.legacyString()
        + "/"
        + (name.isEmpty() ? "[noName]" : name)
        + "."
        + (namespace.isEmpty() ? "[noNs]" : namespace);
  }

  /** The public id ({@code Kind/namespace/name}). */
  public ResId toResId() {
    return new ResId(gvk, namespace, name);
  }

  @Override
  public String toString() {
    return toResId().toString();
  }
}
