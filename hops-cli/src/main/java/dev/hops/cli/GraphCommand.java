package dev.hops.cli;

import dev.hops.flux.RenderResult;
import dev.hops.flux.graph.DependencyGraph;
import java.util.List;
import org.apache.commons.cli.Options;

/** {@code hops graph [REPO]}: the Kustomizations and HelmReleases and their dependsOn. */
final class GraphCommand implements Command {

  RepoOptions repo = new RepoOptions();

  String positional;

  String format = "tree";

  @Override
  public String name() {
    return "graph";
  }

  @Override
  public List<String> description() {
    return List.of(
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
            + " warnings (a target that may come from an unrendered source) do not fail.");
  }

  @Override
  public Options options() {
    return RepoOptions.addTo(new Options())
        .addOption(Cli.value("o", "output", "FORMAT", "tree (default), waves, mermaid or dot."));
  }

  /** The options as declared: the repository's, then the output. */
  @Override
  public boolean sortOptions() {
    return false;
  }

  @Override
  public List<Param> params() {
    return List.of(RepoOptions.PARAM);
  }

  @Override
  public void set(Args args) {
    repo = RepoOptions.of(args);
    positional = args.param(0);
    format = args.string("output", "tree");
  }

  @Override
  public int run(Console console) {
    GraphOutput output = GraphOutput.named(format);
    RenderResult result = Repository.render(repo, positional, console);
    List<DependencyGraph> graphs = DependencyGraph.of(result);
    output.print(console.out(), graphs);
    console.out().flush();
    int rendered = RenderReport.print(console.err(), result, RenderReport.all(result));
    int found = GraphReport.print(console.err(), graphs);
    return Math.max(rendered, found);
  }
}
