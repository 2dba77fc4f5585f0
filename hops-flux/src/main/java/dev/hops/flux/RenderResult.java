package dev.hops.flux;

import java.util.List;

/** A whole repository rendered: its clusters, and problems that belong to no Kustomization. */
public record RenderResult(List<ClusterResult> clusters, List<String> warnings) {

  public RenderResult {
    clusters = List.copyOf(clusters);
    warnings = List.copyOf(warnings);
  }

  public boolean allRendered() {
    return clusters.stream()
        .flatMap(c -> c.kustomizations().stream())
        .noneMatch(k -> k.status() == KsStatus.FAILED);
  }
}
