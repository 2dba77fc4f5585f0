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
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hops build [REPO]}: every object Flux would apply from the repository, Kustomization by
 * Kustomization; {@code hops build ks NAME [REPO]}: one Kustomization (and its children with {@code
 * --recursive}).
 */
final class BuildCommand implements Command {

  RepoOptions repo = new RepoOptions();

  String positional;

  String format = "yaml";

  @Override
  public String name() {
    return "build";
  }

  @Override
  public List<String> description() {
    return List.of(
        "Render a Flux repository offline: every object its Kustomizations would apply.",
        "Secret values are masked. Exit 1 when a Kustomization failed (one line each on stderr);"
            + " what rendered is still printed.");
  }

  @Override
  public Options options() {
    return RepoOptions.addTo(new Options()).addOption(output());
  }

  /** -o of build, build ks and build hr. */
  static Option output() {
    return Cli.value("o", "output", "FORMAT", "yaml (default) or json.");
  }

  @Override
  public List<Param> params() {
    return List.of(RepoOptions.PARAM);
  }

  @Override
  public List<Command> subcommands() {
    return List.of(new Ks(), new Hr());
  }

  @Override
  public void set(Args args) {
    repo = RepoOptions.of(args);
    positional = args.param(0);
    format = args.string("output", "yaml");
  }

  @Override
  public int run(Console console) {
    checkFormat(format);
    Trace.mark("command");
    RenderResult result = Repository.render(repo, positional, console);
    Trace.mark("rendered");
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
  abstract static class OneObject implements Command {

    /** The first parameter of the commands about one object. */
    static final Param NAME = Param.required("NAME", "NAME or NAMESPACE/NAME");

    RepoOptions repo = new RepoOptions();

    String name;

    String positional;

    String format = "yaml";

    @Override
    public Options options() {
      return RepoOptions.addTo(new Options()).addOption(output());
    }

    @Override
    public List<Param> params() {
      return List.of(NAME, RepoOptions.PARAM);
    }

    /** -r of build ks and diff ks. */
    static Option recursive() {
      return Cli.flag("r", "recursive", "Also the Kustomizations it creates, down to the leaves.");
    }

    /** -n of build hr and diff hr. */
    static Option namespace() {
      return Cli.value(
          "n", "namespace", "NAMESPACE", "The HelmRelease's namespace (default: any).");
    }

    @Override
    public void set(Args args) {
      repo = RepoOptions.of(args);
      name = args.param(0);
      positional = args.param(1);
      format = args.string("output", "yaml");
    }
  }

  /** {@code hops build ks NAME [REPO]}. */
  static final class Ks extends OneObject {

    boolean recursive;

    @Override
    public String name() {
      return "ks";
    }

    @Override
    public List<String> aliases() {
      return List.of("kustomization");
    }

    @Override
    public List<String> description() {
      return List.of("Render one Flux Kustomization (NAME or NAMESPACE/NAME).");
    }

    @Override
    public Options options() {
      return super.options().addOption(recursive());
    }

    @Override
    public void set(Args args) {
      super.set(args);
      recursive = args.flag("recursive");
    }

    @Override
    public int run(Console console) {
      checkFormat(format);
      RenderResult result = Repository.render(repo, positional, console);
      List<KsResult> all = RenderReport.all(result);
      List<KsResult> chosen = select(all, name, recursive);
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
  static final class Hr extends OneObject {

    String namespace;

    @Override
    public String name() {
      return "hr";
    }

    @Override
    public List<String> aliases() {
      return List.of("helmrelease");
    }

    @Override
    public List<String> description() {
      return List.of("Render one HelmRelease: the objects its chart renders with its values.");
    }

    @Override
    public Options options() {
      return super.options().addOption(namespace());
    }

    @Override
    public void set(Args args) {
      super.set(args);
      namespace = args.string("namespace");
    }

    @Override
    public int run(Console console) {
      checkFormat(format);
      String wanted = namespace == null ? name : namespace + "/" + name;
      RenderResult result = Repository.render(repo, positional, console);
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
      List<MappingNode> objects = new ArrayList<>();
      chosen.forEach(h -> objects.addAll(h.objects()));
      ObjectOutput.print(console.out(), objects, format);
      return RenderReport.printReleases(console.err(), result, chosen);
    }
  }
}
