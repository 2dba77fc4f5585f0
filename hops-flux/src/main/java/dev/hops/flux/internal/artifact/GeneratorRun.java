package dev.hops.flux.internal.artifact;

import dev.hops.flux.FluxException;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.internal.artifact.GeneratorSpec.SourceRef;
import dev.hops.kustomize.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * One reconciliation of an ArtifactGenerator (artifactgenerator_controller.go {@code Reconcile} and
 * {@code reconcile}), in its order: the disabled annotation, validateSpec, the sources (any missing
 * one fails every artifact), the path pattern, then the artifacts one by one, stopping at the first
 * that fails to build.
 */
final class GeneratorRun {

  /** Fetches a source's artifact. */
  @FunctionalInterface
  interface SourceFetcher {
    /** The source's files; a failure's message says why it cannot be fetched. */
    SourceTree fetch(ObjectRef source) throws BuildFailure;
  }

  private final GeneratorSpec spec;

  private GeneratorRun(GeneratorSpec spec) {
    this.spec = spec;
  }

  static List<GeneratedArtifact> reconcile(GeneratorSpec spec, SourceFetcher fetcher) {
    return new GeneratorRun(spec).run(fetcher);
  }

  private List<GeneratedArtifact> run(SourceFetcher fetcher) {
    List<String> schemaErrors = SpecChecks.schemaErrors(spec);
    if (!schemaErrors.isEmpty()) {
      return failAll(
          "the API server rejects the object (CRD validation): " + String.join(", ", schemaErrors));
    }
    if (spec.disabled()) {
      return failAll(
          "reconciliation is disabled by the annotation "
              + GeneratorSpec.RECONCILE_ANNOTATION
              + ": the artifact holds whatever was generated before, unknown offline");
    }
    BuildFailure invalid = SpecChecks.validate(spec);
    if (invalid != null) {
      return failAll(invalid.getMessage());
    }
    Workspace workspace = new Workspace();
    for (SourceRef source : spec.sources()) {
      ObjectRef ref = source.toRef();
      try {
        workspace.addSource(source.alias(), fetcher.fetch(ref), ref.toString());
      } catch (BuildFailure e) {
        return failAll("get sources failed: " + e.getMessage());
      }
    }
    List<PathPattern.Request> requests;
    try {
      requests = PathPattern.expand(spec, workspace.sources());
    } catch (BuildFailure e) {
      return failAll("failed to expand path pattern: " + e.getMessage());
    }
    return build(requests, workspace);
  }

  private List<GeneratedArtifact> build(List<PathPattern.Request> requests, Workspace workspace) {
    List<GeneratedArtifact> out = new ArrayList<>();
    String failed = null;
    for (PathPattern.Request request : requests) {
      String name = request.artifact().name();
      ObjectRef ref = artifactRef(name);
      if (failed != null) {
        out.add(
            failure(
                ref, "not generated: the reconciliation stops at the failed artifact " + failed));
        continue;
      }
      try {
        out.add(
            new GeneratedArtifact(
                ref, spec.ref(), ArtifactBuilder.build(request.artifact(), workspace, ref), null));
      } catch (BuildFailure e) {
        failed = name;
        out.add(failure(ref, name + " build failed: " + e.getMessage()));
      }
    }
    return out;
  }

  /** A failure of the whole generator, reported on every artifact it declares. */
  private List<GeneratedArtifact> failAll(String message) {
    List<GeneratedArtifact> out = new ArrayList<>();
    for (String name : spec.declaredNames()) {
      out.add(failure(artifactRef(name), message));
    }
    return out;
  }

  private GeneratedArtifact failure(ObjectRef ref, String message) {
    return new GeneratedArtifact(
        ref, spec.ref(), null, new FluxException(spec.pos(), spec.ref().toString(), message));
  }

  private ObjectRef artifactRef(String name) {
    return new ObjectRef(GeneratorSpec.EXTERNAL_ARTIFACT, spec.ref().namespace(), name);
  }
}
