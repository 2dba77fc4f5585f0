package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;
import dev.hops.yaml.internal.v2.V2Resolver;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between node trees and the Java view of the Go values kustomize works with. */
public final class GoValues {

  private GoValues() {}

  /**
   * The value yaml.v3 decodes from {@code node} (a top-level mapping as {@code
   * map[string]interface{}}): LinkedHashMap with keys in the order json.Marshal writes them,
   * ArrayList, String, Long, BigInteger, Double, Boolean, null.
   */
  public static Object toGoValue(Node node) {
    return decode(node, true, false);
  }

  private static Object decode(Node node, boolean top, boolean inFlow) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (node == null) {
      return null; // a value left unset by code: Go's nil
    }
    if (node instanceof ScalarNode s) {
      return GoDecode.scalarValue(s, inFlow);
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>(seq.size());
      for (Node item : seq.items()) {
        list.add(decode(item, false, inFlow || seq.flow()));
      }
      return list;
    }
    MappingNode m = (MappingNode) node;
    return decodeMap(m, top, inFlow || m.flow());
  }

  private static Map<String, Object> decodeMap(MappingNode m, boolean top, boolean inFlow) {
    String[] keys = GoDecode.mapKeys(m, top, new boolean[1]);
    Map<String, Object> unordered = new LinkedHashMap<>(keys.length * 2);
    List<MappingNode.Entry> entries = m.entries();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        unordered.put(keys[i], decode(entries.get(i).value(), false, inFlow));
      }
    }
    String[] sorted = unordered.keySet().toArray(new String[0]);
    Arrays.sort(sorted, GoJson.BYTE_ORDER);
    Map<String, Object> result = new LinkedHashMap<>(sorted.length * 2);
    for (String k : sorted) {
      result.put(k, unordered.get(k));
    }
    return result;
  }

  /**
   * A node tree for a Go value, as kyaml builds one with yaml.v3's encoder ({@code FromMap}): maps
   * keep their iteration order, strings are {@code !!str} (double-quoted when plain text would read
   * back as something else, literal when multi-line), floats are written with {@code 'g'}.
   */
  public static Node fromGoValue(Object value) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (value == null) {
      return ScalarNode.ofNull();
    } else if (value instanceof Map<?, ?> map) {
      MappingNode m = MappingNode.empty();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        m.entries()
            .add(
                new MappingNode.Entry(
                    string(String.valueOf(e.getKey())), fromGoValue(e.getValue())));
      }
      return m;
    } else if (value instanceof List<?> list) {
      SequenceNode seq = SequenceNode.of();
      for (Object item : list) {
        seq.add(fromGoValue(item));
      }
      return seq;
    } else if (value instanceof String s) {
      return string(s);
    } else if (value instanceof Boolean b) {
      return ScalarNode.ofBool(b);
    } else if (value instanceof Long l) {
      return ScalarNode.ofInt(l);
    } else if (value instanceof Integer i) {
      return ScalarNode.ofInt(i);
    } else if (value instanceof BigInteger i) {
      return scalar(i.toString(), Tags.INT);
    } else if (value instanceof Double d) {
      return floatNode(d);
    } else if (value instanceof Float f) {
      return floatNode(f.doubleValue());
    }
    throw new IllegalArgumentException(
        "cannot convert a " + value.getClass().getName() + " to YAML");
  }

  private static ScalarNode floatNode(double d) {
    String g = GoFloat.formatG(d);
    // a string switch with a default, not a pattern: see "Start-up cost" in ARCHITECTURE.md
    String text =
        switch (g) {
          case "+Inf" -> ".inf";
          case "-Inf" -> "-.inf";
          case "NaN" -> ".nan";
          default -> g;
        };
    return scalar(text, Tags.FLOAT);
  }

  private static ScalarNode scalar(String text, String tag) {
    return new ScalarNode(text, tag, ScalarStyle.PLAIN, false, SourcePos.UNKNOWN);
  }

  /** yaml.v3's encoder: which style it gives a string so that it reads back as that string. */
  private static ScalarNode string(String s) {
    ScalarStyle style;
    if (s.indexOf('\n') >= 0) {
      style = ScalarStyle.LITERAL;
    } else if (!Tags.STR.equals(V3Resolver.resolveTag(s))
        || V2Resolver.isBase60Float(s)
        || isOldBool(s)) {
      style = ScalarStyle.DOUBLE_QUOTED;
    } else {
      style = ScalarStyle.PLAIN;
    }
    return new ScalarNode(s, Tags.STR, style, false, SourcePos.UNKNOWN);
  }

  /** yaml.v3 quotes the YAML 1.1 booleans it no longer resolves, for older readers. */
  private static boolean isOldBool(String s) {
    return switch (s) {
      case "y",
          "Y",
          "yes",
          "Yes",
          "YES",
          "on",
          "On",
          "ON",
          "n",
          "N",
          "no",
          "No",
          "NO",
          "off",
          "Off",
          "OFF" ->
          true;
      default -> false;
    };
  }
}
