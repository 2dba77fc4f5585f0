package dev.hops.flux.internal.graph;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.Dependency;
import dev.hops.flux.graph.Finding;
import dev.hops.flux.graph.GraphNode;
import dev.hops.flux.internal.model.Fields;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the nodes of a cluster's graph from its render: every Kustomization the renderer found,
 * then every HelmRelease in their output. The positions of {@code dependsOn} entries come from the
 * Kustomization objects as they were rendered by their parents.
 */
public final class NodeCollector {

  /**
   * The nodes, the Kustomizations whose output is unknown (external, or failed before it was
   * built), and the HelmReleases applied twice.
   */
  public record Collected(
      List<GraphNode> nodes, List<ObjectRef> unrendered, List<Finding> findings) {}

  private static final String HELM_GROUP = "helm.toolkit.fluxcd.io/";

  private NodeCollector() {}

  public static Collected collect(ClusterResult cluster) {
    Map<ObjectRef, List<MappingNode>> ksObjects = kustomizationObjects(cluster);
    Map<ObjectRef, GraphNode> nodes = new LinkedHashMap<>();
    List<ObjectRef> unrendered = new ArrayList<>();
    for (KsResult k : cluster.kustomizations()) {
      MappingNode obj = pick(ksObjects.get(k.ref()), k.definedAt());
      nodes.putIfAbsent(
          k.ref(),
          new GraphNode(
              k.ref(),
              k.definedAt(),
              k.parent(),
              kustomizationDeps(k, obj),
              k.status(),
              obj != null && Fields.bool(obj, "spec", "suspend")));
      if (k.status() != KsStatus.RENDERED && k.objects().isEmpty()) {
        unrendered.add(k.ref());
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (KsResult k : cluster.kustomizations()) {
      for (MappingNode obj : k.objects()) {
        if (!isHelmRelease(obj)) {
          continue;
        }
        GraphNode hr = helmRelease(obj, k.ref());
        GraphNode first = nodes.putIfAbsent(hr.ref(), hr);
        if (first != null && !k.ref().equals(first.appliedBy())) {
          findings.add(duplicate(cluster.name(), hr, first));
        }
      }
    }
    return new Collected(List.copyOf(nodes.values()), unrendered, findings);
  }

  static boolean isHelmRelease(MappingNode obj) {
    return GraphNode.HELM_RELEASE.equals(Fields.string(obj, "kind"))
        && Fields.string(obj, "apiVersion").startsWith(HELM_GROUP);
  }

  private static Map<ObjectRef, List<MappingNode>> kustomizationObjects(ClusterResult cluster) {
    Map<ObjectRef, List<MappingNode>> out = new LinkedHashMap<>();
    for (KsResult k : cluster.kustomizations()) {
      for (MappingNode obj : k.objects()) {
        if (FluxKustomization.isKustomization(obj)) {
          out.computeIfAbsent(ref(GraphNode.KUSTOMIZATION, obj), r -> new ArrayList<>()).add(obj);
        }
      }
    }
    return out;
  }

  /** The object written at {@code pos}, else the first one. */
  private static MappingNode pick(List<MappingNode> candidates, SourcePos pos) {
    if (candidates == null) {
      return null;
    }
    for (MappingNode c : candidates) {
      if (c.pos().equals(pos)) {
        return c;
      }
    }
    return candidates.getFirst();
  }

  /** The renderer's dependsOn (namespaces defaulted) with the entries' positions when known. */
  private static List<Dependency> kustomizationDeps(KsResult k, MappingNode obj) {
    List<Node> entries = obj == null ? List.of() : Fields.list(obj, "spec", "dependsOn");
    List<Dependency> out = new ArrayList<>();
    for (int i = 0; i < k.dependsOn().size(); i++) {
      SourcePos pos = entries.size() == k.dependsOn().size() ? entries.get(i).pos() : null;
      out.add(new Dependency(k.dependsOn().get(i), known(pos) ? pos : k.definedAt()));
    }
    return out;
  }

  private static GraphNode helmRelease(MappingNode obj, ObjectRef appliedBy) {
    ObjectRef ref = ref(GraphNode.HELM_RELEASE, obj);
    List<Dependency> deps = new ArrayList<>();
    for (Node d : Fields.list(obj, "spec", "dependsOn")) {
      String ns = Fields.string(d, "namespace");
      deps.add(
          new Dependency(
              new ObjectRef(
                  GraphNode.HELM_RELEASE,
                  ns.isEmpty() ? ref.namespace() : ns,
                  Fields.string(d, "name")),
              known(d.pos()) ? d.pos() : obj.pos()));
    }
    return new GraphNode(
        ref, obj.pos(), appliedBy, deps, KsStatus.RENDERED, Fields.bool(obj, "spec", "suspend"));
  }

  private static ObjectRef ref(String kind, MappingNode obj) {
    return new ObjectRef(
        kind, Fields.string(obj, "metadata", "namespace"), Fields.string(obj, "metadata", "name"));
  }

  private static boolean known(SourcePos pos) {
    return pos != null && pos.isKnown();
  }

  private static Finding duplicate(String cluster, GraphNode again, GraphNode first) {
    return new Finding(
        Finding.Severity.WARNING,
        Finding.Type.DUPLICATE_OBJECT,
        cluster,
        again.definedAt(),
        again.ref(),
        "applied by both "
            + first.appliedBy()
            + " and "
            + again.appliedBy()
            + "; the last apply wins, the graph uses the first",
        List.of(first.appliedBy(), again.appliedBy()));
  }
}
