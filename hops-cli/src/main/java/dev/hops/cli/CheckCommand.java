package dev.hops.cli;

import dev.hops.check.CheckConfig;
import dev.hops.check.CheckSettings;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.FluxException;
import dev.hops.flux.RenderResult;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Options;

/** {@code hops check [REPO]}: renders the repository and reports what the rules find. */
final class CheckCommand implements Command {

  RepoOptions repo = new RepoOptions();

  String positional;

  String format = "text";

  Path config;

  List<Path> schemaDirs = new ArrayList<>();

  String color = "auto";

  String minSeverity = "info";

  boolean listRules;

  String explain;

  @Override
  public String name() {
    return "check";
  }

  @Override
  public List<String> description() {
    return List.of(
        "Render a Flux repository and check it: rendering, schemas, references, the dependency"
            + " graph, substitution, house rules and the custom rules of .hops.yaml.",
        "Exit 0 when there is no error, 1 when there is one, 2 for usage or I/O problems.");
  }

  @Override
  public Options options() {
    return RepoOptions.addTo(new Options())
        .addOption(
            Cli.value("o", "output", "FORMAT", "text (default), json, sarif, junit or github."))
        .addOption(
            Cli.value(
                null,
                "config",
                "FILE",
                "The configuration (default: .hops.yaml at the repository root)."))
        .addOption(
            Cli.repeated(
                "schema-dir",
                "DIR",
                "A folder of schemas for custom kinds (repeatable): CRD YAML files, or JSON"
                    + " schemas named as kubeconform looks them up"
                    + " ({kind}-{group}-{version}.json or {group}/{kind}_{version}.json,"
                    + " lower-case)."))
        .addOption(
            Cli.value(
                null,
                "color",
                "WHEN",
                "Color the text output: auto (on a terminal), always or never."))
        .addOption(
            Cli.value(
                null,
                "min-severity",
                "LEVEL",
                "Print findings of this severity and above: info (default), warning or error."
                    + " The exit code still counts every error."))
        .addOption(Cli.flag(null, "list-rules", "Print the rules and their severity, and exit."))
        .addOption(
            Cli.value(null, "explain", "RULE", "Print what a rule checks and why, and exit."));
  }

  @Override
  public List<Param> params() {
    return List.of(RepoOptions.PARAM);
  }

  @Override
  public void set(Args args) {
    repo = RepoOptions.of(args);
    positional = args.param(0);
    format = args.string("output", "text");
    config = args.path("config");
    schemaDirs = args.paths("schema-dir");
    color = args.string("color", "auto");
    minSeverity = args.string("min-severity", "info");
    listRules = args.flag("list-rules");
    explain = args.string("explain");
  }

  @Override
  public int run(Console console) {
    try {
      return check(console);
    } catch (HopsException | UncheckedIOException e) {
      console.out().flush();
      ErrorHandler.report(console, e);
      return 2;
    }
  }

  private int check(Console console) {
    CheckOutput output = CheckOutput.named(format, useColor());
    if (output == null) {
      throw new HopsException(
          SourcePos.UNKNOWN,
          null,
          "invalid output format '" + format + "': use one of " + CheckOutput.NAMES);
    }
    Path root = repo.repository(positional).toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new FluxException(SourcePos.of(root.toString()), null, "not a directory");
    }
    SourceTree tree = SourceTree.onDisk(root);
    CheckConfig cfg = loadConfig(tree);
    if (repo.kubeVersion == null && cfg.kubeVersion() != null) {
      repo.kubeVersion = cfg.kubeVersion();
    }
    List<Path> dirs = new ArrayList<>(schemaDirs);
    cfg.schemaDirs().forEach(d -> dirs.add(root.resolve(d)));
    Checker checker =
        Checker.builder().settings(new CheckSettings(cfg, repo.kubeVersion, dirs)).build();
    if (listRules) {
      listRules(console, checker);
      return 0;
    }
    if (explain != null) {
      return explain(console, checker);
    }
    Severity least = Severity.parse(minSeverity);
    if (least == null) {
      throw new HopsException(
          SourcePos.UNKNOWN,
          null,
          "invalid --min-severity '" + minSeverity + "': use info, warning or error");
    }
    RenderResult result = Repository.render(repo, positional, console);
    RenderReport.printNotChecked(console.err(), result);
    List<Finding> findings = checker.check(result, tree);
    List<Finding> shown =
        findings.stream().filter(f -> f.severity().compareTo(least) <= 0).toList();
    output.print(
        console.out(),
        new CheckReport(
            shown,
            checker.activeRules(),
            checker.settings().config()::severity,
            RepoPaths.around(root),
            HopsCommand.version()));
    if (format.equals("text") && shown.size() < findings.size()) {
      console
          .out()
          .println(
              "("
                  + (findings.size() - shown.size())
                  + " less severe than "
                  + least.label()
                  + " not shown)");
    }
    console.out().flush();
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
  }

  private CheckConfig loadConfig(SourceTree tree) {
    if (config == null) {
      return CheckConfig.load(tree);
    }
    try {
      return CheckConfig.parse(Files.readString(config, StandardCharsets.UTF_8), config.toString());
    } catch (IOException e) {
      throw new FluxException(SourcePos.of(config.toString()), null, "cannot read: " + e);
    }
  }

  private boolean useColor() {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      case "auto" ->
          System.getenv("NO_COLOR") == null && "1".equals(System.getenv("HOPS_STDOUT_TTY"));
      default ->
          throw new HopsException(
              SourcePos.UNKNOWN,
              null,
              "invalid --color '" + color + "': use auto, always or never");
    };
  }

  private static void listRules(Console console, Checker checker) {
    Table t = new Table("RULE", "SEVERITY", "WHAT IT WANTS");
    for (Rule r : checker.rules()) {
      String sev =
          checker.settings().config().isOff(r.id())
              ? "off"
              : checker.settings().config().severity(r).label();
      t.row(r.id(), sev, r.summary());
    }
    t.print(console.out());
  }

  private int explain(Console console, Checker checker) {
    for (Rule r : checker.rules()) {
      if (r.id().equals(explain)) {
        console.out().println(r.id() + " (" + r.defaultSeverity().label() + "): " + r.summary());
        console.out().println();
        console.out().println(wrap(r.explanation(), 80));
        return 0;
      }
    }
    throw new HopsException(
        SourcePos.UNKNOWN, null, "unknown rule '" + explain + "' (see hops check --list-rules)");
  }

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String word : text.split(" ")) {
      if (col > 0 && col + 1 + word.length() > width) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}
