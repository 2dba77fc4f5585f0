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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hops kustomize build DIR}: prints what {@code kustomize build DIR} prints. With several
 * directories and {@code --output-dir}, builds them all in one process, in parallel.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Print the objects a kustomization directory builds, byte for byte as kustomize v5.5.",
      "With --output-dir, build many directories in parallel: OUT/<dir with / as __>.yaml, or"
          + " .error with the message for a directory that fails."
    })
final class KustomizeBuildCommand implements Callable<Integer> {

  @CommandLine.ParentCommand KustomizeCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "DIR",
      description = "Kustomization directories (default: .)")
  List<String> dirs = new ArrayList<>();

  @Option(
      names = "--output-dir",
      paramLabel = "OUT",
      description = "Write one file per directory into OUT instead of printing.")
  Path outputDir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the output to FILE instead of stdout (one directory only).")
  Path output;

  @Option(
      names = "--load-restrictor",
      paramLabel = "RESTRICTOR",
      defaultValue = "LoadRestrictionsRootOnly",
      description =
          "LoadRestrictionsRootOnly (default: files must be under the kustomization) or"
              + " LoadRestrictionsNone.")
  String loadRestrictor;

  @Option(
      names = "--enable-helm",
      description = "Inflate helmCharts (not supported yet; Hops renders charts via HelmReleases).")
  boolean enableHelm;

  @Override
  public Integer call() throws Exception {
    Console console = console();
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
              throw new CommandLine.ParameterException(
                  spec.commandLine(),
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
      throw new CommandLine.ParameterException(
          spec.commandLine(), "several directories need --output-dir");
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

  private Console console() {
    return ((HopsCommand) spec.parent().parent().userObject()).console();
  }

  /** An OS path as a path of the whole-file-system tree (absolute, without the leading /). */
  static String treePath(String dir) {
    String abs = Path.of(dir).toAbsolutePath().normalize().toString().replace('\\', '/');
    return abs.startsWith("/") ? abs.substring(1) : abs;
  }
}
