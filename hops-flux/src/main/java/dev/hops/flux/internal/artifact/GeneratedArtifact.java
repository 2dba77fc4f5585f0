package dev.hops.flux.internal.artifact;

import dev.hops.flux.FluxException;
import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.SourceTree;
import java.util.Objects;

/**
 * An ExternalArtifact an ArtifactGenerator produces: its files, or why it cannot be produced
 * offline. The failure's message is source-watcher's own (what the generator's {@code Ready}
 * condition would say), its position and object the generator's.
 *
 * @param ref {@code ExternalArtifact/<generator namespace>/<artifact name>}
 * @param generator {@code ArtifactGenerator/<namespace>/<name>}
 * @param tree the artifact's files, or null when it failed
 * @param failure why there is no tree, or null
 */
public record GeneratedArtifact(
    ObjectRef ref, ObjectRef generator, SourceTree tree, FluxException failure) {

  public GeneratedArtifact {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(generator, "generator");
    if ((tree == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of tree and failure must be given");
    }
  }

  public boolean isAvailable() {
    return tree != null;
  }
}
