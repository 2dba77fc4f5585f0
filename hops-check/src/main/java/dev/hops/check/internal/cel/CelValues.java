package dev.hops.check.internal.cel;

import dev.cel.common.values.NullValue;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * An object as CEL values, the way the API server hands it to a ValidatingAdmissionPolicy: the
 * value yaml.v3 decodes from the node (its tags decide: maps, lists, strings, int, double, bool,
 * null; timestamps as strings), which is what Flux sends as JSON.
 */
final class CelValues {

  private CelValues() {}

  /**
   * The CEL value of a node.
   *
   * @throws dev.hops.yaml.YamlException where the object cannot be decoded (a duplicate key, a tag
   *     that does not fit its text)
   */
  static Object of(Node node) {
    return cel(KustomizeYaml.toGoValue(node));
  }

  /**
   * A rendered object as the API server would store it: a namespaced object without {@code
   * metadata.namespace} (chart output) gets the namespace it lands in.
   */
  @SuppressWarnings("unchecked")
  static Object of(dev.hops.check.CheckContext.Rendered r) {
    Object v = of(r.object());
    if (!r.namespace().isEmpty()
        && v instanceof Map<?, ?> m
        && m.get("metadata") instanceof Map<?, ?> md
        && !md.containsKey("namespace")) {
      ((Map<Object, Object>) md).put("namespace", r.namespace());
    }
    return v;
  }

  // toGoValue returns fresh mutable maps and lists: convert their values in place
  @SuppressWarnings("unchecked")
  private static Object cel(Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v == null) {
      return NullValue.NULL_VALUE;
    } else if (v instanceof Map<?, ?> m) {
      ((Map<Object, Object>) m).replaceAll((k, x) -> cel(x));
    } else if (v instanceof List<?> l) {
      ((List<Object>) l).replaceAll(CelValues::cel);
    } else if (v instanceof BigInteger i) {
      // JSON numbers beyond int64 decode to float64 in Kubernetes' unstructured objects
      return i.doubleValue();
    }
    return v;
  }
}
