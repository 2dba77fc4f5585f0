package dev.hops.flux.graph;

import dev.hops.flux.ObjectRef;
import dev.hops.yaml.SourcePos;
import java.util.Objects;

/**
 * One {@code spec.dependsOn} entry: the object it names (kind of the dependent, namespace defaulted
 * to the dependent's) and where the entry is written.
 */
public record Dependency(ObjectRef target, SourcePos pos) {

  public Dependency {
    Objects.requireNonNull(target, "target");
    pos = pos == null ? SourcePos.UNKNOWN : pos;
  }
}
