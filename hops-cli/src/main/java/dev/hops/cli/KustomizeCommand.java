package dev.hops.cli;

import picocli.CommandLine.Command;

/** {@code hops kustomize}: the kustomize engine on its own. */
@Command(
    name = "kustomize",
    mixinStandardHelpOptions = true,
    description = "Build kustomizations exactly as kustomize v5.5 does.",
    subcommands = {KustomizeBuildCommand.class})
final class KustomizeCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
