package dev.hops.flux.internal.render;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.FluxException;
import dev.hops.flux.RenderResult;
import dev.hops.flux.internal.helm.HelmMemo;
import dev.hops.flux.internal.ignore.IgnoredTree;
import dev.hops.flux.internal.model.ClusterRoot;
import dev.hops.flux.internal.model.Discovery;
import dev.hops.flux.internal.model.Fields;
import dev.hops.flux.internal.model.RepoScan;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finds a repository's clusters and renders each (or the one asked for). */
public final class RepositoryRenderer {

  private final RenderOptions options;
  private final YamlReader reader;
  private final BuildCache cache;
  private final HelmMemo helmMemo = new HelmMemo(MAX_RELEASES);

  /** Helm renderings remembered across renders (two revisions of a large repository). */
  private static final int MAX_RELEASES = 2048;

  public RepositoryRenderer(RenderOptions options) {
    this.options = options;
    this.reader = new YamlReader(options.yamlLimits());
    this.cache = new BuildCache(options.yamlLimits(), options.helm().progress());
  }

  /** The clusters Hops finds in {@code tree} ({@code defaultName} names an unnamed one). */
  public List<ClusterRoot> clusters(SourceTree tree, String defaultName) {
    return new Discovery(tree, RepoScan.of(tree, reader), defaultName).clusters();
  }

  private record ArtifactKey(ClusterRoot.PathMapping paths, String specIgnore) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof ArtifactKey that
              && Objects.equals(paths, that.paths)
              && Objects.equals(specIgnore, that.specIgnore);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(paths) + Objects.hashCode(specIgnore);
    }
  }

  /**
   * The repository as the cluster's source artifact holds it: seen through the source's path
   * mapping, without what source-controller leaves out ({@code .sourceignore} files, the source's
   * {@code spec.ignore}, or its default exclusions when there is neither).
   */
  private static SourceTree artifact(
      SourceTree tree, ArtifactKey key, Map<ArtifactKey, SourceTree> views) {
    return views.computeIfAbsent(
        key, k -> IgnoredTree.artifact(ArtifactView.of(tree, k.paths()), k.specIgnore()));
  }

  /**
   * The {@code spec.ignore} of the cluster's own source when the repository defines it (the
   * definition in the cluster's root file first, as several clusters may each define theirs).
   */
  private static String specIgnore(RepoScan scan, ClusterRoot cluster) {
    ClusterRoot.SourceKey source = cluster.source();
    List<RepoScan.Doc> docs =
        new ArrayList<>(scan.ofKind("source.toolkit.fluxcd.io", source.kind()));
    docs.sort(java.util.Comparator.comparing(d -> !d.file().equals(cluster.rootFile())));
    for (RepoScan.Doc d : docs) {
      String namespace = Fields.string(d.node(), "metadata", "namespace");
      if (source.name().equals(Fields.string(d.node(), "metadata", "name"))
          && (namespace.isEmpty() || namespace.equals(source.namespace()))
          && Fields.at(d.node(), "spec", "ignore") instanceof ScalarNode ignore
          && !ignore.isNull()) {
        return ignore.value();
      }
    }
    return null;
  }

  /**
   * Renders every cluster, or only {@code onlyCluster} when not null.
   *
   * @throws FluxException when the repository has no cluster, or not the one asked for
   */
  public RenderResult render(SourceTree tree, String defaultName, String onlyCluster) {
    RepoScan scan = RepoScan.of(tree, reader);
    List<ClusterRoot> clusters = new Discovery(tree, scan, defaultName).clusters();
    if (clusters.isEmpty()) {
      throw new FluxException(
          SourcePos.of(tree.display("")),
          null,
          "no Flux cluster found: no flux-system Kustomization (flux bootstrap), FluxInstance or"
              + " Kustomization of GitRepository flux-system");
    }
    List<String> warnings = new ArrayList<>();
    // one view per mapping, so that clusters sharing it share builds
    Map<ArtifactKey, SourceTree> views = new HashMap<>();
    List<ClusterResult> results = new ArrayList<>();
    for (ClusterRoot c : clusters) {
      if (onlyCluster == null || onlyCluster.equals(c.name())) {
        SourceTree artifact =
            artifact(tree, new ArtifactKey(c.paths(), specIgnore(scan, c)), views);
        results.add(
            new ClusterRenderer(artifact, c, options, cache, helmMemo, reader, warnings).render());
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
