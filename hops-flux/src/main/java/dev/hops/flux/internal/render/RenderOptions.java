package dev.hops.flux.internal.render;

import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlLimits;
import java.util.List;
import java.util.Map;

/**
 * What a render may use besides the repository: folders standing in for other sources (by {@code
 * name}, {@code namespace/name} or {@code Kind/namespace/name}), ConfigMaps and Secrets that exist
 * only in the cluster, whether undefined variables fail (Flux 2.9's strict mode, the default),
 * whether plain Secrets' values may be substituted (else placeholders), the YAML limits, and how
 * HelmReleases are rendered.
 */
public record RenderOptions(
    Map<String, SourceTree> sources,
    List<MappingNode> sideLoaded,
    boolean strict,
    boolean revealSecretVariables,
    YamlLimits yamlLimits,
    HelmOptions helm) {

  /**
   * HelmReleases: whether their charts are rendered, the Kubernetes version their capabilities
   * report (null: Helm's default), the cache folder (charts, Helm's unpacked engine), whether only
   * the cache may be used, and registry mirrors ({@code oci://SOURCE} prefix to {@code
   * oci://TARGET} prefix).
   */
  public record HelmOptions(
      boolean render,
      String kubeVersion,
      java.nio.file.Path cacheDir,
      boolean offline,
      Map<String, String> mirrors,
      dev.hops.flux.Progress progress) {

    public HelmOptions {
      mirrors = Map.copyOf(mirrors);
    }

    public static HelmOptions defaults() {
      return new HelmOptions(
          true, null, defaultCacheDir(), false, Map.of(), dev.hops.flux.Progress.NONE);
    }

    /**
     * The URL to contact for {@code url} ({@code oci://...} or an HTTP chart repository): the first
     * mirror whose prefix it has, with the prefix replaced. A mirror without a scheme stands for
     * {@code oci://}.
     */
    public String mirrored(String url) {
      for (Map.Entry<String, String> m : mirrors.entrySet()) {
        String from = withScheme(m.getKey());
        if (url.equals(from) || url.startsWith(from + "/")) {
          return withScheme(m.getValue()) + url.substring(from.length());
        }
      }
      return url;
    }

    private static String withScheme(String s) {
      String t = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
      return t.contains("://") ? t : "oci://" + t;
    }

    /** {@code $XDG_CACHE_HOME/hops}, else {@code ~/.cache/hops}. */
    public static java.nio.file.Path defaultCacheDir() {
      String xdg = System.getenv("XDG_CACHE_HOME");
      java.nio.file.Path base =
          xdg != null && !xdg.isEmpty()
              ? java.nio.file.Path.of(xdg)
              : java.nio.file.Path.of(System.getProperty("user.home"), ".cache");
      return base.resolve("hops");
    }
  }

  public RenderOptions {
    sources = Map.copyOf(sources);
    sideLoaded = List.copyOf(sideLoaded);
  }

  public static RenderOptions defaults() {
    return new RenderOptions(
        Map.of(), List.of(), true, false, YamlLimits.DEFAULT, HelmOptions.defaults());
  }
}
