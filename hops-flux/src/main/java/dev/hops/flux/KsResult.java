package dev.hops.flux;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.List;

/**
 * One Flux Kustomization of a cluster: where it is defined, what it points at, and what it rendered
 * to (objects in kustomize's order, with Flux's ownership labels). {@code variables} is null when
 * it has no {@code spec.postBuild}.
 *
 * @param inputs the repository's files its build read (the generated or own kustomization file and
 *     everything it reaches), relative to the root of the tree the repository was rendered from,
 *     sorted; empty when it did not build, or builds from another source (a folder given for
 *     another source, an ExternalArtifact)
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
    KsVariables variables,
    List<String> inputs) {

  public KsResult {
    dependsOn = List.copyOf(dependsOn);
    inputs = List.copyOf(inputs);
    objects = List.copyOf(objects);
    message = message == null ? "" : message;
  }
}
