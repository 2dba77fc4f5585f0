package dev.hops.cli;

import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.SourcePos;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hops check [REPO]}: renders the repository and reports what the rules find. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Render a Flux repository and check it: rendering failures and house rules (image digests,"
          + " memory limits, no Ingress).",
      "Exit 0 when there is no error, 1 when there is one."
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RepoOptions repo;

  @Parameters(arity = "0..1", paramLabel = "REPO", description = "The repository (default: .)")
  String positional;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @Option(names = "--list-rules", description = "Print the rules and exit.")
  boolean listRules;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new HopsException(
          SourcePos.UNKNOWN, null, "invalid output format '" + format + "': use text or json");
    }
    Console console = HopsCommand.console(spec);
    Checker checker = Checker.withBuiltInRules();
    if (listRules) {
      Table t = new Table("RULE", "SEVERITY", "WHAT IT WANTS");
      checker.rules().forEach(r -> t.row(r.id(), r.defaultSeverity().label(), r.summary()));
      t.print(console.out());
      return 0;
    }
    RenderResult result = Repository.render(repo, positional, console);
    List<Finding> findings = checker.check(result);
    if (format.equals("json")) {
      console.out().println(JsonPretty.indent(KustomizeYaml.toJson((Object) json(findings))));
    } else {
      text(console.out(), findings);
    }
    console.out().flush();
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
  }

  private static void text(PrintWriter out, List<Finding> findings) {
    String file = null;
    for (Finding f : findings) {
      if (!f.pos().file().equals(file)) {
        file = f.pos().file();
        out.println(file.isEmpty() ? "(no file)" : file);
      }
      out.println(
          "  "
              + (f.pos().line() > 0 ? f.pos().line() + ":" + f.pos().column() : "-")
              + "  "
              + f.severity().label()
              + "  "
              + f.rule()
              + "  "
              + (f.object().isEmpty() ? "" : f.object() + ": ")
              + f.message().replace("\n", " "));
      if (!f.hint().isEmpty()) {
        out.println("      hint: " + f.hint());
      }
    }
    out.println(summary(findings));
  }

  private static String summary(List<Finding> findings) {
    long errors = count(findings, Severity.ERROR);
    long warnings = count(findings, Severity.WARNING);
    long infos = count(findings, Severity.INFO);
    return errors + " error(s), " + warnings + " warning(s), " + infos + " info(s)";
  }

  private static long count(List<Finding> findings, Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  private static Map<String, Object> json(List<Finding> findings) {
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
    summary.put("errors", count(findings, Severity.ERROR));
    summary.put("warnings", count(findings, Severity.WARNING));
    summary.put("infos", count(findings, Severity.INFO));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("findings", list);
    out.put("summary", summary);
    return out;
  }
}
