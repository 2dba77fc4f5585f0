package dev.hops.cli;

import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.yaml.KustomizeYaml;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning takes it: one run of the tool {@code hops} with the rules
 * that ran (summary, explanation, configured level) and one result per finding, located by a path
 * relative to the repository root ({@code %SRCROOT%}) and a line; findings without a file have no
 * location.
 */
final class SarifCheckOutput implements CheckOutput {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  @Override
  public void print(PrintWriter out, CheckReport report) {
    Map<String, Long> ruleIndex = new HashMap<>();
    List<Object> rules = new ArrayList<>();
    for (Rule r : report.rules()) {
      ruleIndex.put(r.id(), (long) rules.size());
      rules.add(rule(r, report.severity().apply(r)));
    }
    List<Object> results = new ArrayList<>();
    for (Finding f : report.findings()) {
      results.add(result(f, ruleIndex.get(f.rule()), report.repositoryPath(f)));
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "hops");
    driver.put("version", report.version());
    driver.put("rules", rules);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", SCHEMA);
    doc.put("version", "2.1.0");
    doc.put("runs", List.of(run));
    out.println(JsonPretty.indent(KustomizeYaml.toJson((Object) doc)));
  }

  private static Map<String, Object> rule(Rule r, Severity severity) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("shortDescription", text(r.summary()));
    m.put("fullDescription", text(r.explanation()));
    m.put("help", text(r.explanation()));
    m.put("defaultConfiguration", Map.of("level", level(severity)));
    return m;
  }

  private static Map<String, Object> result(Finding f, Long ruleIndex, String path) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ruleId", f.rule());
    if (ruleIndex != null) {
      m.put("ruleIndex", ruleIndex);
    }
    m.put("level", level(f.severity()));
    String message = CheckReport.objectMessage(f);
    m.put("message", text(f.hint().isEmpty() ? message : message + "\nHint: " + f.hint()));
    if (path != null) {
      Map<String, Object> artifact = new LinkedHashMap<>();
      artifact.put("uri", uri(path));
      artifact.put("uriBaseId", SRCROOT);
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", artifact);
      if (f.pos().line() > 0) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", (long) f.pos().line());
        if (f.pos().column() > 0) {
          region.put("startColumn", (long) f.pos().column());
        }
        physical.put("region", region);
      }
      m.put("locations", List.of(Map.of("physicalLocation", physical)));
    }
    return m;
  }

  /** SARIF's levels: error, warning, note. */
  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * A relative URI reference: the path with what a URI cannot hold percent-encoded, and colons too
   * (in a first segment they would read as a scheme).
   */
  static String uri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString().replace(":", "%3A");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  private static Map<String, Object> text(String s) {
    return Map.of("text", s);
  }
}
