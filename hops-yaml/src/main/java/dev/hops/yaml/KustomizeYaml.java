package dev.hops.yaml;

import dev.hops.yaml.internal.GoJson;
import dev.hops.yaml.internal.GoValues;
import dev.hops.yaml.internal.v2.V2Encoder;
import java.util.List;

/**
 * Writes resources byte for byte as {@code kustomize build} (v5.5.0) prints them.
 *
 * <p>kustomize prints a resource by decoding its node tree with yaml.v3 into Go values, marshalling
 * them to JSON, reading the JSON back with goyaml.v2 and marshalling that with goyaml.v2 ({@code
 * Resource.AsYAML}). The visible effects: keys sorted in v2's natural order, comments and styles
 * dropped, numbers normalised (0x1F is 31, 1.0 is 1), timestamps rewritten in RFC 3339, YAML 1.1
 * booleans such as {@code yes} quoted, long strings folded at 80 columns.
 *
 * <p>Go values (see {@link #toGoValue}) are represented as LinkedHashMap&lt;String,Object&gt; (keys
 * in json.Marshal order), ArrayList, String, Long (int, int64), BigInteger (uint64 beyond int64),
 * Double, Boolean and null.
 */
public final class KustomizeYaml {

  private KustomizeYaml() {}

  /** One resource as kustomize prints it; ends with a newline. */
  public static String toYaml(Node resource) {
    StringBuilder out = new StringBuilder(1024);
    V2Encoder.encodeNode(resource, out);
    return out.toString();
  }

  /** Resources as {@code kustomize build} prints them: separated by {@code ---} lines. */
  public static String toYaml(List<? extends Node> resources) {
    StringBuilder out = new StringBuilder(1024 * Math.max(1, resources.size()));
    boolean first = true;
    for (Node resource : resources) {
      if (!first) {
        out.append("---\n");
      }
      first = false;
      V2Encoder.encodeNode(resource, out);
    }
    return out.toString();
  }

  /** A Go value (as {@link #toGoValue} returns) written as kustomize would print it. */
  public static String toYaml(Object goValue) {
    if (goValue instanceof Node node) {
      return toYaml(node);
    }
    StringBuilder out = new StringBuilder(1024);
    V2Encoder.encodeValue(goValue, out);
    return out.toString();
  }

  /**
   * Go's {@code json.Marshal} of the value yaml.v3 decodes from the node (compact, keys sorted).
   */
  public static String toJson(Node node) {
    return GoJson.marshal(toGoValue(node));
  }

  /** Go's {@code json.Marshal} of a Go value. */
  public static String toJson(Object goValue) {
    if (goValue instanceof Node node) {
      return toJson(node);
    }
    return GoJson.marshal(goValue);
  }

  /**
   * The value yaml.v3 decodes from the node, as kustomize sees it: a top-level mapping decoded into
   * {@code map[string]interface{}}, timestamps and {@code !!binary} given as the strings JSON shows
   * for them.
   *
   * @throws YamlException where Go fails: duplicate keys, a tag that does not fit its text, a
   *     nested mapping with a non-string key, an offset timestamp JSON cannot write
   */
  public static Object toGoValue(Node node) {
    return GoValues.toGoValue(node);
  }

  /** A node tree for a Go value, as kyaml builds one after a JSON patch. */
  public static Node fromGoValue(Object value) {
    return GoValues.fromGoValue(value);
  }
}
