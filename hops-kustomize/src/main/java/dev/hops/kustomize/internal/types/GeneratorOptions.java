package dev.hops.kustomize.internal.types;

import dev.hops.yaml.MappingNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code generatorOptions}, or a generator's own {@code options}. */
public record GeneratorOptions(
    Map<String, String> labels,
    Map<String, String> annotations,
    boolean disableNameSuffixHash,
    boolean immutable) {

  private static final Set<String> FIELDS =
      Set.of("labels", "annotations", "disableNameSuffixHash", "immutable");

  public static GeneratorOptions parse(MappingNode m) {
    Strict s = new Strict(m, "GeneratorOptions", FIELDS);
    return new GeneratorOptions(
        s.stringMap("labels"),
        s.stringMap("annotations"),
        s.bool("disableNameSuffixHash"),
        s.bool("immutable"));
  }

  /**
   * kustomize MergeGlobalOptionsIntoLocal: global labels/annotations added where the local ones
   * lack the key; the booleans are or-ed. Null when both are null.
   */
  public static GeneratorOptions mergeGlobalIntoLocal(
      GeneratorOptions local, GeneratorOptions global) {
    if (global == null) {
      return local;
    }
    if (local == null) {
      local = new GeneratorOptions(null, null, false, false);
    }
    return new GeneratorOptions(
        mergeMaps(local.labels, global.labels),
        mergeMaps(local.annotations, global.annotations),
        local.disableNameSuffixHash || global.disableNameSuffixHash,
        local.immutable || global.immutable);
  }

  private static Map<String, String> mergeMaps(Map<String, String> local, Map<String, String> g) {
    if (g == null || g.isEmpty()) {
      return local;
    }
    Map<String, String> result = local == null ? new LinkedHashMap<>() : new LinkedHashMap<>(local);
    for (Map.Entry<String, String> e : g.entrySet()) {
      result.putIfAbsent(e.getKey(), e.getValue());
    }
    return result;
  }
}
