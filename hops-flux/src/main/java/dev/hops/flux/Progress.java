package dev.hops.flux;

/**
 * What a render reports while it works, for a progress display: charts fetched from registries and
 * repositories, releases rendered, and each step that ran or was taken from an earlier render.
 * Called from the rendering threads.
 */
public interface Progress {

  /** The steps of a render that a later render of another revision may reuse. */
  enum Step {
    /** kustomize's build of a Kustomization's folder; the subject is the folder as shown. */
    KUSTOMIZE_BUILD,
    /** Flux's post-build steps of a Kustomization; the subject is {@code Kustomization/ns/name}. */
    POST_BUILD,
    /** Helm's rendering of a HelmRelease's chart; the subject is {@code HelmRelease/ns/name}. */
    HELM_TEMPLATE
  }

  /** Nothing is shown. */
  Progress NONE = new Progress() {};

  /** A chart is being downloaded (it was not in the cache). */
  default void fetching(String chart) {}

  /** {@code done} of a cluster's {@code total} HelmReleases are rendered (or reported). */
  default void released(String cluster, int done, int total) {}

  /**
   * {@code step} ran for {@code subject}, or was taken ({@code reused}) from an earlier render of
   * the same renderer whose inputs were the same. A build one render shares between its own
   * Kustomizations (two of them building one folder) is reported once; a post-build or Helm
   * rendering made twice in one render (two clusters) is reported as reused the second time.
   */
  default void step(Step step, String subject, boolean reused) {}

  /** The render is over: a display may clear itself. */
  default void finished() {}
}
