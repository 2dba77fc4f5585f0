package dev.hops.flux.graph;

import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.yaml.SourcePos;
import java.util.List;
import java.util.Objects;

/**
 * A Flux Kustomization or HelmRelease of a cluster.
 *
 * @param ref {@code Kustomization/namespace/name} or {@code HelmRelease/namespace/name}
 * @param definedAt where the object is written
 * @param appliedBy the Kustomization whose output contains it; null for a cluster's roots
 * @param dependsOn its {@code spec.dependsOn}, in order
 * @param status how a Kustomization rendered; {@link KsStatus#RENDERED} for a HelmRelease (its
 *     chart is not part of the graph)
 * @param suspended {@code spec.suspend: true}: Flux does not reconcile it
 */
public record GraphNode(
    ObjectRef ref,
    SourcePos definedAt,
    ObjectRef appliedBy,
    List<Dependency> dependsOn,
    KsStatus status,
    boolean suspended) {

  public static final String KUSTOMIZATION = "Kustomization";
  public static final String HELM_RELEASE = "HelmRelease";

  public GraphNode {
    Objects.requireNonNull(ref, "ref");
    definedAt = definedAt == null ? SourcePos.UNKNOWN : definedAt;
    dependsOn = List.copyOf(dependsOn);
    Objects.requireNonNull(status, "status");
  }

  public boolean isKustomization() {
    return ref.kind().equals(KUSTOMIZATION);
  }

  public boolean isHelmRelease() {
    return ref.kind().equals(HELM_RELEASE);
  }
}
