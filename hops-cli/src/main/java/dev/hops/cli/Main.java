package dev.hops.cli;

import picocli.CommandLine;

/** The {@code hops} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new Console()));
  }

  /** Runs a command line; returns the exit code. Used by tests with a captured console. */
  public static int run(String[] args, Console console) {
    CommandLine cli = new CommandLine(new HopsCommand(console));
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setExecutionExceptionHandler(new ErrorHandler(console));
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          console.err().println("hops: " + ex.getMessage());
          console.err().println("Run 'hops --help' (or the subcommand with --help) for usage.");
          console.err().flush();
          return 2;
        });
    int code = cli.execute(args);
    console.flush();
    return code;
  }
}
