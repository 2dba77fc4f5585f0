package dev.hops.kustomize.internal.loader;

import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.YamlReader;
import java.util.function.Consumer;

/**
 * What every kustomization of one build shares: the source tree, the load restrictor, where
 * warnings go, the YAML reader and the parse cache.
 */
public record BuildContext(
    SourceTree tree,
    LoadRestrictor restrictor,
    Consumer<String> warnings,
    YamlReader reader,
    ParseCache cache,
    SchemaChoice schema) {

  public BuildContext(
      SourceTree tree,
      LoadRestrictor restrictor,
      Consumer<String> warnings,
      YamlReader reader,
      ParseCache cache) {
    this(tree, restrictor, warnings, reader, cache, new SchemaChoice());
  }
}
