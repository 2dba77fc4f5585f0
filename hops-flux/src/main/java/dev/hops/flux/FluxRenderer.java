package dev.hops.flux;

import dev.hops.flux.internal.render.RenderOptions;
import dev.hops.flux.internal.render.RepositoryRenderer;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a Flux repository offline as Flux would: finds its clusters, builds every Kustomization
 * from the roots down. Thread-safe; one instance shares its build cache across renders.
 *
 * <pre>{@code
 * RenderResult r = FluxRenderer.builder().build().render(SourceTree.onDisk(repo), "home");
 * }</pre>
 */
public final class FluxRenderer {

  private final RepositoryRenderer renderer;

  private FluxRenderer(Builder b) {
    this.renderer =
        new RepositoryRenderer(
            new RenderOptions(
                b.sources,
                b.sideLoaded,
                b.strict,
                b.revealSecretVariables,
                b.limits,
                new RenderOptions.HelmOptions(
                    b.helm, b.kubeVersion, b.cacheDir, b.offline, b.mirrors, b.progress)));
  }

  /** The Kubernetes version HelmReleases are rendered for unless told otherwise. */
  public static final String DEFAULT_KUBE_VERSION = "1.36.0";

  public static Builder builder() {
    return new Builder();
  }

  /** Every cluster of the repository ({@code defaultName} names a cluster with no better name). */
  public RenderResult render(SourceTree repository, String defaultName) {
    return renderer.render(repository, defaultName, null);
  }

  /** One cluster of the repository, by name. */
  public RenderResult render(SourceTree repository, String defaultName, String cluster) {
    return renderer.render(repository, defaultName, cluster);
  }

  /** Options of a {@link FluxRenderer}. */
  public static final class Builder {
    private final Map<String, SourceTree> sources = new LinkedHashMap<>();
    private final List<MappingNode> sideLoaded = new ArrayList<>();
    private boolean strict = true;
    private boolean revealSecretVariables;
    private YamlLimits limits = YamlLimits.DEFAULT;
    private boolean helm = true;
    private String kubeVersion = DEFAULT_KUBE_VERSION;
    private java.nio.file.Path cacheDir = RenderOptions.HelmOptions.defaultCacheDir();
    private boolean offline;
    private Progress progress = Progress.NONE;
    private final Map<String, String> mirrors = new LinkedHashMap<>();

    /**
     * Renders the Kustomizations of source {@code key} ({@code name}, {@code namespace/name} or
     * {@code Kind/namespace/name}) from {@code tree} instead of reporting them as external.
     */
    public Builder source(String key, SourceTree tree) {
      sources.put(Objects.requireNonNull(key), Objects.requireNonNull(tree));
      return this;
    }

    /** ConfigMaps and Secrets that exist only in the cluster, for {@code substituteFrom}. */
    public Builder sideLoaded(List<MappingNode> objects) {
      sideLoaded.addAll(objects);
      return this;
    }

    /** Flux 2.9's strict substitution (the default): an undefined variable fails. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Substitutes the values of plain (unencrypted) Secrets as Flux does, instead of placeholders.
     * Off by default: a Secret's value must not reach the output.
     */
    public Builder revealSecretVariables(boolean reveal) {
      this.revealSecretVariables = reveal;
      return this;
    }

    public Builder yamlLimits(YamlLimits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    /** Whether HelmReleases' charts are rendered (default true). */
    public Builder helm(boolean render) {
      this.helm = render;
      return this;
    }

    /**
     * The Kubernetes version charts see in their capabilities (default {@value
     * #DEFAULT_KUBE_VERSION}; null: Helm's client-only default, v1.20.0, which charts that require
     * a recent Kubernetes refuse).
     */
    public Builder kubeVersion(String version) {
      this.kubeVersion = version;
      return this;
    }

    /** Where Hops keeps what it downloads or unpacks (default: the user's cache folder). */
    public Builder cacheDir(java.nio.file.Path dir) {
      this.cacheDir = Objects.requireNonNull(dir);
      return this;
    }

    /** Charts only from the cache: a release whose chart is not there is reported, not fetched. */
    public Builder offline(boolean offline) {
      this.offline = offline;
      return this;
    }

    /**
     * Fetches charts of {@code source} ({@code oci://HOST/PATH} or {@code HOST/PATH}) from {@code
     * target} instead.
     */
    public Builder registryMirror(String source, String target) {
      mirrors.put(source, target);
      return this;
    }

    /** Told about chart downloads and rendered releases, for a progress display. */
    public Builder progress(Progress progress) {
      this.progress = Objects.requireNonNull(progress);
      return this;
    }

    public FluxRenderer build() {
      return new FluxRenderer(this);
    }
  }
}
