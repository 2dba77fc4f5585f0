package dev.hops.check;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;

/** What rules look at: the render and every object it produced, with where it was defined. */
public final class CheckContext {

  /** A rendered object, the cluster it belongs to, and the position to report it at. */
  public record Rendered(String cluster, MappingNode object, SourcePos pos) {

    public String kind() {
      return object.getString("kind") == null ? "" : object.getString("kind");
    }

    /** {@code Kind/namespace/name} ({@code Kind/name} without a namespace). */
    public String ref() {
      MappingNode md = object.getMapping("metadata");
      String ns = md == null ? null : md.getString("namespace");
      String name = md == null ? "" : md.getString("name");
      return kind() + "/" + (ns == null || ns.isEmpty() ? "" : ns + "/") + name;
    }
  }

  private final RenderResult result;
  private final List<Rendered> objects = new ArrayList<>();

  public CheckContext(RenderResult result) {
    this.result = result;
    for (ClusterResult c : result.clusters()) {
      for (KsResult ks : c.kustomizations()) {
        if (ks.status() == KsStatus.RENDERED) {
          for (MappingNode o : ks.objects()) {
            objects.add(new Rendered(c.name(), o, known(o.pos(), ks.definedAt())));
          }
        }
      }
      for (HrResult hr : c.releases()) {
        if (hr.status() == KsStatus.RENDERED) {
          // chart output has no file of the repository: report it at the HelmRelease
          for (MappingNode o : hr.objects()) {
            objects.add(new Rendered(c.name(), o, hr.definedAt()));
          }
        }
      }
    }
  }

  private static SourcePos known(SourcePos pos, SourcePos fallback) {
    return pos != null && pos.isKnown() ? pos : fallback;
  }

  public RenderResult result() {
    return result;
  }

  /** Every object Flux would apply: the Kustomizations' and the rendered HelmReleases'. */
  public List<Rendered> objects() {
    return objects;
  }
}
