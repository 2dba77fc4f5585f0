package dev.hops.flux.internal.subst;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;

/** Recognizes SOPS-encrypted objects and values, as {@code flux build} does for masking. */
public final class Sops {

  private Sops() {}

  /**
   * True for an object with a top-level {@code sops} block whose {@code mac} is {@code ENC[...]}.
   */
  public static boolean isEncrypted(MappingNode object) {
    Node sops = object.get("sops");
    return sops instanceof MappingNode m
        && m.get("mac") instanceof ScalarNode mac
        && mac.value().startsWith("ENC[");
  }

  /**
   * True for a value holding a whole SOPS document (contains {@code sops} and {@code ENC[}), the
   * rule {@code flux build} uses to mask single values.
   */
  static boolean isEncryptedDocument(String value) {
    return value.contains("sops") && value.contains("ENC[");
  }

  /** True for a value SOPS encrypted ({@code ENC[AES256_GCM,data:...,type:str]}). */
  static boolean isEncryptedValue(String value) {
    return value.startsWith("ENC[") && value.endsWith("]");
  }
}
