package dev.hops.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload the launcher trains a command's ahead-of-time cache on (JEP 483/514): that command
 * run over every bundled example, in one JVM, so that the classes and call sites a real repository
 * needs are in the cache. The launcher keeps one cache per command because the JVM loads every
 * class of a cache at start-up: the cache {@code hops build} starts with holds no Git nor CEL
 * classes. Usage: {@code StartupTraining build|check|diff EXAMPLES_DIR}.
 */
public final class StartupTraining {

  /** The Flux repositories under {@code examples/}. */
  private static final List<String> REPOSITORIES = List.of("home-ops", "talos-gitops", "platform");

  private StartupTraining() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: StartupTraining build|check|diff EXAMPLES_DIR");
      System.exit(2);
    }
    for (String[] line : commandLines(args[0], Path.of(args[1]))) {
      Main.run(line, new Console());
    }
    System.exit(0);
  }

  /** The command lines a command's cache is trained on. */
  static List<String[]> commandLines(String command, Path examples) {
    List<String[]> lines = new ArrayList<>();
    for (String name : REPOSITORIES) {
      Path repo = examples.resolve(name);
      if (!Files.isDirectory(repo)) {
        continue;
      }
      String dir = repo.toString();
      switch (command) {
        case "check" -> lines.add(new String[] {"check", dir});
        case "diff" -> lines.add(new String[] {"diff", dir, "--base", "HEAD"});
        default -> {
          lines.add(new String[] {"build", dir});
          lines.add(new String[] {"get", "ks", dir});
          lines.add(new String[] {"graph", dir});
        }
      }
    }
    Path kustomize = examples.resolve("kustomize/overlays");
    if (command.equals("build") && Files.isDirectory(kustomize)) {
      try (var overlays = Files.list(kustomize)) {
        overlays
            .filter(Files::isDirectory)
            .forEach(o -> lines.add(new String[] {"kustomize", "build", o.toString()}));
      } catch (java.io.IOException e) {
        // the overlays are an extra: the cache is made from the rest
      }
    }
    return lines;
  }
}
