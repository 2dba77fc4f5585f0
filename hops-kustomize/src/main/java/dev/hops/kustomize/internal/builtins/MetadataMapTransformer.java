package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.internal.filters.FieldSpecFilter;
import dev.hops.kustomize.internal.filters.Setters;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.yaml.Tags;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels and annotations: kustomize's LabelTransformer and AnnotationsTransformer, which set each
 * key (in key order) at every field spec, creating maps where the spec says so.
 */
public final class MetadataMapTransformer implements Transformer {

  private final Map<String, String> entries;
  private final List<FieldSpec> specs;

  public MetadataMapTransformer(Map<String, String> entries, List<FieldSpec> specs) {
    this.entries = entries == null ? Map.of() : new TreeMap<>(entries);
    this.specs = specs;
  }

  @Override
  public void transform(ResMap m) {
    if (entries.isEmpty()) {
      return;
    }
    for (Res r : m.resources()) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        FieldSpecFilter.applyAll(
            r.node(),
            specs,
            Setters.entry(e.getKey(), e.getValue(), Tags.STR),
            Kyaml.Create.MAPPING,
            Tags.MAP);
      }
    }
    m.dropEmpties();
  }
}
