package dev.hops.kustomize.internal.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go's json.Unmarshal into interface{}: every number becomes a float64. */
final class JsonNumbers {

  private JsonNumbers() {}

  static Object toDoubles(Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put((String) e.getKey(), toDoubles(e.getValue()));
      }
      return out;
    } else if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(toDoubles(o));
      }
      return out;
    } else if (v instanceof Long l) {
      return l.doubleValue();
    } else if (v instanceof BigInteger b) {
      return b.doubleValue();
    }
    return v;
  }
}
