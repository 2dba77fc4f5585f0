package dev.hops.diff.internal;

import dev.hops.diff.internal.Rendered.Identity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KindScopes;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One revision's render seen as the objects Flux would apply: the rendered Kustomizations' output
 * and the rendered HelmReleases' chart output (in the release's namespace when the chart gives
 * none), each with its owner; and the owners whose objects this render does not know.
 */
public final class RenderSide {

  /** A Kustomization or HelmRelease of a cluster. */
  public record Owner(String cluster, ObjectRef ref) {
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

  private final Map<Identity, List<Rendered>> objects = new LinkedHashMap<>();
  private final Map<Owner, String> unknown = new LinkedHashMap<>();

  private RenderSide() {}

  public static RenderSide of(RenderResult result) {
    RenderSide side = new RenderSide();
    KindScopes scopes = KindScopes.of(result);
    for (ClusterResult c : result.clusters()) {
      side.addCluster(c, scopes);
    }
    return side;
  }

  private void addCluster(ClusterResult c, KindScopes scopes) {
    Map<ObjectRef, MappingNode> releases = new HashMap<>();
    for (KsResult ks : c.kustomizations()) {
      if (ks.status() != KsStatus.RENDERED) {
        unknown.put(new Owner(c.name(), ks.ref()), ks.status().label());
        continue;
      }
      for (MappingNode o : ks.objects()) {
        Identity id = identity(c.name(), o, "", scopes);
        add(new Rendered(ks.ref(), id, o));
        if (isHelmRelease(o)) {
          releases.put(new ObjectRef("HelmRelease", id.namespace(), id.name()), o);
        }
      }
    }
    for (HrResult hr : c.releases()) {
      MappingNode release = releases.remove(hr.ref());
      if (hr.status() != KsStatus.RENDERED) {
        unknown.put(new Owner(c.name(), hr.ref()), hr.status().label());
        continue;
      }
      String releaseNs = releaseNamespace(hr, release);
      for (MappingNode o : hr.objects()) {
        add(new Rendered(hr.ref(), identity(c.name(), o, releaseNs, scopes), o));
      }
    }
    // HelmReleases applied but not taken through Helm (a render without Helm): charts unknown
    for (ObjectRef hr : releases.keySet()) {
      unknown.put(new Owner(c.name(), hr), "not rendered");
    }
  }

  private void add(Rendered r) {
    objects.computeIfAbsent(r.id(), k -> new ArrayList<>(1)).add(r);
  }

  private static boolean isHelmRelease(MappingNode o) {
    String apiVersion = o.getString("apiVersion");
    return "HelmRelease".equals(o.getString("kind"))
        && apiVersion != null
        && apiVersion.startsWith("helm.toolkit.fluxcd.io/");
  }

  /** spec.targetNamespace of the HelmRelease, else its own namespace. */
  private static String releaseNamespace(HrResult hr, MappingNode release) {
    MappingNode spec = release == null ? null : release.getMapping("spec");
    String target = spec == null ? null : spec.getString("targetNamespace");
    return target != null && !target.isEmpty() ? target : hr.ref().namespace();
  }

  private static Identity identity(
      String cluster, MappingNode o, String fallbackNs, KindScopes scopes) {
    String apiVersion = orEmpty(o.getString("apiVersion"));
    String kind = orEmpty(o.getString("kind"));
    MappingNode md = o.getMapping("metadata");
    String name = md == null ? "" : orEmpty(md.getString("name"));
    String ns = md == null ? "" : orEmpty(md.getString("namespace"));
    if (ns.isEmpty() && !scopes.isClusterScoped(apiVersion, kind)) {
      ns = fallbackNs;
    }
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    return new Identity(cluster, group, kind, ns, name);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The objects by identity (several when more than one owner applies the same object). */
  public Map<Identity, List<Rendered>> objects() {
    return objects;
  }

  /** Whether this render knows what the owner applies (it is not failed, external, unrendered). */
  public boolean knows(Owner owner) {
    return !unknown.containsKey(owner);
  }

  /**
   * The owners whose objects this render does not know, with why: {@code failed}, {@code external},
   * {@code not rendered} (a HelmRelease whose chart was not rendered).
   */
  public Map<Owner, String> unknown() {
    return unknown;
  }
}
