package dev.hops.kustomize.internal.types;

import dev.hops.yaml.MappingNode;
import java.util.Set;

/** One entry of {@code replicas}. */
public record Replica(String name, long count) {

  private static final Set<String> FIELDS = Set.of("name", "count");

  public static Replica parse(MappingNode m) {
    Strict s = new Strict(m, "Replica", FIELDS);
    return new Replica(s.string("name"), s.integer("count"));
  }
}
