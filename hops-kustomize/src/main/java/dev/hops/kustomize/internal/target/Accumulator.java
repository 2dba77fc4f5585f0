package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.internal.config.TransformerConfig;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources of a kustomization being built and the rules used to customize them: kustomize's
 * ResAccumulator (its resource map, merged transformer config and vars).
 */
public final class Accumulator {

  private final ResMap resMap = new ResMap();
  private TransformerConfig config = TransformerConfig.EMPTY;
  private final List<Var> vars = new ArrayList<>();

  public ResMap resMap() {
    return resMap;
  }

  public TransformerConfig config() {
    return config;
  }

  public List<Var> vars() {
    return vars;
  }

  public void mergeConfig(TransformerConfig other) {
    config = config.merge(other);
  }

  public void mergeAccumulator(Accumulator other) {
    resMap.appendAll(other.resMap);
    mergeConfig(other.config);
    mergeVars(other.vars);
  }

  /** kustomize VarSet.MergeSlice: a var name defined twice is an error. */
  public void mergeVars(List<Var> incoming) {
    for (Var v : incoming) {
      for (Var existing : vars) {
        if (existing.name().equals(v.name())) {
          throw new dev.hops.kustomize.KustomizeException(
              "var '" + v.name() + "' already encountered");
        }
      }
      vars.add(v);
    }
  }
}
