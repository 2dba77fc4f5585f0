package dev.hops.check;

import dev.hops.check.internal.ConfigReader;
import dev.hops.check.internal.PathGlob;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A repository's {@code .hops.yaml}: which rules apply and at what severity, their options, the
 * paths whose findings are ignored, custom CEL rules, and schema settings.
 *
 * <pre>
 * kubeVersion: 1.32.0
 * schemaDirs: [schemas]
 * rules:
 *   image-digest: error            # error, warning, info or off
 *   internal-gateway:
 *     severity: warning
 *     options: {externalGateways: [envoy-external]}
 * ignore:
 *   - paths: ["kubernetes/legacy/**"]
 *     rules: [image-digest]        # every rule when absent
 * custom:
 *   - id: replicas-limit
 *     match: {apiGroups: [apps], kinds: [Deployment]}
 *     expression: "!has(object.spec.replicas) || object.spec.replicas &lt;= 3"
 *     message: at most 3 replicas
 *     severity: error
 * </pre>
 */
public record CheckConfig(
    String file,
    Map<String, RuleSetting> rules,
    List<Ignore> ignores,
    List<CustomRule> custom,
    String kubeVersion,
    List<String> schemaDirs) {

  /** The names {@link #load} looks for at the repository root, in order. */
  public static final List<String> FILE_NAMES = List.of(".hops.yaml", ".hops.yml");

  public static final CheckConfig EMPTY =
      new CheckConfig("", Map.of(), List.of(), List.of(), null, List.of());

  /** How one rule is configured: a severity (null: its default), off, and its options. */
  public record RuleSetting(
      String id, Severity severity, boolean off, MappingNode options, SourcePos pos) {}

  /**
   * Findings of {@code rules} (every rule when empty) in files matching {@code paths} are dropped.
   */
  public record Ignore(List<String> paths, List<String> rules, SourcePos pos) {
    public Ignore {
      paths = List.copyOf(paths);
      rules = List.copyOf(rules);
    }

    public boolean covers(String rule, String repositoryPath) {
      if (repositoryPath == null || (!rules.isEmpty() && !rules.contains(rule))) {
        return false;
      }
      for (String p : paths) {
        if (PathGlob.matches(p, repositoryPath)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A custom rule: objects whose API group and kind match (any when the list is empty) must make
   * {@code expression} (CEL, over {@code object}) true.
   */
  public record CustomRule(
      String id,
      Severity severity,
      List<String> apiGroups,
      List<String> kinds,
      String expression,
      String message,
      String hint,
      String description,
      SourcePos pos) {
    public CustomRule {
      apiGroups = List.copyOf(apiGroups);
      kinds = List.copyOf(kinds);
    }
  }

  public CheckConfig {
    rules = Map.copyOf(rules);
    ignores = List.copyOf(ignores);
    custom = List.copyOf(custom);
    schemaDirs = List.copyOf(schemaDirs);
  }

  /** The repository's configuration file, or {@link #EMPTY} when it has none. */
  public static CheckConfig load(SourceTree repository) {
    for (String name : FILE_NAMES) {
      if (repository.isFile(name)) {
        try {
          return parse(
              new String(repository.read(name), StandardCharsets.UTF_8), repository.display(name));
        } catch (IOException e) {
          throw new UncheckedIOException(repository.display(name) + ": cannot read: " + e, e);
        }
      }
    }
    return EMPTY;
  }

  /** Reads a configuration; {@code file} names it in errors. */
  public static CheckConfig parse(String text, String file) {
    return new ConfigReader(file).read(text);
  }

  /** The severity findings of {@code rule} get: the configured one, else the rule's default. */
  public Severity severity(Rule rule) {
    RuleSetting s = rules.get(rule.id());
    return s == null || s.severity() == null ? rule.defaultSeverity() : s.severity();
  }

  /** The severity the configuration sets for a rule, or null when it sets none. */
  public Severity configuredSeverity(String ruleId) {
    RuleSetting s = rules.get(ruleId);
    return s == null ? null : s.severity();
  }

  public boolean isOff(String ruleId) {
    RuleSetting s = rules.get(ruleId);
    return s != null && s.off();
  }

  public RuleOptions options(String ruleId) {
    RuleSetting s = rules.get(ruleId);
    return s == null || s.options() == null
        ? RuleOptions.NONE
        : new RuleOptions(ruleId, s.options());
  }

  /** Whether an {@code ignore} entry drops findings of {@code rule} in this file. */
  public boolean ignores(String rule, String repositoryPath) {
    for (Ignore i : ignores) {
      if (i.covers(rule, repositoryPath)) {
        return true;
      }
    }
    return false;
  }
}
