package dev.hops.cli;

import picocli.CommandLine;

/** The {@code hops} command. */
public final class Main {

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private Main() {}

  public static void main(String[] args) {
    Trace.mark("main");
    System.exit(run(args, new Console()));
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
    return run(args, console, CommandLine.defaultFactory());
  }

  /** Runs a command line whose commands {@code factory} makes (tests give them their parts). */
  static int run(String[] args, Console console, CommandLine.IFactory factory) {
    String asked = firstWord(args);
    // No option is a java.time or java.sql type: skip picocli's reflective look-up of their
    // converters, a tenth of a run's allocation at start-up (for every command object it builds).
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
    }
    CommandLine cli = new CommandLine(new HopsCommand(console), factory);
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
