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
    return switch (v) {
      case Map<?, ?> m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          out.put((String) e.getKey(), toDoubles(e.getValue()));
        }
        yield out;
      }
      case List<?> l -> {
        List<Object> out = new ArrayList<>();
        for (Object o : l) {
          out.add(toDoubles(o));
        }
        yield out;
      }
      case Long l -> l.doubleValue();
      case BigInteger b -> b.doubleValue();
      case null, default -> v;
    };
  }
}
