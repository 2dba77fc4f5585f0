package dev.hops.cli;

import java.util.List;

/** {@code hops kustomize}: the kustomize engine on its own. */
final class KustomizeCommand implements Command {

  @Override
  public String name() {
    return "kustomize";
  }

  @Override
  public List<String> description() {
    return List.of("Build kustomizations exactly as kustomize v5.5 does.");
  }

  @Override
  public List<Command> subcommands() {
    return List.of(new KustomizeBuildCommand());
  }

  /** Without a subcommand: the help. */
  @Override
  public int run(Console console) {
    Help.print(console.out(), "hops kustomize", this);
    return 0;
  }
}
