package dev.hops.flux.internal.render;

import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.flux.internal.subst.Substitution;
import dev.hops.flux.internal.subst.VariableUses;
import dev.hops.flux.internal.subst.Variables;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import java.util.List;

/**
 * What {@link PostBuild} made of one Kustomization's build: the objects and the apply step's
 * refusal (or null), or the failure; with the variables it substituted and the ones its objects
 * use. A value, so that it can be made on a build thread and taken by the renderer later.
 *
 * @param bug an unexpected exception, thrown again where the result is taken
 */
record PostBuilt(
    Variables vars,
    List<MappingNode> objects,
    String problem,
    VariableUses uses,
    HopsException failure,
    RuntimeException bug) {

  /** Runs the post-build steps over {@code built} (copies the renderer may edit). */
  static PostBuilt of(
      FluxKustomization ks, List<MappingNode> built, Variables vars, boolean strict) {
    VariableUses uses = vars == null ? null : new VariableUses();
    try {
      List<MappingNode> objects = PostBuild.run(ks, built, vars, options(ks, strict), uses);
      return new PostBuilt(vars, objects, PostBuild.applyProblem(ks, objects), uses, null, null);
    } catch (HopsException e) {
      return new PostBuilt(vars, List.of(), null, uses, e, null);
    } catch (RuntimeException e) {
      return new PostBuilt(vars, List.of(), null, uses, null, e);
    }
  }

  /** kustomize-controller's substitution options for {@code ks}. */
  static Substitution.Options options(FluxKustomization ks, boolean strict) {
    return Substitution.Options.controller()
        .withStrict(strict)
        .withStrategy(
            Substitution.Strategy.fromSpec(
                ks.postBuild() == null ? "" : ks.postBuild().strategy()));
  }

  /**
   * This result with fresh copies of its objects, for {@code vars} (variables equal to its own; the
   * caller's instance, whose key order the result reports).
   */
  PostBuilt copy(Variables vars) {
    return new PostBuilt(vars, BuildEntry.copies(objects), problem, uses, failure, bug);
  }

  /** This result, after throwing again an unexpected exception it caught. */
  PostBuilt orThrow() {
    if (bug != null) {
      throw bug;
    }
    return this;
  }
}
