package dev.hops.diff.internal;

import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;

/**
 * An object as YAML for a reviewer, without what must never be shown: the values of a Secret's
 * {@code data} and {@code stringData}, SOPS ciphertext ({@code ENC[...]}) and the {@code sops}
 * metadata.
 */
final class MaskedYaml {

  static final String SECRET = "(secret value)";

  private MaskedYaml() {}

  static String of(MappingNode object) {
    MappingNode copy = object.copy();
    copy.remove("sops");
    if ("Secret".equals(copy.getString("kind")) && "v1".equals(copy.getString("apiVersion"))) {
      for (String field : new String[] {"data", "stringData"}) {
        if (copy.get(field) instanceof MappingNode m) {
          for (MappingNode.Entry e : m.entries()) {
            e.setValue(ScalarNode.ofString(SECRET));
          }
        }
      }
    }
    maskCiphertext(copy);
    return KustomizeYaml.toYaml(copy);
  }

  private static void maskCiphertext(Node node) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (node instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (e.value() instanceof ScalarNode s && s.value().startsWith("ENC[")) {
          e.setValue(ScalarNode.ofString(SECRET));
        } else {
          maskCiphertext(e.value());
        }
      }
    } else if (node instanceof SequenceNode q) {
      for (int i = 0; i < q.size(); i++) {
        if (q.get(i) instanceof ScalarNode s && s.value().startsWith("ENC[")) {
          q.items().set(i, ScalarNode.ofString(SECRET));
        } else {
          maskCiphertext(q.get(i));
        }
      }
    } // a scalar: nothing inside
  }
}
