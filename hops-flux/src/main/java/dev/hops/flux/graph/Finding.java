package dev.hops.flux.graph;

import dev.hops.flux.ObjectRef;
import dev.hops.yaml.SourcePos;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A problem with the dependencies of one object: where (the {@code dependsOn} entry when known),
 * which object, why. Printed as {@code file:line: Kind/namespace/name: message}.
 *
 * @param cluster the cluster of the object
 * @param chain the objects involved, in order: the cycle ({@code A, B, A}), or the dependent and
 *     the target it names
 */
public record Finding(
    Severity severity,
    Type type,
    String cluster,
    SourcePos pos,
    ObjectRef object,
    String message,
    List<ObjectRef> chain) {

  /** Whether Flux would be stuck ({@link #ERROR}) or Hops cannot tell ({@link #WARNING}). */
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What is wrong; {@link #id()} is a stable name for filtering and machine output. */
  public enum Type {
    /** dependsOn names an object that exists nowhere in the cluster's output. */
    MISSING_DEPENDENCY("missing-dependency"),
    /** dependsOn names an object of the other kind (Flux looks up only its own kind). */
    WRONG_KIND_DEPENDENCY("wrong-kind-dependency"),
    /** dependsOn names the object itself. */
    SELF_DEPENDENCY("self-dependency"),
    /** A chain of dependsOn that comes back to its start. */
    DEPENDENCY_CYCLE("dependency-cycle"),
    /** The target is not in the output, but unrendered Kustomizations could define it. */
    UNRESOLVED_DEPENDENCY("unresolved-dependency"),
    /** Two Kustomizations apply the same HelmRelease. */
    DUPLICATE_OBJECT("duplicate-object");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(type, "type");
    cluster = cluster == null ? "" : cluster;
    pos = pos == null ? SourcePos.UNKNOWN : pos;
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(message, "message");
    chain = List.copyOf(chain);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line: Kind/namespace/name: message}. */
  public String format() {
    return (pos.isKnown() ? pos + ": " : "") + object + ": " + message;
  }
}
