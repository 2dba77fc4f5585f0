package dev.hops.kustomize.internal.config;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.internal.types.FieldSpec;
import java.util.List;

/**
 * A referral target kind and the fields of other objects that refer to it by name (kustomize's
 * {@code NameBackReferences}): when a ConfigMap is renamed, every listed field follows.
 */
public record NameBackRef(Gvk gvk, List<FieldSpec> referrers) {

  public NameBackRef {
    referrers = List.copyOf(referrers);
  }
}
