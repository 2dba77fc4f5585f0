package dev.hops.flux.internal.artifact;

import dev.hops.kustomize.internal.filters.jsonpatch.YamlToJson;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Merge} strategy (merge.go): both files read as sigs.k8s.io/yaml reads them into {@code
 * map[string]any} (yaml.v2 values, numbers become float64), all documents of a file merged into
 * one, the source merged over the destination as Helm merges values files (maps deeply, everything
 * else replaced, lists included), then written back with sigs.k8s.io/yaml's Marshal: keys sorted,
 * comments and styles gone.
 */
final class YamlMerge {

  private YamlMerge() {}

  /** mergeFileWithRoots without the I/O: the bytes of {@code dest} with {@code src} merged in. */
  static byte[] merge(Content dest, Content src) throws BuildFailure {
    Map<String, Object> srcData = load(src);
    Map<String, Object> destData = load(dest);
    Map<String, Object> merged = mergeMap(destData, srcData);
    try {
      return KustomizeYaml.toYaml((Object) merged).getBytes(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new BuildFailure("failed to merged YAML: " + e.getMessage());
    }
  }

  /** loadYAML: the documents of a file merged into one map. */
  private static Map<String, Object> load(Content file) throws BuildFailure {
    String text;
    try {
      text = new String(file.read(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildFailure(e.getMessage());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      for (Node doc : YamlReader.withDefaults().readDocuments(text, file.display())) {
        Object value = jsonNumbers(YamlToJson.goValue(doc));
        if (!(value instanceof Map<?, ?> map)) {
          throw new BuildFailure(
              "cannot unmarshal YAML document: error unmarshaling JSON: while decoding JSON:"
                  + " json: cannot unmarshal "
                  + jsonType(value)
                  + " into Go value of type map[string]interface {}");
        }
        out = mergeMap(out, asMap(map));
      }
    } catch (HopsException e) {
      throw new BuildFailure("cannot unmarshal YAML document: " + e.headline());
    }
    return out;
  }

  /** mergeMap: a deep merge of maps; the overlay's value wins for anything else. */
  static Map<String, Object> mergeMap(Map<String, Object> base, Map<String, Object> overlay) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    for (Map.Entry<String, Object> e : overlay.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> ov && out.get(e.getKey()) instanceof Map<?, ?> bv) {
        out.put(e.getKey(), mergeMap(asMap(bv), asMap(ov)));
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static String jsonType(Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v instanceof List<?>) {
      return "array";
    } else if (v instanceof String) {
      return "string";
    } else if (v instanceof Boolean) {
      return "bool";
    }
    return v == null ? "null" : "number";
  }

  /** encoding/json decodes every number into interface{} as a float64. */
  private static Object jsonNumbers(Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, jsonNumbers(x)));
      return out;
    } else if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(jsonNumbers(x)));
      return out;
    } else if (v instanceof Long l) {
      return l.doubleValue();
    } else if (v instanceof Integer i) {
      return i.doubleValue();
    } else if (v instanceof BigInteger b) {
      return b.doubleValue();
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object m) {
    return (Map<String, Object>) m;
  }
}
