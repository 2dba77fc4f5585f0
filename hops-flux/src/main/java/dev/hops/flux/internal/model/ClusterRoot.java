package dev.hops.flux.internal.model;

import dev.hops.yaml.MappingNode;
import java.util.List;
import java.util.Objects;

/**
 * A cluster found in a repository: its name, the file that defines its entry point, the root
 * Kustomization(s) Flux starts from, the source that stands for the repository itself, and how Flux
 * paths map to folders of the tree.
 */
public record ClusterRoot(
    String name,
    String rootFile,
    String layout,
    List<MappingNode> roots,
    SourceKey source,
    PathMapping paths) {

  public ClusterRoot {
    roots = List.copyOf(roots);
  }

  /** The Flux source (kind, namespace, name) whose artifact is this repository. */
  public record SourceKey(String kind, String namespace, String name) {

    public static SourceKey gitRepository(String namespace, String name) {
      return new SourceKey("GitRepository", namespace, name);
    }

    /** True for a sourceRef to this source (namespace already defaulted by the caller). */
    public boolean matches(String kind, String namespace, String name) {
      return this.kind.equals(kind) && this.name.equals(name) && this.namespace.equals(namespace);
    }
  }

  /**
   * How a path relative to the artifact maps to the tree Hops reads: the artifact may be a
   * sub-folder of the tree ({@code artifactRoot}, e.g. {@code kubernetes} when CI pushes that
   * folder as an OCI artifact), or the tree may be a sub-folder of the artifact ({@code prefix},
   * the part of Flux's paths above the tree, e.g. {@code tests/testdata/cluster}).
   */
  public record PathMapping(String artifactRoot, String prefix) {

    public static final PathMapping IDENTITY = new PathMapping("", "");

    /** The tree path of a normalized artifact path. */
    public String toTree(String artifactPath) {
      String p = artifactPath;
      if (!prefix.isEmpty()) {
        if (p.equals(prefix)) {
          p = "";
        } else if (p.startsWith(prefix + "/")) {
          p = p.substring(prefix.length() + 1);
        }
      }
      if (artifactRoot.isEmpty()) {
        return p;
      }
      return p.isEmpty() ? artifactRoot : artifactRoot + "/" + p;
    }

    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof PathMapping that
              && Objects.equals(artifactRoot, that.artifactRoot)
              && Objects.equals(prefix, that.prefix);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(artifactRoot) + Objects.hashCode(prefix);
    }
  }
}
