package dev.hops.flux;

/**
 * A Flux source seen in a cluster: the repository itself, a source mapped to a local folder, or an
 * external one (its content is not rendered).
 */
public record SourceInfo(ObjectRef ref, String url, Usage usage, String location) {

  /** How the source is used offline. */
  public enum Usage {
    REPOSITORY,
    MAPPED,
    /** An ExternalArtifact composed by an ArtifactGenerator of the cluster. */
    GENERATED,
    EXTERNAL;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
