package dev.hops.check.rules;

import dev.hops.check.CheckSettings;
import dev.hops.check.Rule;
import dev.hops.check.schema.KubeVersions;

/**
 * A rule that reads the schemas of the chosen Kubernetes version ({@link
 * dev.hops.check.schema.SchemaIndex}): a version Hops has no schemas for is refused before the run.
 */
interface SchemaRule extends Rule {

  @Override
  default void validate(CheckSettings settings) {
    KubeVersions.minor(settings.kubeVersion());
  }
}
