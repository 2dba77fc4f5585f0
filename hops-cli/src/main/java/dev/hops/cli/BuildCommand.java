package dev.hops.cli;

import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hops build [REPO]}: every object Flux would apply from the repository, Kustomization by
 * Kustomization; {@code hops build ks NAME [REPO]}: one Kustomization (and its children with {@code
 * --recursive}).
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Render a Flux repository offline: every object its Kustomizations would apply.",
      "Secret values are masked. Exit 1 when a Kustomization failed (one line each on stderr);"
          + " what rendered is still printed."
    },
    subcommands = {BuildCommand.Ks.class, BuildCommand.Hr.class})
final class BuildCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RepoOptions repo;

  @Parameters(arity = "0..1", paramLabel = "REPO", description = "The repository (default: .)")
  String positional;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "yaml (default) or json.")
  String format;

  @Override
  public Integer call() {
    checkFormat(format);
    Trace.mark("command");
    RenderResult result = Repository.render(repo, positional, HopsCommand.console(spec));
    Trace.mark("rendered");
    Console console = HopsCommand.console(spec);
    List<KsResult> all = RenderReport.all(result);
    List<HrResult> releases = RenderReport.releases(result);
    List<MappingNode> objects = objects(all);
    releases.forEach(h -> objects.addAll(h.objects()));
    ObjectOutput.print(console.out(), objects, format);
    Trace.mark("printed");
    int rendered = RenderReport.print(console.err(), result, all);
    int charts = RenderReport.printReleases(console.err(), result, releases);
    int graph = GraphReport.print(console.err(), DependencyGraph.of(result));
    return Math.max(Math.max(rendered, charts), graph);
  }

  static List<MappingNode> objects(List<KsResult> results) {
    List<MappingNode> out = new ArrayList<>();
    results.forEach(k -> out.addAll(k.objects()));
    return out;
  }

  static void checkFormat(String format) {
    if (!format.equals("yaml") && !format.equals("json")) {
      throw new HopsException(
          SourcePos.UNKNOWN, null, "invalid output format '" + format + "': use yaml or json");
    }
  }

  /** What {@code build ks} and {@code build hr} share: the object's name, the repository, -o. */
  abstract static class OneObject implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin RepoOptions repo;

    @Parameters(index = "0", paramLabel = "NAME", description = "NAME or NAMESPACE/NAME")
    String name;

    @Parameters(
        index = "1",
        arity = "0..1",
        paramLabel = "REPO",
        description = "The repository (default: .)")
    String positional;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FORMAT",
        defaultValue = "yaml",
        description = "yaml (default) or json.")
    String format;
  }

  /** {@code hops build ks NAME [REPO]}. */
  @Command(
      name = "ks",
      aliases = {"kustomization"},
      mixinStandardHelpOptions = true,
      description = "Render one Flux Kustomization (NAME or NAMESPACE/NAME).")
  static final class Ks extends OneObject {

    @Option(
        names = {"-r", "--recursive"},
        description = "Also the Kustomizations it creates, down to the leaves.")
    boolean recursive;

    @Override
    public Integer call() {
      checkFormat(format);
      RenderResult result = Repository.render(repo, positional, HopsCommand.console(spec));
      List<KsResult> all = RenderReport.all(result);
      List<KsResult> chosen = select(all, name, recursive);
      Console console = HopsCommand.console(spec);
      ObjectOutput.print(console.out(), objects(chosen), format);
      return RenderReport.print(console.err(), result, chosen);
    }

    static List<KsResult> select(List<KsResult> all, String name, boolean recursive) {
      List<KsResult> matches = all.stream().filter(k -> matches(k.ref(), name)).toList();
      if (matches.isEmpty()) {
        throw new HopsException(
            SourcePos.UNKNOWN,
            null,
            "no Kustomization '"
                + name
                + "' in the repository; found: "
                + String.join(
                    ", ",
                    all.stream()
                        .map(k -> k.ref().namespace() + "/" + k.ref().name())
                        .distinct()
                        .toList()));
      }
      if (!recursive) {
        return matches;
      }
      List<KsResult> out = new ArrayList<>(matches);
      Set<String> seen = new HashSet<>();
      for (KsResult m : matches) {
        seen.add(m.cluster() + " " + m.ref());
      }
      for (int i = 0; i < out.size(); i++) {
        KsResult parent = out.get(i);
        for (KsResult k : all) {
          if (parent.ref().equals(k.parent())
              && parent.cluster().equals(k.cluster())
              && seen.add(k.cluster() + " " + k.ref())) {
            out.add(k);
          }
        }
      }
      return out;
    }

    static boolean matches(ObjectRef ref, String name) {
      int slash = name.indexOf('/');
      return slash < 0
          ? ref.name().equals(name)
          : ref.namespace().equals(name.substring(0, slash))
              && ref.name().equals(name.substring(slash + 1));
    }
  }

  /** {@code hops build hr NAME [-n NAMESPACE] [REPO]}. */
  @Command(
      name = "hr",
      aliases = {"helmrelease"},
      mixinStandardHelpOptions = true,
      description = "Render one HelmRelease: the objects its chart renders with its values.")
  static final class Hr extends OneObject {

    @Option(
        names = {"-n", "--namespace"},
        paramLabel = "NAMESPACE",
        description = "The HelmRelease's namespace (default: any).")
    String namespace;

    @Override
    public Integer call() {
      checkFormat(format);
      String wanted = namespace == null ? name : namespace + "/" + name;
      RenderResult result = Repository.render(repo, positional, HopsCommand.console(spec));
      List<HrResult> all = RenderReport.releases(result);
      List<HrResult> chosen = all.stream().filter(h -> Ks.matches(h.ref(), wanted)).toList();
      if (chosen.isEmpty()) {
        throw new HopsException(
            SourcePos.UNKNOWN,
            null,
            "no HelmRelease '"
                + wanted
                + "' in the repository; found: "
                + String.join(
                    ", ",
                    all.stream()
                        .map(h -> h.ref().namespace() + "/" + h.ref().name())
                        .distinct()
                        .toList()));
      }
      Console console = HopsCommand.console(spec);
      List<MappingNode> objects = new ArrayList<>();
      chosen.forEach(h -> objects.addAll(h.objects()));
      ObjectOutput.print(console.out(), objects, format);
      return RenderReport.printReleases(console.err(), result, chosen);
    }
  }
}
