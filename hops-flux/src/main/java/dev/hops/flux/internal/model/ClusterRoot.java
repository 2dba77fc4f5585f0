package dev.hops.flux.internal.model;

import dev.hops.yaml.MappingNode;
import java.util.List;

/**
 * A cluster found in a repository: its name, the file that defines its entry point, the root
 * Kustomization(s) Flux starts from, the GitRepository that stands for the repository itself, and
 * how Flux paths map to the folder ({@code pathPrefix} is the part of Flux's paths that lies above
 * the folder Hops was given, e.g. {@code tests/testdata/cluster} for a copied sub-tree).
 */
public record ClusterRoot(
    String name,
    String rootFile,
    String layout,
    List<MappingNode> roots,
    String sourceName,
    String sourceNamespace,
    String pathPrefix) {

  public ClusterRoot {
    roots = List.copyOf(roots);
  }
}
