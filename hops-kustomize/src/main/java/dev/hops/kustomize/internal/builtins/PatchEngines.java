package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.internal.filters.jsonpatch.JsonPatch;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.smp.StrategicMerge;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;

/** The merge engines patches use: strategic merge (kyaml merge2) and JSON 6902. */
final class PatchEngines {

  private PatchEngines() {}

  /** kyaml merge2.Merge(patch, resource, prepend): the merged object, or null when deleted. */
  static MappingNode strategicMerge(
      MappingNode resource,
      MappingNode patch,
      dev.hops.kustomize.internal.openapi.OpenApiSchema s) {
    return StrategicMerge.apply(resource, patch, s);
  }

  /** A parsed JSON 6902 patch and how kustomize applies it. */
  record Json(JsonPatch patch, boolean legacy) {
    void applyTo(Res res) {
      if (legacy) {
        JsonPatch.applyToResourceLegacy(res, patch);
      } else {
        JsonPatch.applyToResource(res, patch);
      }
    }
  }

  static Json parseJsonPatch(String text, SourcePos pos, boolean legacy) {
    return new Json(JsonPatch.parse(text, pos), legacy);
  }

  /** The patch as JSON 6902, or null when it is not one. */
  static Json tryJsonPatch(String text, SourcePos pos) {
    try {
      return new Json(JsonPatch.parse(text, pos), false);
    } catch (HopsException e) {
      return null;
    }
  }
}
