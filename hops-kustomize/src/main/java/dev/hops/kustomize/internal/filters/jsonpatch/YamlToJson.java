package dev.hops.kustomize.internal.filters.jsonpatch;

import dev.hops.kustomize.KustomizeException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlException;
import dev.hops.yaml.YamlReader;
import dev.hops.yaml.internal.V3Resolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sigs.k8s.io/yaml's {@code YAMLToJSON}: the first document is decoded with Go's yaml.v2 (YAML 1.1:
 * {@code yes}, {@code on} and {@code y} are booleans) into Go values, map keys become strings, and
 * the result is marshaled with encoding/json.
 */
public final class YamlToJson {

  private YamlToJson() {}

  /** The JSON text of the first document of {@code yaml} ({@code null} when there is none). */
  public static String convert(String yaml, String file) {
    List<Node> docs = YamlReader.withDefaults().readDocuments(yaml, file);
    Object v = docs.isEmpty() ? null : goValue(docs.get(0));
    try {
      return KustomizeYaml.toJson(v);
    } catch (IllegalArgumentException e) {
      throw new KustomizeException(docs.get(0).pos(), null, e.getMessage());
    }
  }

  /**
   * yaml.v2's decoding of a node into interface{}, then convertToJSONableObject (keys made
   * strings). Maps are LinkedHashMap, lists ArrayList, ints Long or BigInteger, floats Double.
   */
  public static Object goValue(Node n) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (MappingNode.Entry e : m.entries()) {
        out.put(keyString(e.key(), e.value()), goValue(e.value()));
      }
      return out;
    } else if (n instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>(s.size());
      for (Node item : s.items()) {
        out.add(goValue(item));
      }
      return out;
    }
    return scalar((ScalarNode) n);
  }

  /** The tag yaml.v2 gives a scalar: its own when written or quoted, else YAML 1.1 resolution. */
  public static String v2Tag(ScalarNode s) {
    if (s.explicitTag() || s.style().isQuotedOrBlock()) {
      return s.effectiveTag();
    }
    return V3Resolver.resolveV2Tag(s.value());
  }

  /** yaml.v2's value of a scalar decoded into interface{}. */
  public static Object scalar(ScalarNode s) {
    String tag = v2Tag(s);
    String text = s.value();
    try {
      return switch (tag) {
        case Tags.NULL -> {
          if (s.explicitTag()) {
            V3Resolver.resolve(tag, text);
          }
          yield null;
        }
        case Tags.BOOL -> v2Bool(text);
        case Tags.INT, Tags.FLOAT -> V3Resolver.resolve(tag, text).value();
        default -> text;
      };
    } catch (IllegalArgumentException e) {
      throw new YamlException(s.pos(), e.getMessage());
    }
  }

  private static Boolean v2Bool(String v) {
    return switch (v) {
      case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE" -> true;
      case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE" -> false;
      default -> throw new IllegalArgumentException("cannot decode !!str `" + v + "` as a !!bool");
    };
  }

  private static String keyString(Node key, Node value) {
    if (!(key instanceof ScalarNode s)) {
      throw new YamlException(key.pos(), "invalid map key: " + key);
    }
    Object k = scalar(s);
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (k instanceof String str) {
      return str;
    } else if (k instanceof Long l) {
      return Long.toString(l);
    } else if (k instanceof java.math.BigInteger b) {
      return b.toString();
    } else if (k instanceof Double d) {
      return formatFloat32(d);
    } else if (k instanceof Boolean b) {
      return b ? "true" : "false";
    } else if (k == null) {
      throw new YamlException(
          key.pos(), "unsupported map key of type: <nil>, key: <nil>, value: " + value);
    }
    throw new YamlException(key.pos(), "unsupported map key: " + k);
  }

  /**
   * strconv.FormatFloat(f, 'g', -1, 32) with YAML's spellings of infinities and NaN (how
   * sigs.k8s.io/yaml turns float keys, and numbers bound for string fields, into strings).
   */
  public static String formatFloat32(double d) {
    float f = (float) d;
    if (Float.isNaN(f)) {
      return ".nan";
    }
    if (Float.isInfinite(f)) {
      return f > 0 ? ".inf" : "-.inf";
    }
    boolean neg = f < 0 || (f == 0 && 1 / f < 0);
    BigDecimal bd = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
    String digits;
    int exp;
    if (bd.signum() == 0) {
      digits = "0";
      exp = 1;
    } else {
      digits = bd.unscaledValue().toString();
      exp = digits.length() - bd.scale();
    }
    StringBuilder sb = new StringBuilder();
    if (neg) {
      sb.append('-');
    }
    int x = digits.equals("0") ? 0 : exp - 1;
    if (x < -4 || x >= 6) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(x < 0 ? '-' : '+');
      int ax = Math.abs(x);
      if (ax < 10) {
        sb.append('0');
      }
      return sb.append(ax).toString();
    }
    if (digits.equals("0")) {
      return sb.append('0').toString();
    }
    if (exp <= 0) {
      sb.append("0.").append("0".repeat(-exp)).append(digits);
    } else if (exp >= digits.length()) {
      sb.append(digits).append("0".repeat(exp - digits.length()));
    } else {
      sb.append(digits, 0, exp).append('.').append(digits, exp, digits.length());
    }
    return sb.toString();
  }
}
