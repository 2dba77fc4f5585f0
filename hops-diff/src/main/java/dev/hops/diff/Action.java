package dev.hops.diff;

import java.util.Locale;

/** What a change does to one object in the cluster. */
public enum Action {
  /** Applied in the head revision only. */
  ADDED,
  /** Applied in the base revision only: Flux prunes it (when its Kustomization prunes). */
  REMOVED,
  /** Applied in both, with different content. */
  CHANGED,
  /** Removed under one name and added under another, with the same kind and content. */
  RENAMED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
