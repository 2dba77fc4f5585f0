package dev.hops.cli;

import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.ResourceList;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.KustomizeYaml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Options;

/**
 * {@code hops kustomize build DIR}: prints what {@code kustomize build DIR} prints. With several
 * directories and {@code --output-dir}, builds them all in one process, in parallel.
 */
final class KustomizeBuildCommand implements Command {

  List<String> dirs = new ArrayList<>();

  Path outputDir;

  Path output;

  String loadRestrictor = "LoadRestrictionsRootOnly";

  boolean enableHelm;

  @Override
  public String name() {
    return "build";
  }

  @Override
  public List<String> description() {
    return List.of(
        "Print the objects a kustomization directory builds, byte for byte as kustomize v5.5.",
        "With --output-dir, build many directories in parallel: OUT/<dir with / as __>.yaml, or"
            + " .error with the message for a directory that fails.");
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(
            Cli.value(
                null,
                "output-dir",
                "OUT",
                "Write one file per directory into OUT instead of printing."))
        .addOption(
            Cli.value(
                "o",
                "output",
                "FILE",
                "Write the output to FILE instead of stdout (one directory only)."))
        .addOption(
            Cli.value(
                null,
                "load-restrictor",
                "RESTRICTOR",
                "LoadRestrictionsRootOnly (default: files must be under the kustomization) or"
                    + " LoadRestrictionsNone."))
        .addOption(
            Cli.flag(
                null,
                "enable-helm",
                "Inflate helmCharts (not supported yet; Hops renders charts via HelmReleases)."));
  }

  @Override
  public List<Param> params() {
    return List.of(Param.repeated("DIR", "Kustomization directories (default: .)"));
  }

  @Override
  public void set(Args args) {
    dirs = args.params();
    outputDir = args.path("output-dir");
    output = args.path("output");
    loadRestrictor = args.string("load-restrictor", "LoadRestrictionsRootOnly");
    enableHelm = args.flag("enable-helm");
  }

  @Override
  public int run(Console console) throws Exception {
    if (enableHelm) {
      console
          .err()
          .println(
              "Error: --enable-helm is not supported yet (helmCharts will come with"
                  + " HelmRelease rendering)");
      return 2;
    }
    LoadRestrictor restrictor =
        switch (loadRestrictor) {
          case "LoadRestrictionsRootOnly", "rootOnly" -> LoadRestrictor.ROOT_ONLY;
          case "LoadRestrictionsNone", "none" -> LoadRestrictor.NONE;
          default ->
              throw new UsageException(
                  "invalid --load-restrictor '"
                      + loadRestrictor
                      + "': use LoadRestrictionsRootOnly or LoadRestrictionsNone");
        };
    if (dirs.isEmpty()) {
      dirs.add(".");
    }
    if (outputDir != null) {
      return new BatchBuild(console, restrictor).run(dirs, outputDir);
    }
    if (dirs.size() > 1) {
      throw new UsageException("several directories need --output-dir");
    }
    Kustomizer k =
        Kustomizer.builder()
            .loadRestrictor(restrictor)
            .warnings(w -> console.err().println(w))
            .build();
    ResourceList result = k.build(SourceTree.localFileSystem(), treePath(dirs.get(0)));
    String yaml = KustomizeYaml.toYaml(result.nodes());
    if (output != null) {
      Files.writeString(output, yaml, StandardCharsets.UTF_8);
    } else {
      console.out().print(yaml);
      console.out().flush();
    }
    return 0;
  }

  /** An OS path as a path of the whole-file-system tree (absolute, without the leading /). */
  static String treePath(String dir) {
    String abs = Path.of(dir).toAbsolutePath().normalize().toString().replace('\\', '/');
    return abs.startsWith("/") ? abs.substring(1) : abs;
  }
}
