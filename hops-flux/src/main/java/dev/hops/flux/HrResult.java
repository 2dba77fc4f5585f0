package dev.hops.flux;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.List;

/**
 * One HelmRelease of a cluster: the Kustomization that applies it, its chart and where the chart
 * comes from, and what Helm rendered (the objects Flux would apply, with Flux's origin labels).
 * {@code status} is rendered, failed (with Helm's or Flux's reason) or external (the chart source
 * is not available offline).
 *
 * @param inputs the repository's files its rendering read (the chart's files when the chart is a
 *     folder of the repository, the source's {@code valuesFiles}), relative to the root of the tree
 *     the repository was rendered from, sorted; {@code valuesFrom} objects are not files: their
 *     Kustomizations' inputs hold where they come from
 */
public record HrResult(
    String cluster,
    ObjectRef ref,
    ObjectRef parent,
    String chart,
    String version,
    ObjectRef source,
    KsStatus status,
    String message,
    List<MappingNode> objects,
    SourcePos definedAt,
    List<String> inputs) {

  public HrResult {
    inputs = List.copyOf(inputs);
    objects = List.copyOf(objects);
    message = message == null ? "" : message;
  }
}
