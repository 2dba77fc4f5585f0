package dev.hops.flux;

/** What happened to a Flux Kustomization in an offline render. */
public enum KsStatus {
  /** Built; its objects are in the result. */
  RENDERED,
  /** Could not be built; the message says why. */
  FAILED,
  /** Its source is not this repository and was not mapped to a folder. */
  EXTERNAL;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
