package dev.hops.check.internal;

import dev.hops.check.CheckConfig;
import dev.hops.check.CheckConfigException;
import dev.hops.check.Severity;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code .hops.yaml} strictly: unknown keys and wrong types are errors with their line. */
public final class ConfigReader {

  private static final Set<String> TOP =
      Set.of("kubeVersion", "schemaDirs", "rules", "ignore", "custom");
  private static final Set<String> RULE = Set.of("severity", "options");
  private static final Set<String> IGNORE = Set.of("paths", "rules");
  private static final Set<String> CUSTOM =
      Set.of("id", "severity", "match", "expression", "message", "hint", "description");
  private static final Set<String> MATCH = Set.of("apiGroups", "kinds");
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String file;

  public ConfigReader(String file) {
    this.file = file;
  }

  public CheckConfig read(String text) {
    Node doc;
    try {
      doc = YamlReader.withDefaults().readDocument(text, file);
    } catch (HopsException e) {
      throw new CheckConfigException(e.pos(), e.reason());
    }
    if (doc == null || doc.isNull()) {
      return new CheckConfig(file, Map.of(), List.of(), List.of(), null, List.of());
    }
    MappingNode top = mapping(doc, "the configuration");
    keys(top, TOP, "");
    Map<String, CheckConfig.RuleSetting> rules = new LinkedHashMap<>();
    if (top.get("rules") != null) {
      for (MappingNode.Entry e : mapping(top.get("rules"), "rules").entries()) {
        rules.put(e.name(), rule(e));
      }
    }
    List<CheckConfig.Ignore> ignores = new ArrayList<>();
    if (top.get("ignore") != null) {
      for (Node n : sequence(top.get("ignore"), "ignore").items()) {
        MappingNode m = mapping(n, "an ignore entry");
        keys(m, IGNORE, "ignore[].");
        List<String> paths = strings(m.get("paths"), "ignore[].paths");
        if (paths.isEmpty()) {
          throw new CheckConfigException(pos(n), "ignore entry without paths");
        }
        ignores.add(
            new CheckConfig.Ignore(paths, strings(m.get("rules"), "ignore[].rules"), pos(n)));
      }
    }
    List<CheckConfig.CustomRule> custom = new ArrayList<>();
    if (top.get("custom") != null) {
      for (Node n : sequence(top.get("custom"), "custom").items()) {
        custom.add(custom(mapping(n, "a custom rule")));
      }
    }
    return new CheckConfig(
        file,
        rules,
        ignores,
        custom,
        top.get("kubeVersion") == null ? null : string(top.get("kubeVersion"), "kubeVersion"),
        strings(top.get("schemaDirs"), "schemaDirs"));
  }

  private CheckConfig.RuleSetting rule(MappingNode.Entry e) {
    Node v = e.value();
    if (v instanceof ScalarNode s) {
      return setting(e.name(), s, null, pos(e.key()));
    }
    MappingNode m = mapping(v, "rules." + e.name());
    keys(m, RULE, "rules." + e.name() + ".");
    MappingNode options = null;
    if (m.get("options") != null) {
      options = mapping(m.get("options"), "rules." + e.name() + ".options");
    }
    Node sev = m.get("severity");
    if (sev == null) {
      return new CheckConfig.RuleSetting(e.name(), null, false, options, pos(e.key()));
    }
    if (!(sev instanceof ScalarNode s)) {
      throw new CheckConfigException(pos(sev), "rules." + e.name() + ".severity must be a string");
    }
    return setting(e.name(), s, options, pos(e.key()));
  }

  private CheckConfig.RuleSetting setting(
      String id, ScalarNode s, MappingNode options, SourcePos pos) {
    if (s.value().equals("off")) {
      return new CheckConfig.RuleSetting(id, null, true, options, pos);
    }
    Severity sev = Severity.parse(s.value());
    if (sev == null) {
      throw new CheckConfigException(
          pos(s),
          "rules." + id + ": severity '" + s.value() + "' is not one of error, warning, info, off");
    }
    return new CheckConfig.RuleSetting(id, sev, false, options, pos);
  }

  private CheckConfig.CustomRule custom(MappingNode m) {
    keys(m, CUSTOM, "custom[].");
    String id = required(m, "id");
    if (!RULE_ID.matcher(id).matches()) {
      throw new CheckConfigException(
          pos(m.get("id")), "custom rule id '" + id + "' must be kebab-case (a-z, 0-9, -)");
    }
    Severity severity = Severity.ERROR;
    if (m.get("severity") != null) {
      String s = string(m.get("severity"), "custom[].severity");
      severity = Severity.parse(s);
      if (severity == null) {
        throw new CheckConfigException(
            pos(m.get("severity")),
            "custom rule " + id + ": severity '" + s + "' is not one of error, warning, info");
      }
    }
    List<String> groups = List.of();
    List<String> kinds = List.of();
    if (m.get("match") != null) {
      MappingNode match = mapping(m.get("match"), "custom[].match");
      keys(match, MATCH, "custom[].match.");
      groups = strings(match.get("apiGroups"), "custom[].match.apiGroups");
      kinds = strings(match.get("kinds"), "custom[].match.kinds");
    }
    return new CheckConfig.CustomRule(
        id,
        severity,
        groups,
        kinds,
        required(m, "expression"),
        required(m, "message"),
        m.get("hint") == null ? "" : string(m.get("hint"), "custom[].hint"),
        m.get("description") == null ? "" : string(m.get("description"), "custom[].description"),
        pos(m));
  }

  private String required(MappingNode m, String key) {
    Node n = m.get(key);
    if (n == null) {
      throw new CheckConfigException(pos(m), "custom rule without " + key);
    }
    return string(n, "custom[]." + key);
  }

  private void keys(MappingNode m, Set<String> allowed, String prefix) {
    for (MappingNode.Entry e : m.entries()) {
      if (!allowed.contains(e.name())) {
        throw new CheckConfigException(
            pos(e.key()),
            "unknown field '"
                + prefix
                + e.name()
                + "' (known: "
                + String.join(", ", allowed.stream().sorted().toList())
                + ")");
      }
    }
  }

  private MappingNode mapping(Node n, String what) {
    if (n instanceof MappingNode m) {
      return m;
    }
    throw new CheckConfigException(pos(n), what + " must be a mapping");
  }

  private SequenceNode sequence(Node n, String what) {
    if (n instanceof SequenceNode s) {
      return s;
    }
    throw new CheckConfigException(pos(n), what + " must be a list");
  }

  private String string(Node n, String what) {
    if (n instanceof ScalarNode s && !s.isNull()) {
      return s.value();
    }
    throw new CheckConfigException(pos(n), what + " must be a string");
  }

  private List<String> strings(Node n, String what) {
    if (n == null) {
      return List.of();
    }
    if (n instanceof ScalarNode s && !s.isNull()) {
      return List.of(s.value());
    }
    List<String> out = new ArrayList<>();
    for (Node item : sequence(n, what).items()) {
      out.add(string(item, what + "[]"));
    }
    return out;
  }

  private SourcePos pos(Node n) {
    return n.pos() != null && n.pos().isKnown() ? n.pos() : SourcePos.of(file);
  }
}
