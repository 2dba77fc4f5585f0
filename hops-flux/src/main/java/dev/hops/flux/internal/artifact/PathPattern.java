package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.GeneratorSpec.CopyOperation;
import dev.hops.flux.internal.artifact.GeneratorSpec.OutputArtifact;
import dev.hops.flux.internal.artifact.StagingTree.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code spec.pathPattern} (artifactgenerator_pathpattern.go {@code buildArtifactRequests}): the
 * directories of a source matching {@code apps/{app}/envs/{env}} each produce the artifacts, whose
 * name is rendered with the lower-cased captures and whose copy paths with the captures as found.
 * Without a path pattern, the artifacts as written.
 */
final class PathPattern {

  /** An artifact to build, with the labels its ExternalArtifact gets from the captures. */
  record Request(OutputArtifact artifact, Map<String, String> labels) {}

  private static final Pattern CAPTURE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String pathPattern;
  private final List<String> captureNames = new ArrayList<>();

  private PathPattern(String pathPattern) {
    this.pathPattern = pathPattern;
  }

  /** buildArtifactRequests; failures are terminal (the pattern or the tree cannot change that). */
  static List<Request> expand(GeneratorSpec spec, Map<String, StagingTree> sources)
      throws BuildFailure {
    if (spec.pathPattern().isEmpty()) {
      return spec.artifacts().stream().map(a -> new Request(a, Map.of())).toList();
    }
    return new PathPattern(spec.pathPattern()).expand(spec.artifacts(), sources);
  }

  private List<Request> expand(List<OutputArtifact> artifacts, Map<String, StagingTree> sources)
      throws BuildFailure {
    int slash = pathPattern.indexOf('/');
    if (slash < 0 || !pathPattern.startsWith("@")) {
      throw new BuildFailure("invalid pathPattern format: " + pathPattern);
    }
    String alias = pathPattern.substring(1, slash);
    String pattern = pathPattern.substring(slash + 1);
    StagingTree source = sources.get(alias);
    if (source == null) {
      throw failure("source alias " + alias + " not found in local sources");
    }
    Pattern matcher = compile(pattern);
    for (String name : captureNames) {
      List<String> errs = K8sNames.labelKey(name);
      if (!errs.isEmpty()) {
        throw failure(
            "capture variable "
                + quote(name)
                + " is not a valid Kubernetes label key: "
                + String.join("; ", errs));
      }
    }
    List<Request> requests = new ArrayList<>();
    Map<String, String> seenNames = new HashMap<>();
    for (String rel : directories(source)) {
      Matcher m = matcher.matcher(rel);
      if (m.matches()) {
        addRequests(artifacts, rel, m, requests, seenNames);
      }
    }
    return requests;
  }

  private void addRequests(
      List<OutputArtifact> artifacts,
      String rel,
      Matcher m,
      List<Request> requests,
      Map<String, String> seenNames)
      throws BuildFailure {
    Map<String, String> raw = new LinkedHashMap<>();
    Map<String, String> normalized = new LinkedHashMap<>();
    for (int g = 0; g < captureNames.size(); g++) {
      raw.put(captureNames.get(g), m.group(g + 1));
      normalized.put(captureNames.get(g), m.group(g + 1).toLowerCase(Locale.ROOT));
    }
    for (Map.Entry<String, String> e : normalized.entrySet()) {
      List<String> errs = K8sNames.labelValue(e.getValue());
      if (!errs.isEmpty()) {
        throw failure(
            "captured value "
                + quote(e.getValue())
                + " for variable "
                + quote(e.getKey())
                + " is not a valid Kubernetes label value: "
                + String.join("; ", errs));
      }
    }
    for (OutputArtifact a : artifacts) {
      OutputArtifact rendered;
      try {
        rendered = render(a, normalized, raw);
      } catch (BuildFailure e) {
        throw failure(
            "failed to render artifact " + a.name() + " for match " + rel + ": " + e.getMessage());
      }
      List<String> errs = K8sNames.dnsSubdomain(rendered.name());
      if (!errs.isEmpty()) {
        throw failure(
            "rendered artifact name "
                + quote(rendered.name())
                + " is not a valid Kubernetes object name: "
                + String.join("; ", errs));
      }
      String previous = seenNames.putIfAbsent(rendered.name(), rel);
      if (previous != null) {
        throw failure(
            "directories "
                + quote(previous)
                + " and "
                + quote(rel)
                + " both resolve to artifact name "
                + quote(rendered.name()));
      }
      requests.add(new Request(rendered, normalized));
    }
  }

  /** renderArtifactRequest: names get the lower-cased captures, copy paths the raw ones. */
  private static OutputArtifact render(
      OutputArtifact a, Map<String, String> normalized, Map<String, String> raw)
      throws BuildFailure {
    String name = renderTemplate(a.name(), normalized);
    List<CopyOperation> copy = new ArrayList<>();
    for (CopyOperation op : a.copy()) {
      copy.add(
          new CopyOperation(
              renderTemplate(op.from(), raw),
              renderTemplate(op.to(), raw),
              op.exclude(),
              op.strategy()));
    }
    return a.withName(name, copy);
  }

  /** renderTemplateString. */
  private static String renderTemplate(String tmpl, Map<String, String> data) throws BuildFailure {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tmpl.length(); i++) {
      char c = tmpl.charAt(i);
      if (c == '{') {
        int end = tmpl.indexOf('}', i + 1);
        if (end < 0) {
          throw templateError(
              tmpl, "capture starting at offset " + i + " is missing closing brace");
        }
        String name = tmpl.substring(i + 1, end);
        if (name.isEmpty()) {
          throw templateError(tmpl, "empty capture variable");
        }
        if (!CAPTURE_NAME.matcher(name).matches()) {
          throw templateError(
              tmpl,
              "capture variable "
                  + quote(name)
                  + " must be a valid capture name matching [A-Za-z_][A-Za-z0-9_]*");
        }
        String value = data.get(name);
        if (value == null) {
          throw templateError(
              tmpl, "capture variable " + quote(name) + " is not defined by pathPattern");
        }
        out.append(value);
        i = end;
      } else if (c == '}') {
        throw templateError(tmpl, "capture ending at offset " + i + " is missing opening brace");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static BuildFailure templateError(String tmpl, String what) {
    return new BuildFailure("invalid template " + quote(tmpl) + ": " + what);
  }

  /**
   * The pattern as a regular expression: literal text, and {@code ([^/]+)} for each capture
   * (validatePathPatternCaptures checks the braces first).
   */
  private Pattern compile(String pattern) throws BuildFailure {
    StringBuilder regex = new StringBuilder();
    Set<String> seen = new HashSet<>();
    int literal = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '}') {
        throw failure("invalid capture ending at offset " + i + ": missing opening brace");
      }
      if (c != '{') {
        continue;
      }
      int end = pattern.indexOf('}', i + 1);
      if (end < 0) {
        throw failure("invalid capture starting at offset " + i + ": missing closing brace");
      }
      String name = pattern.substring(i + 1, end);
      if (name.isEmpty()) {
        throw failure("empty capture variable");
      }
      if (!CAPTURE_NAME.matcher(name).matches()) {
        throw failure(
            "capture variable "
                + quote(name)
                + " must be a valid capture name matching [A-Za-z_][A-Za-z0-9_]*");
      }
      if (!seen.add(name)) {
        throw failure("duplicate capture variable " + quote(name));
      }
      regex.append(Pattern.quote(pattern.substring(literal, i))).append("([^/]+)");
      captureNames.add(name);
      literal = end + 1;
      i = end;
    }
    regex.append(Pattern.quote(pattern.substring(literal)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** filepath.WalkDir of the source: every directory below the root, in lexical order. */
  private static List<String> directories(StagingTree source) {
    List<String> out = new ArrayList<>();
    walk(source, "", out);
    return out;
  }

  private static void walk(StagingTree source, String dir, List<String> out) {
    List<String> names = source.list(dir);
    if (names == null) {
      return;
    }
    for (String name : names) {
      String path = dir.isEmpty() ? name : dir + "/" + name;
      if (source.entry(path) == Entry.DIR) {
        out.add(path);
        walk(source, path, out);
      }
    }
  }

  private BuildFailure failure(String message) {
    return new BuildFailure("pathPattern " + quote(pathPattern) + ": " + message);
  }

  /** Go's %q for the plain strings at hand. */
  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
