package dev.hops.cli;

import picocli.CommandLine;

/** The {@code hops} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Trace.mark("main");
    System.exit(run(args, new Console()));
  }

  /** Warms the engine up on a spare core while picocli builds its model and parses. */
  private static void warmUpInBackground() {
    Thread t =
        new Thread(
            () -> {
              try {
                dev.hops.flux.FluxRenderer.warmUp();
              } catch (RuntimeException | Error e) {
                // only a warm-up: the real work reports its own errors
              }
            },
            "hops-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** The subcommand a command line names, or null when it names none that is known (help, -h). */
  private static String firstWord(String[] args) {
    for (String a : args) {
      if (a.equals("--debug")) {
        continue;
      }
      return HopsCommand.SUBCOMMANDS.containsKey(a) ? a : null;
    }
    return null;
  }

  /** Runs a command line; returns the exit code. Used by tests with a captured console. */
  public static int run(String[] args, Console console) {
    String asked = firstWord(args);
    if (asked != null) {
      warmUpInBackground();
    }
    CommandLine cli = new CommandLine(new HopsCommand(console));
    for (java.util.Map.Entry<String, Class<?>> e : HopsCommand.SUBCOMMANDS.entrySet()) {
      if (asked == null || asked.equals(e.getKey())) {
        cli.addSubcommand(e.getKey(), e.getValue());
      }
    }
    if (asked == null || cli.getSubcommands().isEmpty()) {
      cli.addSubcommand("help", new CommandLine.HelpCommand());
    }
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
