package dev.hops.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command: global options. Its subcommands are in {@link #SUBCOMMANDS}; {@link Main}
 * registers only the one a command line asks for, since building picocli's model of every command
 * costs a good part of the start-up time.
 */
@Command(
    name = "hops",
    mixinStandardHelpOptions = true,
    versionProvider = HopsCommand.Version.class,
    description = "Hops: render, check and diff Flux repositories without a cluster.")
public final class HopsCommand implements Runnable {

  /** The subcommands, in the order --help lists them. */
  static final java.util.SequencedMap<String, Class<?>> SUBCOMMANDS =
      new java.util.LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("build", BuildCommand.class);
    SUBCOMMANDS.put("get", GetCommand.class);
    SUBCOMMANDS.put("graph", GraphCommand.class);
    SUBCOMMANDS.put("check", CheckCommand.class);
    SUBCOMMANDS.put("diff", DiffCommand.class);
    SUBCOMMANDS.put("kustomize", KustomizeCommand.class);
  }

  private final Console console;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public HopsCommand(Console console) {
    this.console = console;
  }

  public Console console() {
    return console;
  }

  /** The console of the root command above {@code spec}. */
  static Console console(CommandLine.Model.CommandSpec spec) {
    CommandLine.Model.CommandSpec s = spec;
    while (s.parent() != null) {
      s = s.parent();
    }
    return ((HopsCommand) s.userObject()).console();
  }

  @Option(
      names = "--debug",
      description = "Print stack traces on errors.",
      scope = CommandLine.ScopeType.INHERIT)
  void setDebug(boolean debug) {
    console.setDebug(debug);
  }

  @Override
  public void run() {
    spec.commandLine().usage(console.out());
  }

  /** The version of Hops from the build, or "unknown". */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hops " + version(), "kustomize compatibility: v5.5.0 (kyaml v0.18.1)"};
    }
  }
}
