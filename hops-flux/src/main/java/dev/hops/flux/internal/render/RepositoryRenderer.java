package dev.hops.flux.internal.render;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.FluxException;
import dev.hops.flux.RenderResult;
import dev.hops.flux.internal.model.ClusterRoot;
import dev.hops.flux.internal.model.Discovery;
import dev.hops.flux.internal.model.RepoScan;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;

/** Finds a repository's clusters and renders each (or the one asked for). */
public final class RepositoryRenderer {

  private final RenderOptions options;
  private final YamlReader reader;
  private final BuildCache cache;

  public RepositoryRenderer(RenderOptions options) {
    this.options = options;
    this.reader = new YamlReader(options.yamlLimits());
    this.cache = new BuildCache(options.yamlLimits());
  }

  /** The clusters Hops finds in {@code tree} ({@code defaultName} names an unnamed one). */
  public List<ClusterRoot> clusters(SourceTree tree, String defaultName) {
    return new Discovery(tree, RepoScan.of(tree, reader), defaultName).clusters();
  }

  /**
   * Renders every cluster, or only {@code onlyCluster} when not null.
   *
   * @throws FluxException when the repository has no cluster, or not the one asked for
   */
  public RenderResult render(SourceTree tree, String defaultName, String onlyCluster) {
    List<ClusterRoot> clusters = clusters(tree, defaultName);
    if (clusters.isEmpty()) {
      throw new FluxException(
          SourcePos.of(tree.display("")),
          null,
          "no Flux cluster found: no flux-system Kustomization (flux bootstrap), FluxInstance or"
              + " Kustomization of GitRepository flux-system");
    }
    List<String> warnings = new ArrayList<>();
    // one view per mapping, so that clusters sharing it share builds
    java.util.Map<ClusterRoot.PathMapping, SourceTree> views = new java.util.HashMap<>();
    List<ClusterResult> results = new ArrayList<>();
    for (ClusterRoot c : clusters) {
      if (onlyCluster == null || onlyCluster.equals(c.name())) {
        SourceTree artifact = views.computeIfAbsent(c.paths(), m -> ArtifactView.of(tree, m));
        results.add(new ClusterRenderer(artifact, c, options, cache, reader, warnings).render());
      }
    }
    if (results.isEmpty()) {
      throw new FluxException(
          SourcePos.of(tree.display("")),
          null,
          "no cluster named '"
              + onlyCluster
              + "'; clusters found: "
              + String.join(", ", clusters.stream().map(ClusterRoot::name).toList()));
    }
    return new RenderResult(results, warnings);
  }
}
