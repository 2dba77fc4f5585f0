package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.internal.filters.FieldSpecFilter;
import dev.hops.kustomize.internal.filters.Setters;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.RId;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.Tags;
import java.util.List;

/** namePrefix and nameSuffix: kustomize's PrefixTransformer and SuffixTransformer. */
public final class PrefixSuffixTransformer implements Transformer {

  private static final List<Gvk> SKIP =
      List.of(
          Gvk.ofKind("CustomResourceDefinition"),
          new Gvk("apiregistration.k8s.io", "", "APIService"),
          Gvk.ofKind("Namespace"));

  private final String affix;
  private final boolean prefix;
  private final List<FieldSpec> specs;

  private PrefixSuffixTransformer(String affix, boolean prefix, List<FieldSpec> specs) {
    this.affix = affix;
    this.prefix = prefix;
    this.specs = specs;
  }

  public static PrefixSuffixTransformer prefix(String prefix, List<FieldSpec> specs) {
    return new PrefixSuffixTransformer(prefix, true, specs);
  }

  public static PrefixSuffixTransformer suffix(String suffix, List<FieldSpec> specs) {
    return new PrefixSuffixTransformer(suffix, false, specs);
  }

  @Override
  public void transform(ResMap m) {
    for (Res r : m.resources()) {
      RId id = r.orgId();
      if (shouldSkip(id)) {
        continue;
      }
      for (FieldSpec fs : specs) {
        if (!id.gvk().isSelectedBy(fs.gvk())) {
          continue;
        }
        if (fs.path().equals("metadata/name")) {
          if (prefix) {
            r.addNamePrefix(affix);
          } else {
            r.addNameSuffix(affix);
          }
          if (!affix.isEmpty()) {
            r.storePreviousId();
          }
        }
        new FieldSpecFilter(
                fs,
                node -> {
                  String v = ((ScalarNode) node).value();
                  Setters.entry("", prefix ? affix + v : v + affix, Tags.NONE).set(node);
                },
                Kyaml.Create.SCALAR,
                Tags.STR)
            .apply(r.node());
      }
    }
  }

  private static boolean shouldSkip(RId id) {
    for (Gvk g : SKIP) {
      if (id.gvk().isSelectedBy(g)) {
        return true;
      }
    }
    return false;
  }
}
