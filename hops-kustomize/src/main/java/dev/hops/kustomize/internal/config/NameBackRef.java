package dev.hops.kustomize.internal.config;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.internal.types.FieldSpec;
import java.util.List;
import java.util.Objects;

/**
 * A referral target kind and the fields of other objects that refer to it by name (kustomize's
 * {@code NameBackReferences}): when a ConfigMap is renamed, every listed field follows.
 */
public record NameBackRef(Gvk gvk, List<FieldSpec> referrers) {

  public NameBackRef {
    referrers = List.copyOf(referrers);
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof NameBackRef that
            && Objects.equals(gvk, that.gvk)
            && Objects.equals(referrers, that.referrers);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(gvk) + Objects.hashCode(referrers);
  }
}
