package dev.hops.kustomize.internal.types;

import dev.hops.yaml.SourcePos;

/** A path listed in a kustomization (a resource, component, patch file, ...) and where. */
public record Ref(String path, SourcePos pos) {

  @Override
  public String toString() {
    return path;
  }
}
