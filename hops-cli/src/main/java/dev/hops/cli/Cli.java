package dev.hops.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * Parses a command line against the tree of {@link Command}s with commons-cli, which knows options
 * but no subcommands: the first word after a command's options that names one of its subcommands
 * selects it, and the options before that word go with the subcommand (which has all of its
 * parent's options). Every command takes {@code --help} and {@code --debug}.
 */
final class Cli {

  /** What a command line asks for. */
  enum Action {
    RUN,
    HELP,
    VERSION
  }

  /** A parsed command line: the commands from the root down (fields set), what to do, --debug. */
  record Invocation(List<Command> path, Action action, boolean debug) {

    Invocation {
      path = List.copyOf(path);
    }

    Command command() {
      return path.getLast();
    }

    /** The command's names from the root down, e.g. {@code hops build ks}. */
    String commandPath() {
      return path.stream().map(Command::name).collect(Collectors.joining(" "));
    }
  }

  private Cli() {}

  /** A flag; {@code shortName} may be null. */
  static Option flag(String shortName, String longName, String description) {
    return Option.builder(shortName).longOpt(longName).desc(description).get();
  }

  /** An option with one value, given once at most; {@code shortName} may be null. */
  static Option value(String shortName, String longName, String label, String description) {
    return Option.builder(shortName)
        .longOpt(longName)
        .hasArg()
        .argName(label)
        .desc(description)
        .get();
  }

  /**
   * An option that may be given several times, one value each. commons-cli has no such notion (its
   * multi-valued options take several words after one name); the List type marks it, since Hops
   * converts values itself ({@link Args}) and never asks commons-cli to.
   */
  static Option repeated(String longName, String label, String description) {
    return Option.builder()
        .longOpt(longName)
        .hasArg()
        .argName(label)
        .type(List.class)
        .desc(description)
        .get();
  }

  static boolean isRepeated(Option option) {
    return option.getType() == List.class;
  }

  /** The command's options with those every command has. */
  static Options options(Command command) {
    Options options = command.options();
    options.addOption(flag("h", "help", "Show this help message and exit."));
    options.addOption(flag(null, "debug", "Print stack traces on errors."));
    return options;
  }

  /** Parses {@code args}; the command it names has its fields set. */
  static Invocation parse(Command root, String... args) {
    List<Command> path = new ArrayList<>(List.of(root));
    List<String> tokens = List.of(args);
    while (true) {
      Command command = path.getLast();
      Options options = options(command);
      List<Command> subcommands = command.subcommands();
      if (!subcommands.isEmpty()) {
        CommandLine head = parse(options, tokens, true);
        if (head == null || head.hasOption("help") || head.hasOption("version")) {
          return early(path, head);
        }
        int at = tokens.size() - head.getArgList().size();
        Command sub = at < tokens.size() ? subcommandAt(subcommands, tokens, at, head) : null;
        if (sub != null) {
          List<String> rest = new ArrayList<>(tokens.subList(0, at));
          rest.addAll(tokens.subList(at + 1, tokens.size()));
          tokens = rest;
          path.add(sub);
          continue;
        }
      }
      CommandLine line = parse(options, tokens, false);
      if (line == null || line.hasOption("help") || line.hasOption("version")) {
        return early(path, line);
      }
      checkOnce(line);
      checkParams(path, line.getArgList());
      command.set(new Args(line));
      return new Invocation(path, Action.RUN, line.hasOption("debug"));
    }
  }

  /** The subcommand the word at {@code at} names, unless it comes after "--". */
  private static Command subcommandAt(
      List<Command> subcommands, List<String> tokens, int at, CommandLine head) {
    String word = tokens.get(at);
    if (!word.equals(head.getArgList().getFirst()) || tokens.subList(0, at).contains("--")) {
      return null;
    }
    for (Command c : subcommands) {
      if (c.name().equals(word) || c.aliases().contains(word)) {
        return c;
      }
    }
    return null;
  }

  /** --help (also when the rest does not parse) or --version. */
  private static Invocation early(List<Command> path, CommandLine line) {
    boolean debug = line != null && line.hasOption("debug");
    Action action = line != null && line.hasOption("version") ? Action.VERSION : Action.HELP;
    return new Invocation(path, action, debug);
  }

  /**
   * The parsed options, or null when they do not parse but --help is asked for. With {@code
   * stopAtWord}, parsing stops at the first word that is neither an option nor its value.
   */
  private static CommandLine parse(Options options, List<String> tokens, boolean stopAtWord) {
    DefaultParser parser =
        DefaultParser.builder()
            .setAllowPartialMatching(false)
            .setStripLeadingAndTrailingQuotes(false)
            .get();
    try {
      return parser.parse(options, tokens.toArray(String[]::new), stopAtWord);
    } catch (ParseException e) {
      if (asksForHelp(tokens)) {
        return null;
      }
      throw new UsageException(message(e));
    }
  }

  private static boolean asksForHelp(List<String> tokens) {
    for (String t : tokens) {
      if (t.equals("--")) {
        return false;
      }
      if (t.equals("-h") || t.equals("--help")) {
        return true;
      }
    }
    return false;
  }

  private static String message(ParseException e) {
    if (e instanceof UnrecognizedOptionException u) {
      return "Unknown option: '" + u.getOption() + "'";
    }
    if (e instanceof MissingArgumentException m) {
      return "Missing required parameter for option " + display(m.getOption());
    }
    return e.getMessage();
  }

  /** {@code '--output' (FORMAT)} or {@code '--no-helm'}, as the messages name an option. */
  private static String display(Option option) {
    String name = "'" + (option.hasLongOpt() ? "--" + option.getLongOpt() : "-" + option.getOpt());
    return option.hasArg() ? name + "' (" + option.getArgName() + ")" : name + "'";
  }

  private static void checkOnce(CommandLine line) {
    Set<String> seen = new HashSet<>();
    for (Option o : line.getOptions()) {
      boolean again = !seen.add(o.getKey());
      if (again && !isRepeated(o) && !o.getKey().equals("debug") && !o.getKey().equals("h")) {
        throw new UsageException("option " + display(o) + " should be specified only once");
      }
    }
  }

  private static void checkParams(List<Command> path, List<String> given) {
    Command command = path.getLast();
    List<Param> params = command.params();
    int required = 0;
    while (required < params.size() && params.get(required).required()) {
      required++;
    }
    if (given.size() < required) {
      List<String> missing =
          params.subList(given.size(), required).stream().map(p -> "'" + p.label() + "'").toList();
      throw new UsageException(
          "Missing required parameter"
              + (missing.size() > 1 ? "s: " : ": ")
              + String.join(", ", missing));
    }
    boolean unlimited = !params.isEmpty() && params.getLast().repeated();
    if (unlimited || given.size() <= params.size()) {
      return;
    }
    List<String> extra = given.subList(params.size(), given.size());
    if (params.isEmpty() && !command.subcommands().isEmpty()) {
      String here = new Invocation(path, Action.RUN, false).commandPath();
      throw new UsageException(
          "Unknown command: '"
              + here
              + " "
              + extra.getFirst()
              + "' (commands: "
              + command.subcommands().stream().map(Command::name).collect(Collectors.joining(", "))
              + ")");
    }
    String hint = "";
    for (Command sub : command.subcommands()) {
      if (sub.name().equals(extra.getFirst()) || sub.aliases().contains(extra.getFirst())) {
        // "hops build REPO ks NAME": the subcommand comes first
        hint =
            " (a subcommand comes before the repository: '"
                + new Invocation(path, Action.RUN, false).commandPath()
                + " "
                + extra.getFirst()
                + " ... REPO')";
      }
    }
    throw new UsageException(
        "Unmatched argument"
            + (extra.size() > 1 ? "s: " : ": ")
            + extra.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "))
            + hint);
  }
}
