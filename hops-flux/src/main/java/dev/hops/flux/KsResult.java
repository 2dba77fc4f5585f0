package dev.hops.flux;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.List;

/**
 * One Flux Kustomization of a cluster: where it is defined, what it points at, and what it rendered
 * to (objects in kustomize's order, with Flux's ownership labels). {@code variables} is null when
 * it has no {@code spec.postBuild}.
 */
public record KsResult(
    String cluster,
    ObjectRef ref,
    String path,
    ObjectRef source,
    List<ObjectRef> dependsOn,
    KsStatus status,
    String message,
    List<MappingNode> objects,
    SourcePos definedAt,
    ObjectRef parent,
    KsVariables variables) {

  public KsResult {
    dependsOn = List.copyOf(dependsOn);
    objects = List.copyOf(objects);
    message = message == null ? "" : message;
  }
}
