package dev.hops.yaml;

import dev.hops.yaml.internal.FoldedRoundTrip;
import dev.hops.yaml.internal.JsonMarshal;
import dev.hops.yaml.internal.V3Resolver;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node tree as the Go values kustomize turns it into (yaml.v3 decoding into interface{}), and
 * Go's JSON encoding of such values. Maps are LinkedHashMap, lists ArrayList, ints Long (or
 * BigInteger beyond int64), floats Double.
 */
public final class GoValues {

  private GoValues() {}

  /** yaml.v3's decoding of a node into interface{} (after kyaml's yaml.v3 re-encoding). */
  public static Object of(Node n) {
    return of(n, false);
  }

  private static Object of(Node n, boolean inFlow) {
    return switch (n) {
      case MappingNode m -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (MappingNode.Entry e : m.entries()) {
          String key = e.key() instanceof ScalarNode s ? s.value() : String.valueOf(of(e.key()));
          map.put(key, of(e.value(), inFlow || m.flow()));
        }
        yield map;
      }
      case SequenceNode s -> {
        List<Object> list = new ArrayList<>(s.size());
        for (Node item : s.items()) {
          list.add(of(item, inFlow || s.flow()));
        }
        yield list;
      }
      case ScalarNode s -> scalar(s, inFlow);
    };
  }

  private static Object scalar(ScalarNode s, boolean inFlow) {
    String tag = s.effectiveTag();
    if (tag.equals(Tags.STR)
        && s.style() == ScalarStyle.FOLDED
        && !inFlow
        && FoldedRoundTrip.blockAllowed(s.value())) {
      return FoldedRoundTrip.apply(s.value());
    }
    if (tag.equals(Tags.STR) || tag.equals(Tags.TIMESTAMP) || !tag.startsWith("!!")) {
      return s.value();
    }
    try {
      Object v = V3Resolver.resolve(tag, s.value()).value();
      return v instanceof String str && tag.equals(Tags.MERGE) ? str : v;
    } catch (IllegalArgumentException e) {
      throw new YamlException(s.pos(), e.getMessage());
    }
  }

  /** Go's json.Marshal of a Go-like value. */
  public static String json(Object value) {
    return JsonMarshal.marshal(value);
  }

  /** json.Unmarshal(json.Marshal(node)) into interface{}: every number becomes a Double. */
  public static Object jsonRoundTrip(Node n) {
    return numbersToDouble(of(n));
  }

  private static Object numbersToDouble(Object v) {
    return switch (v) {
      case Map<?, ?> m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          out.put((String) e.getKey(), numbersToDouble(e.getValue()));
        }
        yield out;
      }
      case List<?> l -> {
        List<Object> out = new ArrayList<>();
        for (Object o : l) {
          out.add(numbersToDouble(o));
        }
        yield out;
      }
      case Long l -> l.doubleValue();
      case BigInteger b -> b.doubleValue();
      case null, default -> v;
    };
  }
}
