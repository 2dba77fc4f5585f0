package dev.hops.flux;

/**
 * What a render reports while it works on HelmReleases, for a progress display: charts fetched from
 * registries and repositories, releases rendered. Called from the rendering threads.
 */
public interface Progress {

  /** Nothing is shown. */
  Progress NONE = new Progress() {};

  /** A chart is being downloaded (it was not in the cache). */
  default void fetching(String chart) {}

  /** {@code done} of a cluster's {@code total} HelmReleases are rendered (or reported). */
  default void released(String cluster, int done, int total) {}

  /** The render is over: a display may clear itself. */
  default void finished() {}
}
