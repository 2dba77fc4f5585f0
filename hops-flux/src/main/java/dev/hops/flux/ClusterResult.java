package dev.hops.flux;

import java.util.List;

/**
 * One cluster of a repository: its root, its Kustomizations in render order, its sources, and its
 * HelmReleases with what their charts rendered.
 */
public record ClusterResult(
    String name,
    String rootFile,
    List<KsResult> kustomizations,
    List<SourceInfo> sources,
    List<HrResult> releases) {

  public ClusterResult {
    kustomizations = List.copyOf(kustomizations);
    sources = List.copyOf(sources);
    releases = List.copyOf(releases);
  }

  /** Every object the cluster's Kustomizations rendered, Kustomization by Kustomization. */
  public List<dev.hops.yaml.MappingNode> objects() {
    return kustomizations.stream().flatMap(k -> k.objects().stream()).toList();
  }
}
