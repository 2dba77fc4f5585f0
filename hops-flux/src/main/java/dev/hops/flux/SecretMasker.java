package dev.hops.flux;

import dev.hops.flux.internal.model.Fields;
import dev.hops.flux.internal.subst.Variables;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Hides secret values before anything is printed: a v1 Secret's {@code data} and {@code stringData}
 * values become {@code ..PLACEHOLDER_<key>..} (base64-encoded in {@code data}, so the object stays
 * valid); a SOPS-encrypted object of any kind loses its {@code sops} block and every {@code
 * ENC[...]} value. Keys stay visible, so checks and diffs still see which entries exist.
 */
public final class SecretMasker {

  private SecretMasker() {}

  /** The object to print: {@code obj} itself when there is nothing to hide, else a masked copy. */
  public static MappingNode mask(MappingNode obj) {
    boolean secret =
        Fields.string(obj, "kind").equals("Secret")
            && Fields.string(obj, "apiVersion").equals("v1");
    boolean sops = obj.get("sops") instanceof MappingNode;
    if (!secret && !sops) {
      return obj;
    }
    MappingNode copy = obj.copy();
    if (sops) {
      copy.remove("sops");
      maskEncrypted(copy, "value");
    }
    if (secret) {
      maskValues(copy.get("data"), true);
      maskValues(copy.get("stringData"), false);
    }
    return copy;
  }

  private static void maskValues(Node values, boolean base64) {
    if (!(values instanceof MappingNode m)) {
      return;
    }
    for (MappingNode.Entry e : m.entries()) {
      String placeholder = Variables.placeholder(e.name());
      e.setValue(
          ScalarNode.ofString(
              base64
                  ? Base64.getEncoder().encodeToString(placeholder.getBytes(StandardCharsets.UTF_8))
                  : placeholder));
    }
  }

  private static void maskEncrypted(Node node, String key) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (node instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (isEncrypted(e.value())) {
          e.setValue(ScalarNode.ofString(Variables.placeholder(e.name())));
        } else {
          maskEncrypted(e.value(), e.name());
        }
      }
    } else if (node instanceof SequenceNode s) {
      for (int i = 0; i < s.size(); i++) {
        if (isEncrypted(s.get(i))) {
          s.items().set(i, ScalarNode.ofString(Variables.placeholder(key)));
        } else {
          maskEncrypted(s.get(i), key);
        }
      }
    }
  }

  private static boolean isEncrypted(Node n) {
    return n instanceof ScalarNode s && s.value().startsWith("ENC[");
  }
}
