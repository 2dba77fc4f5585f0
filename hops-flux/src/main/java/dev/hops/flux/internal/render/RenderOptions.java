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
 * whether plain Secrets' values may be substituted (else placeholders), and the YAML limits.
 */
public record RenderOptions(
    Map<String, SourceTree> sources,
    List<MappingNode> sideLoaded,
    boolean strict,
    boolean revealSecretVariables,
    YamlLimits yamlLimits) {

  public RenderOptions {
    sources = Map.copyOf(sources);
    sideLoaded = List.copyOf(sideLoaded);
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Map.of(), List.of(), true, false, YamlLimits.DEFAULT);
  }
}
