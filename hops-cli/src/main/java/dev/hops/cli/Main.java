package dev.hops.cli;

/** The {@code hops} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Trace.mark("main");
    System.exit(run(args, new Console()));
  }

  /** Runs a command line; returns the exit code. Used by tests with a captured console. */
  public static int run(String[] args, Console console) {
    return run(args, console, new HopsCommand());
  }

  /**
   * Runs a command line against a command tree: exit 2 for a usage error, 1 for an error the
   * command raised, else the command's code.
   */
  static int run(String[] args, Console console, Command root) {
    int code;
    try {
      code = execute(Cli.parse(root, args), console);
    } catch (UsageException e) {
      console.out().flush();
      console.err().println("hops: " + e.getMessage());
      console.err().println("Run 'hops --help' (or the subcommand with --help) for usage.");
      code = 2;
    } catch (Exception e) {
      code = ErrorHandler.handle(console, e);
    }
    console.flush();
    return code;
  }

  private static int execute(Cli.Invocation invocation, Console console) throws Exception {
    console.setDebug(invocation.debug());
    return switch (invocation.action()) {
      case HELP -> {
        Help.print(console.out(), invocation.commandPath(), invocation.command());
        yield 0;
      }
      case VERSION -> {
        HopsCommand.versionLines().forEach(console.out()::println);
        yield 0;
      }
      case RUN -> invocation.command().run(console);
    };
  }
}
