package dev.hops.kustomize;

import java.util.Objects;

/**
 * Group, version and kind of a Kubernetes object; an empty string is "any" in selectors and "core"
 * for the group. Mirrors kyaml's {@code resid.Gvk}.
 */
public record Gvk(String group, String version, String kind) {

  public Gvk {
    group = Objects.requireNonNullElse(group, "");
    version = Objects.requireNonNullElse(version, "");
    kind = Objects.requireNonNullElse(kind, "");
  }

  private static final int CACHE_LIMIT = 10_000;

  /** Gvks by apiVersion and kind: objects ask for theirs again and again during a build. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Gvk> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** From an {@code apiVersion} ({@code apps/v1} or {@code v1}) and a kind. */
  public static Gvk of(String apiVersion, String kind) {
    String av = Objects.requireNonNullElse(apiVersion, "");
    String k = Objects.requireNonNullElse(kind, "");
    String key = av + "\u0000" + k;
    Gvk g = CACHE.get(key);
    if (g == null) {
      g = parse(av, k);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.putIfAbsent(key, g);
      }
    }
    return g;
  }

  private static Gvk parse(String av, String kind) {
    int slash = av.indexOf('/');
    if (slash >= 0) {
      return new Gvk(av.substring(0, slash), av.substring(slash + 1), kind);
    }
    return new Gvk("", av, kind);
  }

  public static Gvk ofKind(String kind) {
    return new Gvk("", "", kind);
  }

  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** True when every non-empty field of {@code selector} equals this one's (kyaml IsSelected). */
  public boolean isSelectedBy(Gvk selector) {
    if (selector == null) {
      return true;
    }
    return (selector.group.isEmpty() || selector.group.equals(group))
        && (selector.version.isEmpty() || selector.version.equals(version))
        && (selector.kind.isEmpty() || selector.kind.equals(kind));
  }

  /** kyaml's {@code Gvk.String()}: {@code Kind.version.group} with [noGrp]-style placeholders. */
  public String legacyString() {
    return (kind.isEmpty() ? "[noKind]" : kind)
        + "."
        + (version.isEmpty() ? "[noVer]" : version)
        + "."
        + (group.isEmpty() ? "[noGrp]" : group);
  }

  @Override
  public String toString() {
    return apiVersion().isEmpty() ? kind : apiVersion() + ", Kind=" + kind;
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Gvk that
            && group.equals(that.group)
            && version.equals(that.version)
            && kind.equals(that.kind);
  }

  @Override
  public int hashCode() {
    int h = group.hashCode();
    h = 31 * h + version.hashCode();
    return 31 * h + kind.hashCode();
  }
}
