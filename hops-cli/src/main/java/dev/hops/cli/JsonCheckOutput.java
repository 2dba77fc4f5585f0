package dev.hops.cli;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.yaml.KustomizeYaml;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"findings":[{"rule","severity","file","line","object","message","hint"}],
 * "summary":{"errors","warnings","infos"}}}.
 */
final class JsonCheckOutput implements CheckOutput {

  @Override
  public void print(PrintWriter out, CheckReport report) {
    List<Finding> findings = report.findings();
    List<Object> list = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", f.rule());
      m.put("severity", f.severity().label());
      m.put("file", f.pos().file());
      m.put("line", (long) f.pos().line());
      m.put("object", f.object());
      m.put("message", f.message());
      m.put("hint", f.hint());
      list.add(m);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", CheckOutput.count(findings, Severity.ERROR));
    summary.put("warnings", CheckOutput.count(findings, Severity.WARNING));
    summary.put("infos", CheckOutput.count(findings, Severity.INFO));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("findings", list);
    doc.put("summary", summary);
    out.println(JsonPretty.indent(KustomizeYaml.toJson((Object) doc)));
  }
}
