package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How command lines parse into the commands' fields, and the usage errors they can give. */
class CliParseTest {

  /** Parses without running; the command the line names, its fields set. */
  private static Cli.Invocation parse(String line) {
    return Cli.parse(new HopsCommand(), line.isEmpty() ? new String[0] : line.split(" "));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Command> T command(String line) {
    Cli.Invocation invocation = parse(line);
    assertThat(invocation.action()).isEqualTo(Cli.Action.RUN);
    return (T) invocation.command();
  }

  @Test
  void buildTakesEveryRepositoryOption() {
    BuildCommand c =
        command(
            "build --path repo --cluster home --source flux-system=../apps --source"
                + " GitRepository/x/y=/z --values a.yaml --values b.yaml --no-strict"
                + " --kube-version 1.30.0 --cache-dir /tmp/c --no-helm --offline"
                + " --registry-mirror ghcr.io=127.0.0.1:5000/ghcr -o json");
    RepoOptions r = c.repo;
    assertThat(r.path).isEqualTo(Path.of("repo"));
    assertThat(r.cluster).isEqualTo("home");
    assertThat(r.sources).containsExactly("flux-system=../apps", "GitRepository/x/y=/z");
    assertThat(r.values).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"));
    assertThat(r.noStrict).isTrue();
    assertThat(r.kubeVersion).isEqualTo("1.30.0");
    assertThat(r.cacheDir).isEqualTo(Path.of("/tmp/c"));
    assertThat(r.noHelm).isTrue();
    assertThat(r.offline).isTrue();
    assertThat(r.registryMirrors).containsExactly("ghcr.io=127.0.0.1:5000/ghcr");
    assertThat(c.format).isEqualTo("json");
    assertThat(c.positional).isNull();
  }

  @Test
  void defaultsWhenNothingIsGiven() {
    BuildCommand c = command("build");
    assertThat(c.format).isEqualTo("yaml");
    assertThat(c.positional).isNull();
    assertThat(c.repo.path).isNull();
    assertThat(c.repo.sources).isEmpty();
    assertThat(c.repo.values).isEmpty();
    assertThat(c.repo.noHelm).isFalse();
    assertThat(parse("build").debug()).isFalse();
    CheckCommand check = command("check");
    assertThat(check.format).isEqualTo("text");
    assertThat(check.color).isEqualTo("auto");
    assertThat(check.minSeverity).isEqualTo("info");
    assertThat(check.schemaDirs).isEmpty();
    DiffCommand diff = command("diff");
    assertThat(diff.options.format).isEqualTo("unified");
    assertThat(diff.options.color).isEqualTo("auto");
    assertThat(diff.options.limitBytes).isNull();
    assertThat(((GraphCommand) command("graph")).format).isEqualTo("tree");
    assertThat(((GetCommand.Clusters) command("get clusters")).format).isEqualTo("table");
    KustomizeBuildCommand k = command("kustomize build");
    assertThat(k.dirs).isEmpty();
    assertThat(k.loadRestrictor).isEqualTo("LoadRestrictionsRootOnly");
  }

  @ParameterizedTest
  @MethodSource("outputSpellings")
  void anOptionValueInEverySpelling(String line) {
    BuildCommand c = command(line);
    assertThat(c.format).isEqualTo("json");
    assertThat(c.positional).isEqualTo("repo");
  }

  static Stream<String> outputSpellings() {
    return Stream.of(
        "build -o json repo",
        "build -ojson repo",
        "build -o=json repo",
        "build --output json repo",
        "build --output=json repo",
        "build repo --output=json",
        "build repo -o json");
  }

  @Test
  void afterDoubleDashEverythingIsAParameter() {
    BuildCommand c = command("build -- -o");
    assertThat(c.positional).isEqualTo("-o");
    assertThat(c.format).isEqualTo("yaml");
    KustomizeBuildCommand k = command("kustomize build -- ks --enable-helm");
    assertThat(k.dirs).containsExactly("ks", "--enable-helm");
    assertThat(k.enableHelm).isFalse();
  }

  @Test
  void buildKsAndHr() {
    BuildCommand.Ks ks = command("build ks flux-system/apps repo -r --no-helm -o json");
    assertThat(ks.name).isEqualTo("flux-system/apps");
    assertThat(ks.positional).isEqualTo("repo");
    assertThat(ks.recursive).isTrue();
    assertThat(ks.repo.noHelm).isTrue();
    assertThat(ks.format).isEqualTo("json");
    BuildCommand.Ks alias = command("build kustomization apps");
    assertThat(alias.name).isEqualTo("apps");
    assertThat(alias.recursive).isFalse();
    BuildCommand.Hr hr = command("build hr podinfo --namespace web --path repo");
    assertThat(hr.name).isEqualTo("podinfo");
    assertThat(hr.namespace).isEqualTo("web");
    assertThat(hr.repo.path).isEqualTo(Path.of("repo"));
    assertThat(((BuildCommand.Hr) command("build helmrelease x -n y")).namespace).isEqualTo("y");
  }

  @Test
  void optionsBeforeTheSubcommandGoWithIt() {
    BuildCommand.Ks ks = command("build --cluster lab -o json ks apps");
    assertThat(ks.repo.cluster).isEqualTo("lab");
    assertThat(ks.format).isEqualTo("json");
    assertThat(ks.name).isEqualTo("apps");
  }

  @Test
  void anOptionValueThatNamesASubcommandIsAValue() {
    BuildCommand c = command("build --cluster ks");
    assertThat(c.repo.cluster).isEqualTo("ks");
  }

  @Test
  void debugAnywhere() {
    assertThat(parse("--debug build").debug()).isTrue();
    assertThat(parse("build --debug").debug()).isTrue();
    assertThat(parse("--debug build ks apps --debug").debug()).isTrue();
    assertThat(parse("diff hr x --debug").debug()).isTrue();
    assertThat(parse("get --debug ks").debug()).isTrue();
    assertThat(parse("kustomize build . --debug").debug()).isTrue();
    assertThat(parse("help --debug build").debug()).isTrue();
    assertThat(parse("--debug").debug()).isTrue();
  }

  @Test
  void getListings() {
    GetCommand.Kustomizations ks = command("get ks repo -o json");
    assertThat(ks.positional).isEqualTo("repo");
    assertThat(ks.format).isEqualTo("json");
    assertThat(parse("get kustomizations").command()).isInstanceOf(GetCommand.Kustomizations.class);
    assertThat(parse("get kustomization").command()).isInstanceOf(GetCommand.Kustomizations.class);
    assertThat(parse("get hr").command()).isInstanceOf(GetCommand.HelmReleases.class);
    assertThat(parse("get helmreleases").command()).isInstanceOf(GetCommand.HelmReleases.class);
    assertThat(parse("get helmrelease").command()).isInstanceOf(GetCommand.HelmReleases.class);
    assertThat(parse("get source").command()).isInstanceOf(GetCommand.Sources.class);
    GetCommand.Clusters clusters = command("get cluster --cluster a -o yaml");
    assertThat(clusters.repo.cluster).isEqualTo("a");
    assertThat(clusters.format).isEqualTo("yaml");
    assertThat(parse("get").command()).isInstanceOf(GetCommand.class);
  }

  @Test
  void graph() {
    GraphCommand c = command("graph repo -o mermaid --cluster lab");
    assertThat(c.positional).isEqualTo("repo");
    assertThat(c.format).isEqualTo("mermaid");
    assertThat(c.repo.cluster).isEqualTo("lab");
  }

  @Test
  void check() {
    CheckCommand c =
        command(
            "check repo -o sarif --config c.yaml --schema-dir s1 --schema-dir s2 --color never"
                + " --min-severity warning --list-rules --explain schema --kube-version 1.31.0");
    assertThat(c.positional).isEqualTo("repo");
    assertThat(c.format).isEqualTo("sarif");
    assertThat(c.config).isEqualTo(Path.of("c.yaml"));
    assertThat(c.schemaDirs).containsExactly(Path.of("s1"), Path.of("s2"));
    assertThat(c.color).isEqualTo("never");
    assertThat(c.minSeverity).isEqualTo("warning");
    assertThat(c.listRules).isTrue();
    assertThat(c.explain).isEqualTo("schema");
    assertThat(c.repo.kubeVersion).isEqualTo("1.31.0");
  }

  @Test
  void diff() {
    DiffCommand c =
        command(
            "diff repo --base origin/main --head HEAD -o markdown --limit-bytes 1000 --color"
                + " always --no-helm");
    assertThat(c.positional).isEqualTo("repo");
    assertThat(c.options.base).isEqualTo("origin/main");
    assertThat(c.options.head).isEqualTo("HEAD");
    assertThat(c.options.format).isEqualTo("markdown");
    assertThat(c.options.limitBytes).isEqualTo(1000L);
    assertThat(c.options.color).isEqualTo("always");
    assertThat(c.repo.noHelm).isTrue();
    DiffCommand.Ks ks = command("diff --base HEAD~1 ks flux-system/apps repo -r");
    assertThat(ks.name).isEqualTo("flux-system/apps");
    assertThat(ks.positional).isEqualTo("repo");
    assertThat(ks.recursive).isTrue();
    assertThat(ks.options.base).isEqualTo("HEAD~1");
    assertThat(ks.selection())
        .usingRecursiveComparison()
        .isEqualTo(DiffSelection.kustomization("flux-system/apps", true));
    DiffCommand.Hr hr = command("diff hr podinfo -n web --base main");
    assertThat(hr.selection())
        .usingRecursiveComparison()
        .isEqualTo(DiffSelection.helmRelease("web/podinfo"));
    DiffCommand.All all = command("diff all repo --base main --limit-bytes=5");
    assertThat(all.positional).isEqualTo("repo");
    assertThat(all.options.limitBytes).isEqualTo(5L);
    assertThat(all.selection()).usingRecursiveComparison().isEqualTo(DiffSelection.all());
  }

  @Test
  void kustomizeBuild() {
    KustomizeBuildCommand c =
        command(
            "kustomize build a b/ c --output-dir out -o one.yaml --load-restrictor"
                + " LoadRestrictionsNone --enable-helm");
    assertThat(c.dirs).containsExactly("a", "b/", "c");
    assertThat(c.outputDir).isEqualTo(Path.of("out"));
    assertThat(c.output).isEqualTo(Path.of("one.yaml"));
    assertThat(c.loadRestrictor).isEqualTo("LoadRestrictionsNone");
    assertThat(c.enableHelm).isTrue();
  }

  @Test
  void helpAndVersionAreAskedFor() {
    assertThat(parse("").action()).isEqualTo(Cli.Action.RUN);
    assertThat(parse("").command()).isInstanceOf(HopsCommand.class);
    assertThat(parse("--version").action()).isEqualTo(Cli.Action.VERSION);
    assertThat(parse("-V build").action()).isEqualTo(Cli.Action.VERSION);
    Cli.Invocation help = parse("build ks -h");
    assertThat(help.action()).isEqualTo(Cli.Action.HELP);
    assertThat(help.commandPath()).isEqualTo("hops build ks");
    assertThat(parse("diff --help").commandPath()).isEqualTo("hops diff");
    assertThat(parse("build --no-such-option --help").action()).isEqualTo(Cli.Action.HELP);
    assertThat(parse("build ks --help").action()).isEqualTo(Cli.Action.HELP);
    HelpCommand h = command("help build ks");
    assertThat(h.names).containsExactly("build", "ks");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrorsExitTwoWithTheMessage(String line, String message) {
    CliRun run = CliRun.of(line.split(" "));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "hops: "
                + message
                + "\nRun 'hops --help' (or the subcommand with --help) for usage.\n");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of("build --no-such-option", "Unknown option: '--no-such-option'"),
        Arguments.of("--no-helm build", "Unknown option: '--no-helm'"),
        Arguments.of("build -x", "Unknown option: '-x'"),
        Arguments.of("build -V", "Unknown option: '-V'"),
        Arguments.of("build --no-helm=true", "Unknown option: '--no-helm=true'"),
        Arguments.of("build -r ks apps", "Unknown option: '-r'"),
        Arguments.of("build -o", "Missing required parameter for option '--output' (FORMAT)"),
        Arguments.of(
            "diff --base --no-helm", "Missing required parameter for option '--base' (REV)"),
        Arguments.of("build a b", "Unmatched argument: 'b'"),
        Arguments.of("graph a b c", "Unmatched arguments: 'b', 'c'"),
        Arguments.of("build ks apps repo extra", "Unmatched argument: 'extra'"),
        Arguments.of(
            "build repo ks apps",
            "Unmatched arguments: 'ks', 'apps' (a subcommand comes before the repository:"
                + " 'hops build ks ... REPO')"),
        Arguments.of("build ks", "Missing required parameter: 'NAME'"),
        Arguments.of("diff hr -n web", "Missing required parameter: 'NAME'"),
        Arguments.of(
            "diff --limit-bytes many",
            "Invalid value for option '--limit-bytes': 'many' is not a long"),
        Arguments.of(
            "build -o json --output yaml",
            "option '--output' (FORMAT) should be specified only once"),
        Arguments.of(
            "check --no-helm --no-helm", "option '--no-helm' should be specified only once"),
        Arguments.of(
            "frobnicate",
            "Unknown command: 'hops frobnicate' (commands: build, get, graph, check, diff,"
                + " kustomize, help)"),
        Arguments.of(
            "get releases",
            "Unknown command: 'hops get releases' (commands: ks, hr, sources," + " clusters)"),
        Arguments.of("help frobnicate", "Unknown subcommand 'frobnicate' of 'hops'."),
        Arguments.of("help build frobnicate", "Unknown subcommand 'frobnicate' of 'hops build'."),
        Arguments.of("kustomize build a b", "several directories need --output-dir"),
        Arguments.of(
            "kustomize build --load-restrictor all",
            "invalid --load-restrictor 'all': use LoadRestrictionsRootOnly or"
                + " LoadRestrictionsNone"));
  }

  @Test
  void anInvalidPathIsAUsageError() {
    CliRun run = CliRun.of("build", "--path", "a\0b");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("hops: Invalid value for option '--path': 'a");
  }

  @Test
  void repeatedDebugIsFine() {
    assertThat(parse("--debug build --debug").debug()).isTrue();
  }

  @Test
  void versionAtTheRoot() {
    CliRun run = CliRun.of("-V");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(String.join("\n", HopsCommand.versionLines()) + "\n");
    assertThat(CliRun.of("--debug", "--version").out()).isEqualTo(run.out());
  }

  /** Every command of the tree, as the words that name it. */
  static Stream<String> commandPaths() {
    return paths(new HopsCommand(), "").stream();
  }

  private static List<String> paths(Command command, String prefix) {
    List<String> out = new java.util.ArrayList<>(List.of(prefix));
    for (Command sub : command.subcommands()) {
      out.addAll(paths(sub, (prefix + " " + sub.name()).strip()));
    }
    return out;
  }

  @ParameterizedTest(name = "hops {0} --help")
  @MethodSource("commandPaths")
  void helpListsEveryOptionParameterAndSubcommand(String path) {
    Command command = parse((path + " --help").strip()).command();
    CliRun run = CliRun.of(words(path, "--help"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    String out = run.out();
    assertThat(out).startsWith("Usage: " + ("hops " + path).strip() + " ");
    for (org.apache.commons.cli.Option o : Cli.options(command).getOptions()) {
      String name = "--" + o.getLongOpt() + (o.hasArg() ? "=" + o.getArgName() : "");
      assertThat(out).contains(o.getOpt() != null ? "-" + o.getOpt() + ", " + name : name);
      assertThat(squeeze(out)).contains(o.getDescription());
    }
    for (Param p : command.params()) {
      assertThat(out).contains("  " + p.synopsis() + " ");
      assertThat(squeeze(out)).contains(p.description());
    }
    for (Command sub : command.subcommands()) {
      assertThat(out).contains("  " + sub.name());
      assertThat(squeeze(out)).contains(sub.description().getFirst());
    }
    command.description().forEach(line -> assertThat(squeeze(out)).contains(line));
    assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @ParameterizedTest(name = "hops help {0}")
  @MethodSource("commandPaths")
  void helpCommandEqualsHelpOption(String path) {
    CliRun help = CliRun.of(words("help " + path, ""));
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).isEqualTo(CliRun.of(words(path, "--help")).out());
    assertThat(CliRun.of(words(path, "-h")).out()).isEqualTo(help.out());
  }

  @Test
  void aCommandWithoutItsSubcommandPrintsItsHelp() {
    assertThat(CliRun.of("get").out()).isEqualTo(CliRun.of("get", "--help").out());
    assertThat(CliRun.of("kustomize").out()).isEqualTo(CliRun.of("help", "kustomize").out());
    assertThat(CliRun.of().out()).isEqualTo(CliRun.of("--help").out());
    assertThat(CliRun.of("help").out()).isEqualTo(CliRun.of("--help").out());
  }

  private static String[] words(String path, String last) {
    return (path + " " + last).strip().isEmpty()
        ? new String[0]
        : (path + " " + last).strip().split(" ");
  }

  /** The text with its line breaks and indentation as single spaces, to find wrapped sentences. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
