package dev.hops.flux.internal.artifact;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.internal.artifact.GeneratorSpec.CopyOperation;
import dev.hops.flux.internal.artifact.GeneratorSpec.OutputArtifact;

/**
 * builder.go {@code Build} and {@code applyCopyOperations}: the copy operations applied in order in
 * the artifact's staging directory (later ones overwrite earlier ones; the first error stops), then
 * the directory archived.
 */
final class ArtifactBuilder {

  private ArtifactBuilder() {}

  static ArtifactTree build(OutputArtifact artifact, Workspace workspace, ObjectRef ref)
      throws BuildFailure {
    StagingTree staging = workspace.stagingDir(artifact.name(), ref.toString());
    for (CopyOperation op : artifact.copy()) {
      try {
        new CopyOperationRun(op, workspace.sources(), staging).apply();
      } catch (BuildFailure e) {
        throw e.wrap("failed to apply copy operation from '" + op.from() + "' to '" + op.to() + "'")
            .wrap("failed to apply copy operations");
      }
    }
    staging.freeze();
    return new ArtifactTree(staging);
  }
}
