package dev.hops.cli;

import dev.hops.diff.DiffResult;
import dev.hops.diff.ObjectDiff;
import java.util.List;
import org.apache.commons.cli.Options;

/**
 * {@code hops diff [ks NAME | hr NAME | all] [REPO] --base REV [--head REV]}: what a change does to
 * the objects Flux applies, both revisions read from Git and rendered.
 */
final class DiffCommand implements Command {

  /** The comparison and output; null for the real ones, made when the command runs. */
  private final DiffEngine engine;

  RepoOptions repo = new RepoOptions();

  DiffOptions options = new DiffOptions();

  String positional;

  /** The command as {@code hops} runs it. */
  DiffCommand() {
    this(null);
  }

  /** The command with a given comparison and output (tests). */
  DiffCommand(DiffEngine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public List<String> description() {
    return List.of(
        "Render two revisions of a Flux repository, read from Git (no checkout), and show what"
            + " changes in the objects Flux would apply, grouped by the Kustomization or"
            + " HelmRelease that applies them. Secret values are masked.",
        "Exit 0 without changes, 1 with changes, 2 for errors.");
  }

  @Override
  public Options options() {
    return DiffOptions.addTo(RepoOptions.addTo(new Options()));
  }

  @Override
  public List<Param> params() {
    return List.of(RepoOptions.PARAM);
  }

  @Override
  public List<Command> subcommands() {
    return List.of(new Ks(this), new Hr(this), new All(this));
  }

  @Override
  public void set(Args args) {
    repo = RepoOptions.of(args);
    options = DiffOptions.of(args);
    positional = args.param(0);
  }

  @Override
  public int run(Console console) {
    return run(console, repo, options, positional, DiffSelection.all());
  }

  private int run(
      Console console,
      RepoOptions repo,
      DiffOptions options,
      String positional,
      DiffSelection selection) {
    DiffEngine e =
        engine != null ? engine : new DiffEngine(ObjectDiff::compare, DiffCommand::print);
    return new DiffRun(e, console).run(repo, options, positional, selection);
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
  abstract static class Selected implements Command {

    private final DiffCommand parent;

    RepoOptions repo = new RepoOptions();

    DiffOptions options = new DiffOptions();

    String positional;

    Selected(DiffCommand parent) {
      this.parent = parent;
    }

    @Override
    public Options options() {
      return DiffOptions.addTo(RepoOptions.addTo(new Options()));
    }

    @Override
    public void set(Args args) {
      repo = RepoOptions.of(args);
      options = DiffOptions.of(args);
    }

    abstract DiffSelection selection();

    @Override
    public int run(Console console) {
      return parent.run(console, repo, options, positional, selection());
    }
  }

  /** What {@code diff ks} and {@code diff hr} share: the object's name before the repository. */
  abstract static class OneSelected extends Selected {

    String name;

    OneSelected(DiffCommand parent) {
      super(parent);
    }

    @Override
    public List<Param> params() {
      return List.of(BuildCommand.OneObject.NAME, RepoOptions.PARAM);
    }

    @Override
    public void set(Args args) {
      super.set(args);
      name = args.param(0);
      positional = args.param(1);
    }
  }

  /** {@code hops diff ks NAME [REPO]}. */
  static final class Ks extends OneSelected {

    boolean recursive;

    Ks(DiffCommand parent) {
      super(parent);
    }

    @Override
    public String name() {
      return "ks";
    }

    @Override
    public List<String> aliases() {
      return List.of("kustomization");
    }

    @Override
    public List<String> description() {
      return List.of(
          "The changes of one Flux Kustomization (NAME or NAMESPACE/NAME): the objects it"
              + " applies, its HelmReleases' output, and the Kustomization itself.");
    }

    @Override
    public Options options() {
      return super.options().addOption(BuildCommand.OneObject.recursive());
    }

    @Override
    public void set(Args args) {
      super.set(args);
      recursive = args.flag("recursive");
    }

    @Override
    DiffSelection selection() {
      return DiffSelection.kustomization(name, recursive);
    }
  }

  /** {@code hops diff hr NAME [-n NAMESPACE] [REPO]}. */
  static final class Hr extends OneSelected {

    String namespace;

    Hr(DiffCommand parent) {
      super(parent);
    }

    @Override
    public String name() {
      return "hr";
    }

    @Override
    public List<String> aliases() {
      return List.of("helmrelease");
    }

    @Override
    public List<String> description() {
      return List.of(
          "The changes of one HelmRelease (NAME or NAMESPACE/NAME): its chart's output and the"
              + " HelmRelease itself.");
    }

    @Override
    public Options options() {
      return super.options().addOption(BuildCommand.OneObject.namespace());
    }

    @Override
    public void set(Args args) {
      super.set(args);
      namespace = args.string("namespace");
    }

    @Override
    DiffSelection selection() {
      return DiffSelection.helmRelease(namespace == null ? name : namespace + "/" + name);
    }
  }

  /** {@code hops diff all [REPO]}: the same as {@code hops diff [REPO]}. */
  static final class All extends Selected {

    All(DiffCommand parent) {
      super(parent);
    }

    @Override
    public String name() {
      return "all";
    }

    @Override
    public List<String> description() {
      return List.of("Every change (the default).");
    }

    @Override
    public List<Param> params() {
      return List.of(RepoOptions.PARAM);
    }

    @Override
    public void set(Args args) {
      super.set(args);
      positional = args.param(0);
    }

    @Override
    DiffSelection selection() {
      return DiffSelection.all();
    }
  }
}
