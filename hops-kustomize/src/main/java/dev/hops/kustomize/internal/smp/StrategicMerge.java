package dev.hops.kustomize.internal.smp;

import dev.hops.kustomize.internal.openapi.OpenApiSchema;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;

/**
 * Strategic merge patching as kustomize does it: kyaml's {@code merge2.Merge(patch, resource,
 * MergeOptions{ListIncreaseDirection: Prepend})}, the filter behind {@code patches:} with a
 * strategic merge patch ({@code api/filters/patchstrategicmerge}).
 *
 * <p>The schema (merge keys and strategies of lists) comes from kyaml's built-in Kubernetes v1.21.2
 * OpenAPI document, found by the {@code apiVersion} and {@code kind} of the resource (or, failing
 * that, of the patch); below a field the schema does not know, by those of the nested node. Without
 * a schema, lists are replaced: kyaml does not infer merge keys here.
 */
public final class StrategicMerge {

  private StrategicMerge() {}

  /**
   * Applies {@code patch} to {@code resource}, which is edited in place and returned; null when the
   * patch deletes the resource ({@code $patch: delete}). As in kustomize, only the edits made to
   * the resource count: a top-level {@code $patch: replace} leaves it unchanged. The patch is not
   * modified (it is copied: its nodes end up in the resource).
   */
  public static MappingNode apply(MappingNode resource, MappingNode patch) {
    return apply(resource, patch, OpenApiSchema.builtin());
  }

  public static MappingNode apply(MappingNode resource, MappingNode patch, OpenApiSchema schema) {
    Node copy = patch.copy();
    Walker.Context ctx = new Walker.Context(schema);
    Node merged = new Walker(ctx, null, new Node[] {resource, copy}).walk();
    if (merged == null) {
      return null;
    }
    return resource;
  }

  /**
   * kyaml {@code merge2.Merge}: the node the merge returns (which may be the patch itself, e.g. for
   * a top-level {@code $patch: replace}), or null. Both arguments may be edited.
   */
  static Node merge(Node dest, Node patch, OpenApiSchema schema) {
    return new Walker(new Walker.Context(schema), null, new Node[] {dest, patch}).walk();
  }
}
