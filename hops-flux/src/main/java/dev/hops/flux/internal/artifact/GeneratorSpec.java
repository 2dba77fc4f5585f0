package dev.hops.flux.internal.artifact;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.internal.model.Fields;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ArtifactGenerator as source-watcher's API types ({@code
 * api/v1beta1/artifactgenerator_types.go}) read it; absent fields are empty, as Go's zero values.
 */
record GeneratorSpec(
    ObjectRef ref,
    SourcePos pos,
    boolean disabled,
    List<SourceRef> sources,
    String pathPattern,
    List<OutputArtifact> artifacts) {

  static final String KIND = "ArtifactGenerator";
  static final String EXTERNAL_ARTIFACT = "ExternalArtifact";

  /** The annotation that pauses reconciliation ({@code ReconcileAnnotation}). */
  static final String RECONCILE_ANNOTATION = "source.extensions.fluxcd.io/reconcile";

  GeneratorSpec {
    sources = List.copyOf(sources);
    artifacts = List.copyOf(artifacts);
  }

  /** SourceReference; {@code namespace} defaults to the generator's. */
  record SourceRef(String alias, String kind, String name, String namespace) {
    ObjectRef toRef() {
      return new ObjectRef(kind, namespace, name);
    }
  }

  /** OutputArtifact. */
  record OutputArtifact(
      String name, String revision, String originRevision, List<CopyOperation> copy) {
    OutputArtifact {
      copy = List.copyOf(copy);
    }

    OutputArtifact withName(String newName, List<CopyOperation> newCopy) {
      return new OutputArtifact(newName, revision, originRevision, newCopy);
    }
  }

  /** CopyOperation; an empty strategy is Overwrite. */
  record CopyOperation(String from, String to, List<String> exclude, String strategy) {
    static final String OVERWRITE = "Overwrite";
    static final String MERGE = "Merge";
    static final String EXTRACT = "Extract";

    CopyOperation {
      exclude = List.copyOf(exclude);
    }

    boolean isMerge() {
      return MERGE.equals(strategy);
    }

    boolean isExtract() {
      return EXTRACT.equals(strategy);
    }
  }

  static GeneratorSpec read(MappingNode obj) {
    String namespace = Fields.string(obj, "metadata", "namespace");
    ObjectRef ref = new ObjectRef(KIND, namespace, Fields.string(obj, "metadata", "name"));
    String reconcile =
        Fields.stringMap(obj, "metadata", "annotations").getOrDefault(RECONCILE_ANNOTATION, "");
    List<SourceRef> sources = new ArrayList<>();
    for (Node s : Fields.list(obj, "spec", "sources")) {
      String ns = Fields.string(s, "namespace");
      sources.add(
          new SourceRef(
              Fields.string(s, "alias"),
              Fields.string(s, "kind"),
              Fields.string(s, "name"),
              ns.isEmpty() ? namespace : ns));
    }
    List<OutputArtifact> artifacts = new ArrayList<>();
    for (Node a : Fields.list(obj, "spec", "artifacts")) {
      List<CopyOperation> copy = new ArrayList<>();
      for (Node c : Fields.list(a, "copy")) {
        copy.add(
            new CopyOperation(
                Fields.string(c, "from"),
                Fields.string(c, "to"),
                Fields.strings(c, "exclude"),
                Fields.string(c, "strategy")));
      }
      artifacts.add(
          new OutputArtifact(
              Fields.string(a, "name"),
              Fields.string(a, "revision"),
              Fields.string(a, "originRevision"),
              copy));
    }
    return new GeneratorSpec(
        ref,
        obj.pos(),
        reconcile.toLowerCase(Locale.ROOT).equals("disabled"),
        sources,
        Fields.string(obj, "spec", "pathPattern"),
        artifacts);
  }

  /** The artifact names as written (templates when pathPattern is set). */
  List<String> declaredNames() {
    return artifacts.stream().map(OutputArtifact::name).toList();
  }
}
