package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Rule;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;

/**
 * A rule that reports the cause of some rendering failures more precisely than the {@code renders}
 * rule can (at the field that is wrong, or knowing that the failure would not happen in the
 * cluster). While it is on, {@code renders} leaves those failures to it, so that one problem is
 * reported once.
 */
public interface ExplainsFailures extends Rule {

  /** True when this rule reports why the failed Kustomization failed. */
  default boolean explains(CheckContext context, KsResult failed) {
    return false;
  }

  /** True when this rule reports why the failed HelmRelease failed. */
  default boolean explains(CheckContext context, HrResult failed) {
    return false;
  }
}
