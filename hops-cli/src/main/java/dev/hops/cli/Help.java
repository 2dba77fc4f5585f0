package dev.hops.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.cli.Option;

/**
 * The help of a command, at 80 columns: the synopsis, the description, the parameters, the options
 * with their labels, and the subcommands with the first line of their description. (commons-cli's
 * formatters know no subcommands nor positional parameters.)
 */
final class Help {

  private static final int WIDTH = 80;

  /** Where descriptions of parameters and options start, unless all names are shorter. */
  private static final int COLUMN = 28;

  private Help() {}

  static void print(PrintWriter out, String commandPath, Command command) {
    List<Option> options = new ArrayList<>(Cli.options(command).getOptions());
    if (command.sortOptions()) {
      options.sort(Comparator.comparing(Help::sortKey));
    }
    List<Param> params = command.params();
    List<Command> subcommands = command.subcommands();
    synopsis(out, commandPath, options, params, !subcommands.isEmpty());
    List<String> description = new ArrayList<>(command.description());
    while (!description.isEmpty() && description.getLast().isEmpty()) {
      description.removeLast();
    }
    out.println();
    description.forEach(line -> wrap(out, line, 0, 0));
    List<String[]> paramRows = new ArrayList<>();
    params.forEach(p -> paramRows.add(new String[] {"  " + p.synopsis(), p.description()}));
    List<String[]> optionRows = new ArrayList<>();
    options.forEach(o -> optionRows.add(new String[] {optionName(o), o.getDescription()}));
    int column = column(paramRows, optionRows);
    table(out, "Parameters:", paramRows, column);
    table(out, "Options:", optionRows, column);
    List<String[]> commandRows = new ArrayList<>();
    int names = 0;
    for (Command c : subcommands) {
      List<String> all = new ArrayList<>(List.of(c.name()));
      all.addAll(c.aliases());
      String left = "  " + String.join(", ", all);
      commandRows.add(new String[] {left, c.description().getFirst()});
      names = Math.max(names, left.length());
    }
    table(out, "Commands:", commandRows, names + 2);
    out.flush();
  }

  /** Options by name: the short one if any, else the long one, ignoring case. */
  private static String sortKey(Option o) {
    return (o.getOpt() != null ? o.getOpt() : o.getLongOpt()).toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code -o, --output=FORMAT} or {@code --path=REPO}. */
  private static String optionName(Option o) {
    String name =
        o.getOpt() == null
            ? "      --" + o.getLongOpt()
            : "  -" + o.getOpt() + (o.hasLongOpt() ? ", --" + o.getLongOpt() : "");
    return o.hasArg() ? name + "=" + o.getArgName() : name;
  }

  /**
   * {@code Usage: hops build [-h] [--debug] [--no-helm] [--cluster=NAME] [--values=FILE]... [REPO]
   * [COMMAND]}: short flags, long flags, options with a value, repeated options, parameters.
   */
  private static void synopsis(
      PrintWriter out,
      String commandPath,
      List<Option> options,
      List<Param> params,
      boolean hasSubcommands) {
    List<Option> byName = new ArrayList<>(options);
    byName.sort(Comparator.comparing(Help::sortKey));
    StringBuilder shortFlags = new StringBuilder();
    List<String> words = new ArrayList<>();
    List<String> longFlags = new ArrayList<>();
    List<String> once = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    for (Option o : byName) {
      String name = o.getOpt() != null ? "-" + o.getOpt() : "--" + o.getLongOpt();
      if (!o.hasArg() && o.getOpt() != null) {
        shortFlags.append(o.getOpt());
      } else if (!o.hasArg()) {
        longFlags.add("[" + name + "]");
      } else if (Cli.isRepeated(o)) {
        repeated.add("[" + name + "=" + o.getArgName() + "]...");
      } else {
        once.add("[" + name + "=" + o.getArgName() + "]");
      }
    }
    if (!shortFlags.isEmpty()) {
      words.add("[-" + shortFlags + "]");
    }
    words.addAll(longFlags);
    words.addAll(once);
    words.addAll(repeated);
    params.forEach(p -> words.add(p.synopsis()));
    if (hasSubcommands) {
      words.add("[COMMAND]");
    }
    String head = "Usage: " + commandPath;
    wrap(out, head + " " + String.join(" ", words), head.length() + 1, head.length() + 1);
  }

  /** The column where descriptions start: after the longest name that leaves room for them. */
  private static int column(List<String[]> params, List<String[]> options) {
    int longest = 0;
    for (List<String[]> rows : List.of(params, options)) {
      for (String[] row : rows) {
        if (row[0].length() <= COLUMN - 2) {
          longest = Math.max(longest, row[0].length());
        }
      }
    }
    return Math.min(COLUMN, longest + 2);
  }

  /** A titled section of names and descriptions; a name too long has its description below. */
  private static void table(PrintWriter out, String title, List<String[]> rows, int column) {
    if (rows.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    for (String[] row : rows) {
      String left = row[0];
      if (left.length() > column - 2) {
        out.println(left);
        left = "";
      }
      wrap(out, left + " ".repeat(column - left.length()) + row[1], column, column + 2);
    }
  }

  /**
   * Prints {@code text} in lines of at most {@link #WIDTH} columns, broken at spaces after column
   * {@code first} (what comes before is a fixed prefix); lines after the first start at column
   * {@code indent}.
   */
  private static void wrap(PrintWriter out, String text, int first, int indent) {
    StringBuilder line = new StringBuilder(text.substring(0, first));
    int start = first;
    for (String word : text.substring(first).split(" ")) {
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line.setLength(0);
        line.append(" ".repeat(indent));
        start = indent;
      } else if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    out.println(line);
  }
}
