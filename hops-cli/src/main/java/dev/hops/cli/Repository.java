package dev.hops.cli;

import dev.hops.flux.FluxException;
import dev.hops.flux.FluxRenderer;
import dev.hops.flux.Progress;
import dev.hops.flux.RenderResult;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the repository the options name and renders it. */
final class Repository {

  private Repository() {}

  static RenderResult render(RepoOptions options, String positional, Console console) {
    Path repo = folder(options, positional);
    Progress progress = progress(console);
    try {
      return renderer(options, progress)
          .render(SourceTree.onDisk(repo), name(repo), options.cluster);
    } finally {
      progress.finished();
    }
  }

  /** The repository folder the options name, absolute; an error when it is not a directory. */
  static Path folder(RepoOptions options, String positional) {
    Path repo = options.repository(positional).toAbsolutePath().normalize();
    if (!Files.isDirectory(repo)) {
      throw new FluxException(SourcePos.of(repo.toString()), null, "not a directory");
    }
    return repo;
  }

  /** The name of a cluster that has no better one: the folder's. */
  static String name(Path repo) {
    return repo.getFileName() == null ? "default" : repo.getFileName().toString();
  }

  /** Chart downloads and releases on stderr when it is a terminal. */
  static Progress progress(Console console) {
    return ProgressDisplay.on(
        console.err(), console.isSystem() && ProgressDisplay.stderrIsTerminal());
  }

  /** A renderer with the options' settings (sources, values, Helm, registries). */
  static FluxRenderer renderer(RepoOptions options, Progress progress) {
    FluxRenderer.Builder b =
        FluxRenderer.builder()
            .strict(!options.noStrict)
            .helm(!options.noHelm)
            .kubeVersion(
                options.kubeVersion != null
                    ? options.kubeVersion
                    : FluxRenderer.DEFAULT_KUBE_VERSION);
    if (options.cacheDir != null) {
      b.cacheDir(options.cacheDir.toAbsolutePath());
    }
    b.offline(options.offline);
    for (String m : options.registryMirrors) {
      int eq = m.indexOf('=');
      if (eq <= 0 || eq == m.length() - 1) {
        throw new dev.hops.yaml.HopsException(
            dev.hops.yaml.SourcePos.UNKNOWN,
            null,
            "invalid --registry-mirror '" + m + "': expected SOURCE=TARGET");
      }
      b.registryMirror(m.substring(0, eq), m.substring(eq + 1));
    }
    for (String s : options.sources) {
      int eq = s.indexOf('=');
      if (eq <= 0 || eq == s.length() - 1) {
        throw new dev.hops.yaml.HopsException(
            dev.hops.yaml.SourcePos.UNKNOWN,
            null,
            "invalid --source '" + s + "': expected NAME=DIR (or NAMESPACE/NAME=DIR)");
      }
      Path dir = Path.of(s.substring(eq + 1)).toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw new FluxException(
            SourcePos.of(dir.toString()),
            null,
            "--source " + s.substring(0, eq) + ": not a directory");
      }
      b.source(s.substring(0, eq), SourceTree.onDisk(dir));
    }
    b.sideLoaded(sideLoaded(options.values));
    b.progress(progress);
    return b.build();
  }

  private static List<MappingNode> sideLoaded(List<Path> files) {
    List<MappingNode> out = new ArrayList<>();
    YamlReader reader = YamlReader.withDefaults();
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new FluxException(SourcePos.of(f.toString()), null, "--values: cannot read: " + e);
      }
      for (Node n : reader.readDocuments(text, f.toString())) {
        if (n.isNull()) {
          continue;
        }
        if (!(n instanceof MappingNode m)
            || !"v1".equals(m.getString("apiVersion"))
            || !("ConfigMap".equals(m.getString("kind")) || "Secret".equals(m.getString("kind")))) {
          throw new FluxException(
              n.pos(), null, "--values takes ConfigMaps and Secrets (apiVersion v1) only");
        }
        MappingNode meta = m.getMapping("metadata");
        if (meta == null || meta.getString("name") == null) {
          throw new FluxException(n.pos(), null, "--values: object without metadata.name");
        }
        out.add(m);
      }
    }
    return out;
  }
}
