package dev.hops.flux.internal.helm;

import dev.hops.flux.FluxException;
import dev.hops.flux.internal.model.Fields;
import dev.hops.kustomize.internal.filters.jsonpatch.YamlToJson;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A HelmRelease's values as helm-controller merges them ({@code
 * chartutil.ChartValuesFromReferences} in fluxcd/pkg): each {@code valuesFrom} entry in order (a
 * whole values document merged in, or one value written at {@code targetPath}), then the inline
 * {@code spec.values} over them; a {@code targetPath} write into a path the inline values also hold
 * wins, as Go's shared maps make it.
 */
final class ReleaseValues {

  private record PathWrite(String path, Object value) {}

  private final YamlReader reader;
  private final List<String> warnings;

  ReleaseValues(YamlReader reader, List<String> warnings) {
    this.reader = reader;
    this.warnings = warnings;
  }

  Map<String, Object> merge(
      MappingNode hr, String namespace, String display, ReleaseRenderer.Lookup lookup) {
    Map<String, Object> inline = inlineValues(hr);
    Map<String, Object> result = new LinkedHashMap<>();
    List<PathWrite> writes = new ArrayList<>();
    for (Node entry : Fields.list(hr, "spec", "valuesFrom")) {
      String kind = Fields.string(entry, "kind");
      String name = Fields.string(entry, "name");
      String key = Fields.string(entry, "valuesKey");
      key = key.isEmpty() ? "values.yaml" : key;
      String targetPath = Fields.string(entry, "targetPath");
      boolean optional = Fields.bool(entry, "optional");
      String ref = kind + " '" + namespace + "/" + name + "'";
      MappingNode obj = lookup.find(kind, namespace, name);
      if (obj == null) {
        if (optional) {
          continue;
        }
        throw fail(
            display,
            "could not find "
                + ref
                + " (not rendered from the repository; give it"
                + " with --values FILE if it exists only in the cluster)");
      }
      if (obj.get("sops") instanceof MappingNode) {
        warnings.add(
            display
                + ": values from SOPS-encrypted "
                + ref
                + " are unknown offline; placeholders used");
        if (!targetPath.isEmpty()) {
          result = mergeMaps(result, inline);
          Object v = "..PLACEHOLDER_" + key + "..";
          StrVals.set(result, targetPath, v);
          writes.add(new PathWrite(targetPath, v));
        }
        continue;
      }
      String value = dataValue(obj, kind, key);
      if (value == null) {
        if (optional) {
          continue;
        }
        throw fail(display, "missing key '" + key + "' in " + ref);
      }
      if (!targetPath.isEmpty()) {
        result = mergeMaps(result, inline);
        Object typed = Fields.bool(entry, "literal") ? value : StrVals.typedAssignment(value);
        StrVals.set(result, targetPath, typed);
        writes.add(new PathWrite(targetPath, typed));
        continue;
      }
      result = mergeMaps(result, parse(value, display, "key '" + key + "' in " + ref));
    }
    result = mergeMaps(result, inline);
    for (PathWrite w : writes) {
      if (StrVals.parentExists(inline, w.path())) {
        StrVals.set(result, w.path(), w.value());
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> inlineValues(MappingNode hr) {
    Node values = Fields.at(hr, "spec", "values");
    if (values instanceof MappingNode m) {
      return (Map<String, Object>) KustomizeYaml.toGoValue(m);
    }
    return new LinkedHashMap<>();
  }

  /** A ConfigMap's {@code data} value, or a Secret's decoded {@code data} (or stringData) value. */
  private static String dataValue(MappingNode obj, String kind, String key) {
    if (kind.equals("Secret")) {
      if (Fields.at(obj, "data", key) != null) {
        String b64 = Fields.string(obj, "data", key).replaceAll("\\s", "");
        try {
          return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      return Fields.at(obj, "stringData", key) != null
          ? Fields.string(obj, "stringData", key)
          : null;
    }
    return Fields.at(obj, "data", key) != null ? Fields.string(obj, "data", key) : null;
  }

  /** sigs.k8s.io/yaml Unmarshal into a map (YAML 1.1 scalars, as goyaml.v2 reads them). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> parse(String yaml, String display, String what) {
    try {
      List<Node> docs = reader.readDocuments(yaml, what);
      if (docs.isEmpty()) {
        return new LinkedHashMap<>();
      }
      Object v = YamlToJson.goValue(docs.getFirst());
      if (v instanceof Map<?, ?> m) {
        return (Map<String, Object>) m;
      }
      if (v == null) {
        return new LinkedHashMap<>();
      }
      throw fail(display, "unable to read values from " + what + ": not a YAML mapping");
    } catch (HopsException e) {
      String line = e.pos().line() > 0 ? "line " + e.pos().line() + ": " : "";
      throw fail(display, "unable to read values from " + what + ": " + line + e.reason());
    }
  }

  /** Helm's MergeMaps: maps merge recursively; anything else from {@code b} replaces. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> out = new LinkedHashMap<>(a);
    for (Map.Entry<String, Object> e : b.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> bv && out.get(e.getKey()) instanceof Map<?, ?> av) {
        out.put(e.getKey(), mergeMaps((Map<String, Object>) av, (Map<String, Object>) bv));
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static FluxException fail(String display, String message) {
    return new FluxException(dev.hops.yaml.SourcePos.of(display), null, message);
  }
}
