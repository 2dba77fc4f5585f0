package dev.hops.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.commons.cli.Options;

/**
 * The root command: {@code --version} and the registry of commands. Run alone it prints its help.
 */
final class HopsCommand implements Command {

  private final List<Command> replacements;

  /**
   * The root; {@code replacements} stand in for the commands of the same name (tests give {@code
   * diff} their own comparison).
   */
  HopsCommand(Command... replacements) {
    this.replacements = List.of(replacements);
  }

  @Override
  public String name() {
    return "hops";
  }

  @Override
  public List<String> description() {
    return List.of("Hops: render, check and diff Flux repositories without a cluster.");
  }

  @Override
  public Options options() {
    return new Options().addOption(Cli.flag("V", "version", "Print version information and exit."));
  }

  /** The commands, in the order --help lists them. */
  @Override
  public List<Command> subcommands() {
    List<Command> commands =
        new ArrayList<>(
            List.of(
                new BuildCommand(),
                new GetCommand(),
                new GraphCommand(),
                new CheckCommand(),
                new DiffCommand(),
                new KustomizeCommand(),
                new HelpCommand(this)));
    for (Command r : replacements) {
      for (int i = 0; i < commands.size(); i++) {
        if (commands.get(i).name().equals(r.name())) {
          commands.set(i, r);
        }
      }
    }
    return commands;
  }

  @Override
  public int run(Console console) {
    Help.print(console.out(), name(), this);
    return 0;
  }

  /** What --version prints. */
  static List<String> versionLines() {
    return List.of("hops " + version(), "kustomize compatibility: v5.5.0 (kyaml v0.18.1)");
  }

  /** The version of Hops from the build, or "unknown". */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = HopsCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
