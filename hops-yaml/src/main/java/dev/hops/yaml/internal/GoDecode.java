package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What yaml.v3 makes of a node when kustomize decodes a resource into {@code
 * map[string]interface{}} (kyaml's {@code RNode.MarshalJSON}): scalars become Go values by their
 * tag, mapping keys become strings, duplicate keys and non-string keys below the top level fail.
 *
 * <p>Go values are represented as String, Long (int, int64), BigInteger (uint64 above int64),
 * Double, Boolean and null. Timestamps and {@code !!binary} values are given as the string that
 * {@code encoding/json} writes for them, since every consumer sees them through JSON.
 */
public final class GoDecode {

  private GoDecode() {}

  /** The Go value of a scalar outside flow collections. */
  public static Object scalarValue(ScalarNode s) {
    return scalarValue(s, false);
  }

  /**
   * The Go value of a scalar; throws a {@link YamlException} where yaml.v3 or json fail. {@code
   * inFlow}: inside a flow collection, where yaml.v3 never writes block scalars.
   */
  public static Object scalarValue(ScalarNode s, boolean inFlow) {
    String tag = effectiveTag(s);
    if (Tags.STR.equals(tag)) {
      if (s.style() == ScalarStyle.FOLDED && !inFlow && FoldedRoundTrip.blockAllowed(s.value())) {
        return FoldedRoundTrip.apply(s.value());
      }
      return s.value();
    }
    Object fast = fastPath(tag, s.value());
    if (fast != NO_FAST_PATH) {
      return fast;
    }
    V3Resolver.Resolved r;
    try {
      r = V3Resolver.resolve(tag, s.value());
    } catch (IllegalArgumentException e) {
      throw new YamlException(s.pos(), e.getMessage(), e);
    }
    return switch (r.tag()) {
      case Tags.BINARY -> binary(s);
      case Tags.TIMESTAMP -> timestamp(s);
      default -> r.value();
    };
  }

  private static final Object NO_FAST_PATH = new Object();

  /** The common cases, without the general resolver: small decimal ints, true, false, null. */
  private static Object fastPath(String tag, String v) {
    switch (tag) {
      case Tags.INT -> {
        int n = v.length();
        int start = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (n - start < 1 || n - start > 18 || (v.charAt(start) == '0' && n - start > 1)) {
          return NO_FAST_PATH;
        }
        for (int i = start; i < n; i++) {
          if (v.charAt(i) < '0' || v.charAt(i) > '9') {
            return NO_FAST_PATH;
          }
        }
        return Long.parseLong(v);
      }
      case Tags.BOOL -> {
        return v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : NO_FAST_PATH;
      }
      case Tags.NULL -> {
        return v.isEmpty() || v.equals("null") || v.equals("~") ? null : NO_FAST_PATH;
      }
      default -> {
        return NO_FAST_PATH;
      }
    }
  }

  /**
   * The tag yaml.v3 sees after kyaml has written the node out and read it back: the non-specific
   * tag {@code !} is dropped there, so a plain scalar is resolved as if untagged.
   */
  private static String effectiveTag(ScalarNode s) {
    String tag = s.tag();
    if (tag.isEmpty()) {
      return s.effectiveTag();
    }
    if ("!".equals(tag)) {
      return s.style() == ScalarStyle.PLAIN ? V3Resolver.resolveTag(s.value()) : Tags.STR;
    }
    return tag;
  }

  private static String binary(ScalarNode s) {
    String text = s.value();
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') { // Go's base64 decoder skips line breaks only
        clean.append(c);
      }
    }
    try {
      if (clean.length() % 4 != 0) {
        throw new IllegalArgumentException("unpadded");
      }
      return GoUtf8.decode(Base64.getDecoder().decode(clean.toString()));
    } catch (IllegalArgumentException e) {
      throw new YamlException(s.pos(), "!!binary value contains invalid base64 data", e);
    }
  }

  private static String timestamp(ScalarNode s) {
    try {
      return GoTimestamp.toJsonText(GoTimestamp.parse(s.value()));
    } catch (IllegalArgumentException e) {
      throw new YamlException(s.pos(), e.getMessage(), e);
    }
  }

  /**
   * The keys of a mapping as Go strings, in source order; null for a key yaml.v3 drops (a null key
   * of the top-level map). At the top level (decoded into {@code map[string]interface{}}) any
   * scalar key is taken by its text; below it, a mapping with a key that is not a string becomes
   * {@code map[interface{}]interface{}}, which {@code encoding/json} cannot marshal.
   *
   * @param binaryKeys set to true in {@code binaryKeys[0]} when a key was decoded from base64, so
   *     that two keys may have become equal (the later one then wins, as in a Go map)
   */
  public static String[] mapKeys(MappingNode m, boolean top, boolean[] binaryKeys) {
    checkDuplicates(m);
    List<MappingNode.Entry> entries = m.entries();
    String[] keys = new String[entries.size()];
    for (int i = 0; i < keys.length; i++) {
      Node key = entries.get(i).key();
      if (!(key instanceof ScalarNode s)) {
        String kind = key.isMapping() ? "!!map" : "!!seq";
        throw new YamlException(
            key.pos(),
            top
                ? "cannot unmarshal " + kind + " into string (a mapping key)"
                : "invalid map key: a " + (key.isMapping() ? "mapping" : "sequence"));
      }
      keys[i] = top ? topKey(s, binaryKeys) : nestedKey(s);
    }
    return keys;
  }

  private static String topKey(ScalarNode s, boolean[] binaryKeys) {
    Object v = scalarValue(s, true);
    if (v == null) {
      return null;
    }
    if (Tags.BINARY.equals(s.tag())) {
      binaryKeys[0] = true;
      return (String) v;
    }
    return s.value();
  }

  private static String nestedKey(ScalarNode s) {
    String tag = effectiveTag(s);
    if (!Tags.STR.equals(tag) && !Tags.MERGE.equals(tag)) {
      throw new YamlException(
          s.pos(),
          "json: unsupported type: map[interface {}]interface {} (mapping key "
              + quote(s.value())
              + " is a "
              + tag
              + ", not a string)");
    }
    return s.value();
  }

  /** yaml.v3 refuses two keys of the same kind with the same text, whatever their tags. */
  static void checkDuplicates(MappingNode m) {
    List<MappingNode.Entry> entries = m.entries();
    int n = entries.size();
    if (n < 2) {
      return;
    }
    if (n > 32) {
      checkDuplicatesHashed(entries);
      return;
    }
    int[] hashes = new int[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = keyHash(entries.get(i).key());
    }
    for (int j = 1; j < n; j++) {
      for (int i = 0; i < j; i++) {
        if (hashes[i] == hashes[j] && sameKey(entries.get(i).key(), entries.get(j).key())) {
          throw duplicate(entries.get(i).key(), entries.get(j).key());
        }
      }
    }
  }

  private static void checkDuplicatesHashed(List<MappingNode.Entry> entries) {
    Map<String, Node> seen = new HashMap<>(entries.size() * 2);
    for (MappingNode.Entry e : entries) {
      Node k = e.key();
      Node previous = seen.putIfAbsent(keyIdentity(k), k);
      if (previous != null) {
        throw duplicate(previous, k);
      }
    }
  }

  /** Keys are the same for yaml.v3 when they are of the same kind and have the same text. */
  private static int keyHash(Node k) {
    return k instanceof ScalarNode s ? s.value().hashCode() : k.isMapping() ? 1 : 2;
  }

  private static boolean sameKey(Node a, Node b) {
    if (a instanceof ScalarNode sa) {
      return b instanceof ScalarNode sb && sa.value().equals(sb.value());
    }
    return a.getClass() == b.getClass();
  }

  private static String keyIdentity(Node k) {
    return k instanceof ScalarNode s ? "s" + s.value() : k.isMapping() ? "m" : "q";
  }

  private static YamlException duplicate(Node first, Node again) {
    String text = again instanceof ScalarNode s ? s.value() : "";
    return new YamlException(
        again.pos(),
        "mapping key "
            + quote(text)
            + " already defined"
            + (first.pos().line() > 0 ? " at line " + first.pos().line() : ""));
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
