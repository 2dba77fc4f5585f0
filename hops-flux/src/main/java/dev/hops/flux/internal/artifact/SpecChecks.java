package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.GeneratorSpec.CopyOperation;
import dev.hops.flux.internal.artifact.GeneratorSpec.OutputArtifact;
import dev.hops.flux.internal.artifact.GeneratorSpec.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What stops an ArtifactGenerator before any source is fetched: the CRD's OpenAPI schema (the API
 * server refuses the object, so source-watcher never sees it) and the reconciler's {@code
 * validateSpec} (artifactgenerator_validation.go), a terminal ValidationFailed error.
 */
final class SpecChecks {

  private static final String ALIAS = "^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$";
  private static final String SOURCE_NAME = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";
  private static final String ALIAS_PATH = "^@([a-z0-9]([a-z0-9_-]*[a-z0-9])?)/(.*)$";
  private static final String ALIAS_REF = "^@([a-z0-9]([a-z0-9_-]*[a-z0-9])?)$";
  private static final String ARTIFACT_PATH = "^@(artifact)/(.*)$";
  private static final List<String> KINDS =
      List.of("Bucket", "GitRepository", "OCIRepository", "HelmChart", "ExternalArtifact");
  private static final List<String> STRATEGIES =
      List.of(CopyOperation.OVERWRITE, CopyOperation.MERGE, CopyOperation.EXTRACT);

  private final List<String> errors = new ArrayList<>();

  private SpecChecks() {}

  /** The schema violations of the object, in the API server's wording; empty when it is valid. */
  static List<String> schemaErrors(GeneratorSpec spec) {
    SpecChecks c = new SpecChecks();
    c.items("spec.sources", spec.sources().size(), 1, 1000);
    for (int i = 0; i < spec.sources().size(); i++) {
      SourceRef s = spec.sources().get(i);
      String at = "spec.sources[" + i + "]";
      c.string(at + ".alias", s.alias(), ALIAS, 1, 63);
      c.string(at + ".name", s.name(), SOURCE_NAME, 1, 253);
      c.oneOf(at + ".kind", s.kind(), KINDS, false);
    }
    if (!spec.pathPattern().isEmpty()) {
      c.string("spec.pathPattern", spec.pathPattern(), ALIAS_PATH, 0, 1024);
    }
    c.items("spec.artifacts", spec.artifacts().size(), 1, 1000);
    for (int i = 0; i < spec.artifacts().size(); i++) {
      c.artifact("spec.artifacts[" + i + "]", spec.artifacts().get(i), spec.pathPattern());
    }
    return List.copyOf(c.errors);
  }

  private void artifact(String at, OutputArtifact a, String pathPattern) {
    string(at + ".name", a.name(), null, 1, 253);
    if (pathPattern.isEmpty() && !K8sNames.dnsSubdomain(a.name()).isEmpty()) {
      errors.add(
          "spec: Invalid value: \"object\": artifact names must be valid Kubernetes object names"
              + " when pathPattern is not set");
    }
    if (!a.revision().isEmpty()) {
      string(at + ".revision", a.revision(), ALIAS_REF, 0, 64);
    }
    if (!a.originRevision().isEmpty()) {
      string(at + ".originRevision", a.originRevision(), ALIAS_REF, 0, 64);
    }
    items(at + ".copy", a.copy().size(), 1, Integer.MAX_VALUE);
    for (int j = 0; j < a.copy().size(); j++) {
      CopyOperation op = a.copy().get(j);
      String c = at + ".copy[" + j + "]";
      string(c + ".from", op.from(), ALIAS_PATH, 1, 1024);
      string(c + ".to", op.to(), ARTIFACT_PATH, 1, 1024);
      items(c + ".exclude", op.exclude().size(), 0, 100);
      oneOf(c + ".strategy", op.strategy(), STRATEGIES, true);
    }
  }

  private void items(String path, int n, int min, int max) {
    if (n == 0 && min > 0) {
      errors.add(path + ": Required value");
    } else if (n < min) {
      errors.add(path + ": Invalid value: " + n + ": should have at least " + min + " items");
    } else if (n > max) {
      errors.add(path + ": Too many: " + n + ": must have at most " + max + " items");
    }
  }

  private void string(String path, String value, String regex, int min, int max) {
    if (value.isEmpty() && min > 0) {
      errors.add(path + ": Required value");
    } else if (value.length() > max) {
      errors.add(path + ": Too long: may not be more than " + max + " bytes");
    } else if (regex != null && !Pattern.compile(regex).matcher(value).find()) {
      errors.add(
          path
              + ": Invalid value: \""
              + value
              + "\": "
              + path
              + " in body should match '"
              + regex
              + "'");
    }
  }

  private void oneOf(String path, String value, List<String> allowed, boolean optional) {
    if (value.isEmpty() && optional) {
      return;
    }
    if (!allowed.contains(value)) {
      errors.add(
          path
              + ": Unsupported value: \""
              + value
              + "\": supported values: \""
              + String.join("\", \"", allowed)
              + "\"");
    }
  }

  /** validateSpec: unique aliases, unique artifact names, valid names, known revision aliases. */
  static BuildFailure validate(GeneratorSpec spec) {
    Set<String> aliases = new HashSet<>();
    for (SourceRef src : spec.sources()) {
      if (!aliases.add(src.alias())) {
        return new BuildFailure("duplicate source alias '" + src.alias() + "' found");
      }
    }
    Set<String> names = new HashSet<>();
    for (OutputArtifact artifact : spec.artifacts()) {
      if (names.contains(artifact.name())) {
        return new BuildFailure("duplicate artifact name '" + artifact.name() + "' found");
      }
      if (spec.pathPattern().isEmpty()) {
        List<String> errs = K8sNames.dnsSubdomain(artifact.name());
        if (!errs.isEmpty()) {
          return new BuildFailure(
              "artifact name \""
                  + artifact.name()
                  + "\" is not a valid Kubernetes object name: "
                  + String.join("; ", errs));
        }
      }
      String revisionAlias = artifact.revision().replaceFirst("^@", "");
      if (!artifact.revision().isEmpty() && !aliases.contains(revisionAlias)) {
        return new BuildFailure(
            "artifact "
                + artifact.name()
                + " revision source alias '"
                + revisionAlias
                + "' not found");
      }
      names.add(artifact.name());
    }
    return null;
  }
}
