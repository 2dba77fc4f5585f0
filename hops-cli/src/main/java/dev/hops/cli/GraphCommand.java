package dev.hops.cli;

import dev.hops.flux.RenderResult;
import dev.hops.flux.graph.DependencyGraph;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hops graph [REPO]}: the Kustomizations and HelmReleases and their dependsOn. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Show the dependency graph of a Flux repository: its Kustomizations and HelmReleases, their"
          + " dependsOn, and the order Flux reconciles them in.",
      "",
      "An object waits for its dependsOn targets and for the Kustomization that applies it (it"
          + " does not exist before). Wave 0 holds a cluster's roots, wave n what waits only for"
          + " earlier waves.",
      "",
      "tree: one tree per cluster. Each object appears once, under what it waits for last (the"
          + " one in the latest wave), so its depth is its wave; its other dependencies are listed"
          + " in parentheses. Objects Flux never reconciles (cycles, missing dependencies and what"
          + " waits on them) follow under 'blocked'.",
      "waves: the objects of each wave, then the blocked ones with the reason.",
      "mermaid: a Mermaid flowchart (renders in GitHub markdown); dot: a Graphviz digraph."
          + " Solid arrows go from a dependency to its dependent, dotted ones from a Kustomization"
          + " to what it applies; blocked objects and missing targets are marked.",
      "",
      "Problems are printed to stderr, one line each (file:line: object: reason): dependsOn to"
          + " nothing or to the wrong kind, self-dependencies, cycles with their full chain."
          + " Exit 1 when there is an error (or a Kustomization failed to render), else 0;"
          + " warnings (a target that may come from an unrendered source) do not fail.",
      ""
    },
    sortOptions = false)
final class GraphCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RepoOptions repo;

  @Parameters(arity = "0..1", paramLabel = "REPO", description = "The repository (default: .)")
  String positional;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "tree",
      description = "tree (default), waves, mermaid or dot.")
  String format;

  @Override
  public Integer call() {
    GraphOutput output = GraphOutput.named(format);
    RenderResult result = Repository.render(repo, positional, HopsCommand.console(spec));
    List<DependencyGraph> graphs = DependencyGraph.of(result);
    Console console = HopsCommand.console(spec);
    output.print(console.out(), graphs);
    console.out().flush();
    int rendered = RenderReport.print(console.err(), result, RenderReport.all(result));
    int found = GraphReport.print(console.err(), graphs);
    return Math.max(rendered, found);
  }
}
