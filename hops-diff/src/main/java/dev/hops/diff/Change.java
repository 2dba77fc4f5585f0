package dev.hops.diff;

import dev.hops.flux.ObjectRef;
import java.util.List;
import java.util.Objects;

/**
 * What a change does to one object Flux applies.
 *
 * @param cluster the cluster the object belongs to
 * @param owner the Flux Kustomization or HelmRelease that applies it (in the head revision, or in
 *     the base revision for a removed object)
 * @param object {@code Kind/namespace/name} ({@code Kind/name} for cluster-scoped objects)
 * @param action added, removed, changed or renamed
 * @param renamedFrom for a rename, the object's former {@code Kind/namespace/name}; else null
 * @param fields the fields that differ, for a change or a rename with edits; empty otherwise
 * @param yaml for an added or removed object, the object as YAML (Secret values and SOPS content
 *     masked), so that a reviewer sees what is applied or pruned; null otherwise
 */
public record Change(
    String cluster,
    ObjectRef owner,
    String object,
    Action action,
    String renamedFrom,
    List<FieldChange> fields,
    String yaml) {

  public Change {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(action, "action");
    fields = List.copyOf(fields);
  }

  /** A change without the object's YAML. */
  public Change(
      String cluster,
      ObjectRef owner,
      String object,
      Action action,
      String renamedFrom,
      List<FieldChange> fields) {
    this(cluster, owner, object, action, renamedFrom, fields, null);
  }
}
