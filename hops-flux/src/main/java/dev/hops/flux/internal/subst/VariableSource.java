package dev.hops.flux.internal.subst;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.Objects;

/**
 * One {@code spec.postBuild.substituteFrom} entry, already resolved by the caller (in the rendered
 * repository or in side-loaded files): the object found, the object found but SOPS-encrypted (its
 * values are unknown offline), or nothing. {@code ref} is where the entry is written, for errors.
 */
public sealed interface VariableSource {

  /** The position of the substituteFrom entry (or {@link SourcePos#UNKNOWN}). */
  SourcePos ref();

  /** A ConfigMap ({@code .data}) or Secret ({@code .data} decoded, {@code .stringData}). */
  record Found(MappingNode object, SourcePos ref) implements VariableSource {
    public Found {
      Objects.requireNonNull(object, "object");
      ref = Objects.requireNonNullElse(ref, SourcePos.UNKNOWN);
    }
  }

  /**
   * A SOPS-encrypted object: its keys are known, its encrypted values are replaced by placeholders
   * (see {@link Variables#placeholder}).
   */
  record Encrypted(MappingNode object, SourcePos ref) implements VariableSource {
    public Encrypted {
      Objects.requireNonNull(object, "object");
      ref = Objects.requireNonNullElse(ref, SourcePos.UNKNOWN);
    }
  }

  /** No object of that kind and name: skipped when optional, else the build fails. */
  record Missing(String kind, String name, boolean optional, SourcePos ref)
      implements VariableSource {
    public Missing {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      ref = Objects.requireNonNullElse(ref, SourcePos.UNKNOWN);
    }
  }

  /** A found object: {@link Encrypted} when it carries a SOPS block, else {@link Found}. */
  static VariableSource of(MappingNode object, SourcePos ref) {
    return Sops.isEncrypted(object) ? new Encrypted(object, ref) : new Found(object, ref);
  }

  static VariableSource missing(String kind, String name, boolean optional, SourcePos ref) {
    return new Missing(kind, name, optional, ref);
  }
}
