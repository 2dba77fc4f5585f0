package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.internal.res.ResMap;

/** One builtin transformer, configured for one kustomization: kustomize's TransformerPlugin. */
@FunctionalInterface
public interface Transformer {
  void transform(ResMap m);
}
