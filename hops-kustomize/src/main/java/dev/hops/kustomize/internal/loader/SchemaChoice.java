package dev.hops.kustomize.internal.loader;

import dev.hops.kustomize.internal.openapi.OpenApiSchema;

/**
 * The OpenAPI schema strategic merge uses in one build. kyaml keeps it in global state: the
 * top-level kustomization's {@code openapi:} field sets it, otherwise the first kustomization of
 * the build that has one; the built-in Kubernetes schema is the default.
 */
public final class SchemaChoice {

  private OpenApiSchema schema;
  private boolean set;

  public synchronized OpenApiSchema schema() {
    return schema == null ? OpenApiSchema.builtin() : schema;
  }

  public synchronized boolean isSet() {
    return set;
  }

  /** An explicit {@code openapi: {version: ...}} of the built-in schema. */
  public synchronized void setBuiltin(boolean reset) {
    if (set && !reset) {
      return;
    }
    schema = null;
    set = true;
  }

  /** kyaml SetSchema: {@code reset} for the top-level kustomization. */
  public synchronized void set(OpenApiSchema custom, boolean reset) {
    if (set && !reset) {
      return;
    }
    if (custom != null) {
      schema = custom;
      set = true;
    } else if (reset) {
      schema = null;
      set = false;
    }
  }
}
