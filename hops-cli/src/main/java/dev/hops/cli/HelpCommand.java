package dev.hops.cli;

import java.util.ArrayList;
import java.util.List;

/** {@code hops help [COMMAND...]}: the help of a command, the same as its --help. */
final class HelpCommand implements Command {

  private final Command root;

  List<String> names = new ArrayList<>();

  HelpCommand(Command root) {
    this.root = root;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public List<String> description() {
    return List.of(
        "Display help information about the specified command.",
        "Without COMMAND, the help of hops itself; with one, that command's, as its --help shows"
            + " it.");
  }

  @Override
  public List<Param> params() {
    return List.of(
        Param.repeated("COMMAND", "The command to display the help of, e.g. build or build ks."));
  }

  @Override
  public void set(Args args) {
    names = args.params();
  }

  @Override
  public int run(Console console) {
    Command command = root;
    StringBuilder path = new StringBuilder(root.name());
    for (String name : names) {
      command = find(command, name, path.toString());
      path.append(' ').append(command.name());
    }
    Help.print(console.out(), path.toString(), command);
    return 0;
  }

  private static Command find(Command parent, String name, String parentPath) {
    for (Command c : parent.subcommands()) {
      if (c.name().equals(name) || c.aliases().contains(name)) {
        return c;
      }
    }
    throw new UsageException("Unknown subcommand '" + name + "' of '" + parentPath + "'.");
  }
}
