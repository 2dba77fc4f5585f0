package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The name suffix kustomize appends to generated ConfigMaps and Secrets: the first ten hex digits
 * of a sha256 over a JSON encoding of kind, type and data, with some digits replaced by letters.
 */
public final class Hasher {

  private Hasher() {}

  public static String hash(Res res) {
    String kind = res.getKind();
    String encoded;
    if (kind.equals("ConfigMap")) {
      Map<String, Object> m = new TreeMap<>();
      m.put("kind", "ConfigMap");
      // kustomize looks up "metadata/name" as one field name, finds nothing and hashes "".
      m.put("name", "");
      m.put("data", value(res, "data"));
      Object bin = value(res, "binaryData");
      if (bin instanceof Map) {
        m.put("binaryData", bin);
      }
      encoded = KustomizeYaml.toJson(m);
    } else if (kind.equals("Secret")) {
      Map<String, Object> m = new TreeMap<>();
      m.put("kind", "Secret");
      m.put("type", value(res, "type"));
      m.put("name", "");
      m.put("data", value(res, "data"));
      Object sd = value(res, "stringData");
      if (sd instanceof Map) {
        m.put("stringData", sd);
      }
      encoded = KustomizeYaml.toJson(m);
    } else {
      encoded = KustomizeYaml.toJson(res.node());
    }
    return encode(sha256Hex(encoded));
  }

  /** kustomize getNodeValues: scalar text, a map through JSON for non-scalars, "" if absent. */
  private static Object value(Res res, String field) {
    Node vn = Kyaml.lookup(res.node(), field);
    if (vn == null) {
      return "";
    }
    if (vn instanceof ScalarNode s) {
      return s.value();
    }
    Object v = JsonNumbers.toDoubles(KustomizeYaml.toGoValue(vn));
    return v instanceof Map<?, ?> ? v : new LinkedHashMap<>();
  }

  static String sha256Hex(String data) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(64);
      for (byte b : d) {
        sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String encode(String hex) {
    char[] enc = hex.substring(0, 10).toCharArray();
    for (int i = 0; i < enc.length; i++) {
      enc[i] =
          switch (enc[i]) {
            case '0' -> 'g';
            case '1' -> 'h';
            case '3' -> 'k';
            case 'a' -> 'm';
            case 'e' -> 't';
            default -> enc[i];
          };
    }
    return new String(enc);
  }
}
