package dev.hops.kustomize.internal.res;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** ConfigMap/Secret {@code data} and {@code binaryData} as kyaml reads and rebuilds them. */
public final class DataMaps {

  private DataMaps() {}

  /** kyaml GetDataMap/GetBinaryDataMap: key to scalar text; null when the field is absent. */
  public static Map<String, String> get(Res res, String field) {
    Node n = Kyaml.lookup(res.node(), field);
    if (n == null) {
      return null;
    }
    Map<String, String> result = new LinkedHashMap<>();
    if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        result.putIfAbsent(e.name(), Kyaml.value(e.value()));
      }
    }
    return result;
  }

  /** kyaml SetDataMap / SetBinaryDataMap: clear, then set sorted string entries. */
  public static void set(Res res, String field, Map<String, String> m) {
    Kyaml.clear(res.node(), field);
    if (m == null || m.isEmpty()) {
      return;
    }
    Node map = Kyaml.lookupCreate(res.node(), Kyaml.Create.MAPPING, field);
    for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
      Kyaml.setField(map, e.getKey(), stringNode(e.getValue()));
    }
  }

  /** A !!str scalar, literal-styled when multi-line (kyaml makeConfigMapValueRNode). */
  public static ScalarNode stringNode(String value) {
    ScalarNode s = ScalarNode.ofString(value);
    if (value.indexOf('\n') >= 0) {
      s.setStyle(ScalarStyle.LITERAL);
    }
    return s;
  }

  public static void mergeDataMapFrom(Res res, Res old) {
    set(res, "data", merged(get(old, "data"), get(res, "data")));
  }

  public static void mergeBinaryDataMapFrom(Res res, Res old) {
    set(res, "binaryData", merged(get(old, "binaryData"), get(res, "binaryData")));
  }

  private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
    Map<String, String> result = new LinkedHashMap<>();
    if (a != null) {
      result.putAll(a);
    }
    if (b != null) {
      result.putAll(b);
    }
    return result;
  }
}
