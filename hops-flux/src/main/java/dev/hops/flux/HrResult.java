package dev.hops.flux;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.List;

/**
 * One HelmRelease of a cluster: the Kustomization that applies it, its chart and where the chart
 * comes from, and what Helm rendered (the objects Flux would apply, with Flux's origin labels).
 * {@code status} is rendered, failed (with Helm's or Flux's reason) or external (the chart source
 * is not available offline).
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
    SourcePos definedAt) {

  public HrResult {
    objects = List.copyOf(objects);
    message = message == null ? "" : message;
  }
}
