package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.NamespaceFilter;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.FieldSpec;
import java.util.List;

/** The kustomization's {@code namespace}: kustomize's NamespaceTransformer. */
public final class NamespaceTransformer implements Transformer {

  private final String namespace;
  private final NamespaceFilter filter;

  public NamespaceTransformer(String namespace, List<FieldSpec> specs) {
    this(namespace, specs, false, NamespaceFilter.SubjectMode.DEFAULT_ONLY);
  }

  public NamespaceTransformer(
      String namespace,
      List<FieldSpec> specs,
      boolean unsetOnly,
      NamespaceFilter.SubjectMode subjects) {
    this.namespace = namespace;
    this.filter = new NamespaceFilter(namespace, specs, unsetOnly, subjects);
  }

  @Override
  public void transform(ResMap m) {
    if (namespace.isEmpty()) {
      return;
    }
    for (Res r : m.resources()) {
      if (r.isNilOrEmpty()) {
        continue;
      }
      r.storePreviousId();
      filter.apply(r.node());
      List<Res> matches = m.byCurrentId(r.curId()::equalsId);
      if (matches.size() != 1) {
        throw new KustomizeException(
            r.source(),
            r.curId().toString(),
            "namespace transformation produces ID conflict: "
                + matches
                + " (for example two Namespace objects both renamed to '"
                + namespace
                + "')");
      }
    }
  }
}
