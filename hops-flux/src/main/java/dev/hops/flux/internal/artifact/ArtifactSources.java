package dev.hops.flux.internal.artifact;

import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.SourceTree;

/** Where the sources of ArtifactGenerators come from offline. */
@FunctionalInterface
public interface ArtifactSources {

  /**
   * The files of a source's artifact, or null when the source is not available offline.
   *
   * @param source kind ({@code GitRepository}, {@code OCIRepository}, {@code Bucket}, {@code
   *     HelmChart} or {@code ExternalArtifact}), namespace (defaulted to the generator's) and name
   *     of the referenced source
   * @return the tree as the source's artifact holds it; symbolic links and VCS files ({@code
   *     .git/}, {@code .gitignore}...) in it are ignored, as no Flux artifact contains them, but
   *     other ignore rules of the source ({@code .sourceignore}, {@code spec.ignore}) are the
   *     caller's to apply
   */
  SourceTree tree(ObjectRef source);
}
