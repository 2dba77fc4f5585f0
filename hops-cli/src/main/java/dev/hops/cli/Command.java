package dev.hops.cli;

import java.util.List;
import org.apache.commons.cli.Options;

/**
 * A command of the {@code hops} tree as {@link Cli} and {@link Help} see it: its names, help text,
 * options, positional parameters and subcommands, and how it runs. Commands are made cheaply (their
 * constructors do no work); only the command a command line names is asked for its options.
 */
interface Command {

  String name();

  default List<String> aliases() {
    return List.of();
  }

  /** The description, one paragraph a line; the first line is what the parent's help lists. */
  List<String> description();

  /** The command's own options; {@link Cli} adds {@code --help} and {@code --debug}. */
  default Options options() {
    return new Options();
  }

  /** The positional parameters in order: the required ones first; only the last may repeat. */
  default List<Param> params() {
    return List.of();
  }

  default List<Command> subcommands() {
    return List.of();
  }

  /** Whether the help lists the options by name (else in the order they are declared). */
  default boolean sortOptions() {
    return true;
  }

  /** Sets the command's fields from a parsed command line. */
  default void set(Args args) {}

  /** Runs the command; returns the exit code. */
  int run(Console console) throws Exception;
}
