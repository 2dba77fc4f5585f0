package dev.hops.flux.internal.render;

import dev.hops.yaml.MappingNode;
import java.util.Map;

/** Post-build variable substitution of one object (Flux's kustomize_varsub). */
public interface Substituter {

  /**
   * The object after substitution, or the same object when it opts out or nothing applies.
   * {@code always}: Flux's substituteStrategy Always (substitute even with no variables).
   */
  MappingNode apply(MappingNode object, Map<String, String> vars, boolean strict, boolean always);
}
