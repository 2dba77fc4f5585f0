package dev.hops.cli;

import dev.hops.diff.DiffResult;
import dev.hops.diff.ObjectDiff;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hops diff [ks NAME | hr NAME | all] [REPO] --base REV [--head REV]}: what a change does to
 * the objects Flux applies, both revisions read from Git and rendered.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Render two revisions of a Flux repository, read from Git (no checkout), and show what"
          + " changes in the objects Flux would apply, grouped by the Kustomization or"
          + " HelmRelease that applies them. Secret values are masked.",
      "Exit 0 without changes, 1 with changes, 2 for errors."
    },
    subcommands = {DiffCommand.Ks.class, DiffCommand.Hr.class, DiffCommand.All.class})
final class DiffCommand implements Callable<Integer> {

  private final DiffEngine engine;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RepoOptions repo;

  @Mixin DiffOptions options;

  @Parameters(arity = "0..1", paramLabel = "REPO", description = "The repository (default: .)")
  String positional;

  /** The command as {@code hops} runs it. */
  DiffCommand() {
    this(new DiffEngine(ObjectDiff::compare, DiffCommand::print));
  }

  /** The command with a given comparison and output (tests). */
  DiffCommand(DiffEngine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    return run(spec, repo, options, positional, DiffSelection.all());
  }

  private int run(
      CommandLine.Model.CommandSpec spec,
      RepoOptions repo,
      DiffOptions options,
      String positional,
      DiffSelection selection) {
    Console console = HopsCommand.console(spec);
    return new DiffRun(engine, console).run(repo, options, positional, selection);
  }

  /** Prints a diff in one of the formats of {@link DiffOutput}. */
  static void print(
      java.io.PrintWriter out, DiffResult result, String format, boolean color, long limitBytes) {
    DiffOutput.named(format, color, limitBytes)
        .print(
            out,
            new DiffReport(
                result.changes(),
                result.reach(),
                ObjectDiff.notCompared(result.baseRender(), result.headRender()),
                result.base().toString(),
                result.head().toString()));
  }

  /** What {@code diff ks}, {@code diff hr} and {@code diff all} share. */
  abstract static class Selected implements Callable<Integer> {

    @ParentCommand DiffCommand parent;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin RepoOptions repo;

    @Mixin DiffOptions options;

    abstract String positional();

    abstract DiffSelection selection();

    @Override
    public Integer call() {
      return parent.run(spec, repo, options, positional(), selection());
    }
  }

  /** {@code hops diff ks NAME [REPO]}. */
  @Command(
      name = "ks",
      aliases = {"kustomization"},
      mixinStandardHelpOptions = true,
      description =
          "The changes of one Flux Kustomization (NAME or NAMESPACE/NAME): the objects it"
              + " applies, its HelmReleases' output, and the Kustomization itself.")
  static final class Ks extends Selected {

    @Parameters(index = "0", paramLabel = "NAME", description = "NAME or NAMESPACE/NAME")
    String name;

    @Parameters(
        index = "1",
        arity = "0..1",
        paramLabel = "REPO",
        description = "The repository (default: .)")
    String positional;

    @Option(
        names = {"-r", "--recursive"},
        description = "Also the Kustomizations it creates, down to the leaves.")
    boolean recursive;

    @Override
    String positional() {
      return positional;
    }

    @Override
    DiffSelection selection() {
      return DiffSelection.kustomization(name, recursive);
    }
  }

  /** {@code hops diff hr NAME [-n NAMESPACE] [REPO]}. */
  @Command(
      name = "hr",
      aliases = {"helmrelease"},
      mixinStandardHelpOptions = true,
      description =
          "The changes of one HelmRelease (NAME or NAMESPACE/NAME): its chart's output and the"
              + " HelmRelease itself.")
  static final class Hr extends Selected {

    @Parameters(index = "0", paramLabel = "NAME", description = "NAME or NAMESPACE/NAME")
    String name;

    @Parameters(
        index = "1",
        arity = "0..1",
        paramLabel = "REPO",
        description = "The repository (default: .)")
    String positional;

    @Option(
        names = {"-n", "--namespace"},
        paramLabel = "NAMESPACE",
        description = "The HelmRelease's namespace (default: any).")
    String namespace;

    @Override
    String positional() {
      return positional;
    }

    @Override
    DiffSelection selection() {
      return DiffSelection.helmRelease(namespace == null ? name : namespace + "/" + name);
    }
  }

  /** {@code hops diff all [REPO]}: the same as {@code hops diff [REPO]}. */
  @Command(
      name = "all",
      mixinStandardHelpOptions = true,
      description = "Every change (the default).")
  static final class All extends Selected {

    @Parameters(arity = "0..1", paramLabel = "REPO", description = "The repository (default: .)")
    String positional;

    @Override
    String positional() {
      return positional;
    }

    @Override
    DiffSelection selection() {
      return DiffSelection.all();
    }
  }
}
