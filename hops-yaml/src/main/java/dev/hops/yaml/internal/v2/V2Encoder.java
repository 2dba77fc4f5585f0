package dev.hops.yaml.internal.v2;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.YamlException;
import dev.hops.yaml.internal.GoDecode;
import dev.hops.yaml.internal.GoFloat;
import dev.hops.yaml.internal.GoJson;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * goyaml.v2's {@code yaml.Marshal} of the value {@code sigs.k8s.io/yaml.JSONToYAML} reads back from
 * JSON, which is what kustomize prints for a resource. Two entry points: a node tree (decoded as
 * yaml.v3 decodes it, without building the intermediate Go value or JSON text) and a Go value.
 *
 * <p>The JSON round trip shows in numbers (a float64 whose JSON text has no point or exponent comes
 * back as an int: 1.0 is written {@code 1}, see {@link GoFloat#jsonRoundTrip}) and in a few strings
 * (see {@link V2JsonStrings}).
 */
public final class V2Encoder {

  private final V2Emitter emitter;

  private V2Encoder(StringBuilder out) {
    this.emitter = new V2Emitter(out);
  }

  /** Appends the YAML of one resource (a node tree as kustomize holds it) to {@code out}. */
  public static void encodeNode(Node root, StringBuilder out) {
    V2Encoder e = new V2Encoder(out);
    e.node(root, true, false);
    e.emitter.documentEnd();
  }

  /** Appends the YAML of a Go value (see {@code KustomizeYaml.toGoValue}) to {@code out}. */
  public static void encodeValue(Object value, StringBuilder out) {
    V2Encoder e = new V2Encoder(out);
    e.value(value);
    e.emitter.documentEnd();
  }

  private void node(Node n, boolean top, boolean inFlow) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n == null) {
      scalar(null, null); // a value left unset by code: Go's nil
    } else if (n instanceof ScalarNode s) {
      scalar(GoDecode.scalarValue(s, inFlow), s);
    } else if (n instanceof SequenceNode seq) {
      List<Node> items = seq.items();
      emitter.sequenceStart(items.isEmpty());
      for (Node item : items) {
        node(item, false, inFlow || seq.flow());
      }
      emitter.sequenceEnd();
    } else {
      MappingNode m = (MappingNode) n;
      mapping(m, top, inFlow || m.flow());
    }
  }

  private void mapping(MappingNode m, boolean top, boolean inFlow) {
    boolean[] binaryKeys = new boolean[1];
    String[] keys = GoDecode.mapKeys(m, top, binaryKeys);
    List<MappingNode.Entry> entries = m.entries();
    String[] names = new String[keys.length];
    int[] index = new int[keys.length];
    int n = 0;
    boolean folded = false;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null || (binaryKeys[0] && laterDuplicate(keys, i))) {
        continue;
      }
      names[n] = readBackKey(keys[i], entries.get(i).key());
      folded |= names[n] != keys[i];
      index[n++] = i;
    }
    if (folded) {
      n = dropFoldedDuplicates(keys, names, index, n);
    }
    names = java.util.Arrays.copyOf(names, n);
    index = java.util.Arrays.copyOf(index, n);
    sortKeys(names, index);
    emitter.mappingStart(n == 0);
    for (int i = 0; i < n; i++) {
      emitString(names[i]);
      node(entries.get(index[i]).value(), false, inFlow);
    }
    emitter.mappingEnd();
  }

  /** Two base64 keys may decode to the same string; in a Go map the later entry wins. */
  private static boolean laterDuplicate(String[] keys, int i) {
    for (int k = i + 1; k < keys.length; k++) {
      if (keys[i].equals(keys[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keys that v2 reads back equal after folding NEL: v2 keeps the one that comes last in the JSON
   * text, whose keys are in byte order.
   */
  private static int dropFoldedDuplicates(String[] json, String[] names, int[] index, int n) {
    int kept = 0;
    for (int a = 0; a < n; a++) {
      boolean overridden = false;
      for (int b = 0; b < n && !overridden; b++) {
        overridden =
            b != a
                && names[a].equals(names[b])
                && GoJson.compareBytes(json[index[b]], json[index[a]]) > 0;
      }
      if (!overridden) {
        names[kept] = names[a];
        index[kept++] = index[a];
      }
    }
    return kept;
  }

  private static void sortKeys(String[] names, int[] index) {
    int[][] runes = new int[names.length][];
    for (int i = 0; i < names.length; i++) {
      runes[i] = V2KeyOrder.runes(names[i]);
    }
    V2KeyOrder.sort(names, runes, index);
  }

  private void value(Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v instanceof Map<?, ?> map) {
      valueMap(map);
    } else if (v instanceof List<?> list) {
      emitter.sequenceStart(list.isEmpty());
      for (Object item : list) {
        value(item);
      }
      emitter.sequenceEnd();
    } else {
      scalar(v, null);
    }
  }

  private void valueMap(Map<?, ?> map) {
    String[] json = new String[map.size()];
    String[] names = new String[json.length];
    int[] index = new int[json.length];
    Object[] values = new Object[json.length];
    int n = 0;
    boolean folded = false;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String k)) {
        throw new IllegalArgumentException("json: unsupported type: map with non-string keys");
      }
      json[n] = k;
      names[n] = readBackKey(k, null);
      folded |= names[n] != k;
      values[n] = e.getValue();
      index[n] = n;
      n++;
    }
    if (folded) {
      n = dropFoldedDuplicates(json, names, index, n);
      names = java.util.Arrays.copyOf(names, n);
      index = java.util.Arrays.copyOf(index, n);
    }
    sortKeys(names, index);
    emitter.mappingStart(n == 0);
    for (int k = 0; k < n; k++) {
      emitString(names[k]);
      value(values[index[k]]);
    }
    emitter.mappingEnd();
  }

  /** A scalar Go value, after the JSON round trip; {@code source} locates errors. */
  private void scalar(Object v, ScalarNode source) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v == null) {
      emitter.scalar("null", V2Emitter.STYLE_PLAIN);
    } else if (v instanceof String s) {
      string(s, source);
    } else if (v instanceof Boolean b) {
      emitter.scalar(b ? "true" : "false", V2Emitter.STYLE_PLAIN);
    } else if (v instanceof Long l) {
      emitter.scalar(Long.toString(l), V2Emitter.STYLE_PLAIN);
    } else if (v instanceof Integer l) {
      emitter.scalar(Integer.toString(l), V2Emitter.STYLE_PLAIN);
    } else if (v instanceof BigInteger b) {
      emitter.scalar(b.toString(), V2Emitter.STYLE_PLAIN);
    } else if (v instanceof Double d) {
      number(jsonRoundTrip(d, source), source);
    } else if (v instanceof Float f) {
      number(jsonRoundTrip(f.doubleValue(), source), source);
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as YAML");
    }
  }

  private void number(Object v, ScalarNode source) {
    if (v instanceof Double d) {
      emitter.scalar(GoFloat.formatG(d), V2Emitter.STYLE_PLAIN);
    } else {
      scalar(v, source);
    }
  }

  private static Object jsonRoundTrip(double d, ScalarNode source) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      String message = "json: unsupported value: " + GoFloat.formatG(d);
      if (source != null) {
        throw new YamlException(source.pos(), message);
      }
      throw new IllegalArgumentException(message);
    }
    return GoFloat.jsonRoundTrip(d);
  }

  private void string(String json, Node source) {
    emitString(readBack(json, source));
  }

  /** The string v2 reads back from the JSON text of {@code json}; {@code source} locates errors. */
  private static String readBack(String json, Node source) {
    try {
      return V2JsonStrings.readBack(json);
    } catch (IllegalArgumentException e) {
      throw located(e, source);
    }
  }

  private static String readBackKey(String json, Node source) {
    try {
      return V2JsonStrings.readBackKey(json);
    } catch (IllegalArgumentException e) {
      throw located(e, source);
    }
  }

  private static RuntimeException located(IllegalArgumentException e, Node source) {
    return source == null ? e : new YamlException(source.pos(), e.getMessage(), e);
  }

  /** goyaml.v2's stringv: literal when multi-line, quoted when plain would not read back. */
  private void emitString(String s) {
    int style;
    if (s.indexOf('\n') >= 0) {
      style = V2Emitter.STYLE_LITERAL;
    } else if (V2Resolver.needsQuotes(s)) {
      style = V2Emitter.STYLE_DOUBLE_QUOTED;
    } else {
      style = V2Emitter.STYLE_PLAIN;
    }
    emitter.scalar(s, style);
  }
}
