package dev.hops.cli;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.flux.SourceInfo;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.Options;

/** {@code hops get ks|hr|sources|clusters}: what the repository holds, as a table, JSON or YAML. */
final class GetCommand implements Command {

  @Override
  public String name() {
    return "get";
  }

  @Override
  public List<String> description() {
    return List.of(
        "List the clusters, Kustomizations, HelmReleases or sources of a Flux repository.");
  }

  @Override
  public List<Command> subcommands() {
    return List.of(new Kustomizations(), new HelmReleases(), new Sources(), new Clusters());
  }

  /** Without a subcommand: the help. */
  @Override
  public int run(Console console) {
    Help.print(console.out(), "hops get", this);
    return 0;
  }

  /** Options of every {@code get} subcommand. */
  abstract static class Listing implements Command {

    private final List<String> names;
    private final List<String> description;

    RepoOptions repo = new RepoOptions();

    String positional;

    String format = "table";

    /** A listing called {@code names.getFirst()}, the rest of {@code names} being aliases. */
    Listing(List<String> names, String... description) {
      this.names = names;
      this.description = List.of(description);
    }

    @Override
    public String name() {
      return names.getFirst();
    }

    @Override
    public List<String> aliases() {
      return names.subList(1, names.size());
    }

    @Override
    public List<String> description() {
      return description;
    }

    @Override
    public Options options() {
      return RepoOptions.addTo(new Options())
          .addOption(Cli.value("o", "output", "FORMAT", "table (default), json or yaml."));
    }

    @Override
    public List<Param> params() {
      return List.of(RepoOptions.PARAM);
    }

    @Override
    public void set(Args args) {
      repo = RepoOptions.of(args);
      positional = args.param(0);
      format = args.string("output", "table");
    }

    @Override
    public int run(Console console) {
      if (!List.of("table", "json", "yaml").contains(format)) {
        throw new HopsException(
            SourcePos.UNKNOWN,
            null,
            "invalid output format '" + format + "': use table, json or yaml");
      }
      RenderResult result = Repository.render(repo, positional, console);
      List<Map<String, Object>> records = records(result);
      switch (format) {
        case "json" ->
            console.out().println(JsonPretty.indent(KustomizeYaml.toJson((Object) records)));
        case "yaml" -> {
          if (!records.isEmpty()) {
            console.out().print(KustomizeYaml.toYaml((Object) records));
          } else {
            console.out().println("[]");
          }
        }
        default -> table(records).print(console.out());
      }
      console.out().flush();
      return exitCode(console, result);
    }

    abstract List<Map<String, Object>> records(RenderResult result);

    abstract Table table(List<Map<String, Object>> records);

    int exitCode(Console console, RenderResult result) {
      return 0;
    }
  }

  /** {@code hops get ks}. */
  static final class Kustomizations extends Listing {

    Kustomizations() {
      super(
          List.of("ks", "kustomizations", "kustomization"),
          "Each Flux Kustomization: cluster, namespace, name, path, source, dependsOn, status"
              + " (rendered, failed, external), objects rendered, and why when not rendered.",
          "Exit 1 when a Kustomization failed.");
    }

    @Override
    List<Map<String, Object>> records(RenderResult result) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (KsResult k : RenderReport.all(result)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cluster", k.cluster());
        m.put("namespace", k.ref().namespace());
        m.put("name", k.ref().name());
        m.put("path", k.path());
        m.put("source", k.source().toString());
        m.put("dependsOn", k.dependsOn().stream().map(Kustomizations::nsName).toList());
        m.put("status", k.status().label());
        m.put("objects", (long) k.objects().size());
        m.put("message", k.message());
        out.add(m);
      }
      return out;
    }

    private static String nsName(ObjectRef r) {
      return r.namespace() + "/" + r.name();
    }

    @Override
    Table table(List<Map<String, Object>> records) {
      return Table.of(
          records,
          "CLUSTER",
          "cluster",
          "NAMESPACE",
          "namespace",
          "NAME",
          "name",
          "PATH",
          "path",
          "SOURCE",
          "source",
          "DEPENDS ON",
          "dependsOn",
          "STATUS",
          "status",
          "OBJECTS",
          "objects",
          "MESSAGE",
          "message");
    }

    @Override
    int exitCode(Console console, RenderResult result) {
      return result.allRendered() ? 0 : 1;
    }
  }

  /** {@code hops get hr}. */
  static final class HelmReleases extends Listing {

    HelmReleases() {
      super(
          List.of("hr", "helmreleases", "helmrelease"),
          "Each HelmRelease: cluster, namespace, name, the Kustomization that applies it, chart,"
              + " version, chart source, status (rendered, failed, external), objects rendered,"
              + " and why when not rendered.",
          "Exit 1 when a HelmRelease failed.");
    }

    @Override
    List<Map<String, Object>> records(RenderResult result) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (HrResult h : RenderReport.releases(result)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cluster", h.cluster());
        m.put("namespace", h.ref().namespace());
        m.put("name", h.ref().name());
        m.put("kustomization", h.parent().namespace() + "/" + h.parent().name());
        m.put("chart", h.chart());
        m.put("version", h.version());
        m.put("source", String.valueOf(h.source()));
        m.put("status", h.status().label());
        m.put("objects", (long) h.objects().size());
        m.put("message", h.message());
        out.add(m);
      }
      return out;
    }

    @Override
    Table table(List<Map<String, Object>> records) {
      return Table.of(
          records,
          "CLUSTER",
          "cluster",
          "NAMESPACE",
          "namespace",
          "NAME",
          "name",
          "CHART",
          "chart",
          "VERSION",
          "version",
          "SOURCE",
          "source",
          "STATUS",
          "status",
          "OBJECTS",
          "objects",
          "MESSAGE",
          "message");
    }

    @Override
    int exitCode(Console console, RenderResult result) {
      return RenderReport.releases(result).stream().anyMatch(h -> h.status() == KsStatus.FAILED)
          ? 1
          : 0;
    }
  }

  /** {@code hops get sources}. */
  static final class Sources extends Listing {

    Sources() {
      super(
          List.of("sources", "source"),
          "The Flux sources of each cluster and how Hops uses them: repository (this"
              + " repository), mapped (--source), external (not rendered).");
    }

    @Override
    List<Map<String, Object>> records(RenderResult result) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (ClusterResult c : result.clusters()) {
        for (SourceInfo s : c.sources()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("cluster", c.name());
          m.put("kind", s.ref().kind());
          m.put("namespace", s.ref().namespace());
          m.put("name", s.ref().name());
          m.put("url", s.url());
          m.put("usage", s.usage().label());
          m.put("location", s.location());
          out.add(m);
        }
      }
      return out;
    }

    @Override
    Table table(List<Map<String, Object>> records) {
      return Table.of(
          records,
          "CLUSTER",
          "cluster",
          "KIND",
          "kind",
          "NAMESPACE",
          "namespace",
          "NAME",
          "name",
          "URL",
          "url",
          "USAGE",
          "usage",
          "LOCATION",
          "location");
    }
  }

  /** {@code hops get clusters}. */
  static final class Clusters extends Listing {

    Clusters() {
      super(
          List.of("clusters", "cluster"),
          "The clusters found in the repository and where each starts.");
    }

    @Override
    List<Map<String, Object>> records(RenderResult result) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (ClusterResult c : result.clusters()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("root", c.rootFile());
        m.put("kustomizations", (long) c.kustomizations().size());
        m.put("objects", (long) c.objects().size());
        out.add(m);
      }
      return out;
    }

    @Override
    Table table(List<Map<String, Object>> records) {
      return Table.of(
          records,
          "NAME",
          "name",
          "ROOT",
          "root",
          "KUSTOMIZATIONS",
          "kustomizations",
          "OBJECTS",
          "objects");
    }
  }
}
