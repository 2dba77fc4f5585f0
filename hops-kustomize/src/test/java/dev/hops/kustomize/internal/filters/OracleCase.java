package dev.hops.kustomize.internal.filters;

import java.util.Map;

/**
 * A kustomization run through {@code kubectl kustomize}: its {@code res.yaml}, the rest of its
 * kustomization.yaml, other files, and what kubectl printed (or the error it failed with).
 */
public record OracleCase(
    String name,
    String resources,
    String kustomization,
    Map<String, String> files,
    String expected,
    String error) {

  @Override
  public String toString() {
    return name;
  }
}
