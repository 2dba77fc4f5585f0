package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.internal.res.Origin;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import java.util.Map;

/** Origin and transformer annotations (buildMetadata), as kustomize's resWrangler adds them. */
final class Origins {

  private Origins() {}

  /**
   * kustomize AddTransformerAnnotation: a resource without origin gets the transformer as origin;
   * otherwise the transformer is appended to its transformations annotation.
   */
  static void addTransformerAnnotation(ResMap m, Origin transformer) {
    for (Res r : m.resources()) {
      if (r.node() == null) {
        continue;
      }
      Map<String, String> a = r.getAnnotations();
      if (!a.containsKey(Res.ORIGIN)) {
        a.put(Res.ORIGIN, transformer.toYaml(""));
      } else {
        String existing = a.getOrDefault(Res.TRANSFORMATIONS, "");
        a.put(Res.TRANSFORMATIONS, existing + listItem(transformer));
      }
      r.setAnnotations(a);
    }
  }

  private static String listItem(Origin o) {
    String body = o.toYaml("  ");
    return "- " + body.substring(2);
  }
}
