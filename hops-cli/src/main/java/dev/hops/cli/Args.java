package dev.hops.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;

/**
 * A parsed command line as the commands' fields want it: options by long name, converted to paths
 * and numbers here (and only here), and the positional parameters.
 */
final class Args {

  private final CommandLine line;

  Args(CommandLine line) {
    this.line = line;
  }

  boolean flag(String name) {
    return line.hasOption(name);
  }

  /** The option's value, or null when it is not given. */
  String string(String name) {
    return line.getOptionValue(name);
  }

  String string(String name, String fallback) {
    return line.getOptionValue(name, fallback);
  }

  /** Every value of a repeated option, in order; a list the command may change. */
  List<String> strings(String name) {
    String[] values = line.getOptionValues(name);
    return values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  Path path(String name) {
    String value = string(name);
    return value == null ? null : toPath(name, value);
  }

  List<Path> paths(String name) {
    List<Path> out = new ArrayList<>();
    strings(name).forEach(v -> out.add(toPath(name, v)));
    return out;
  }

  Long longValue(String name) {
    String value = string(name);
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw invalid(name, "'" + value + "' is not a long");
    }
  }

  /** The positional parameter at {@code index}, or null when there are fewer. */
  String param(int index) {
    List<String> params = line.getArgList();
    return index < params.size() ? params.get(index) : null;
  }

  /** Every positional parameter; a list the command may change. */
  List<String> params() {
    return new ArrayList<>(line.getArgList());
  }

  private static Path toPath(String name, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw invalid(name, "'" + value + "' is not a path (" + e.getReason() + ")");
    }
  }

  private static UsageException invalid(String name, String why) {
    return new UsageException("Invalid value for option '--" + name + "': " + why);
  }
}
