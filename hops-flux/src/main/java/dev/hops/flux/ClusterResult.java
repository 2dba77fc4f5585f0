package dev.hops.flux;

import java.util.List;

/** One cluster of a repository: its root, its Kustomizations in render order, its sources. */
public record ClusterResult(
    String name, String rootFile, List<KsResult> kustomizations, List<SourceInfo> sources) {

  public ClusterResult {
    kustomizations = List.copyOf(kustomizations);
    sources = List.copyOf(sources);
  }

  /** Every rendered object of the cluster, Kustomization by Kustomization. */
  public List<dev.hops.yaml.MappingNode> objects() {
    return kustomizations.stream().flatMap(k -> k.objects().stream()).toList();
  }
}
