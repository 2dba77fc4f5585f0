package dev.hops.helm;

import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders a chart folder as a release: the CRDs of its {@code crds/} folders (when the install
 * policy keeps them) followed by its templates, rendered by Helm's engine with the given values.
 * One renderer serves many releases: a chart whose values schema cannot be loaded is copied without
 * it once, for all its releases, and the copies are removed on {@link #close}.
 */
public final class ChartRenderer implements AutoCloseable {

  /** A chart's copy without its values schemas, and the warning its releases give. */
  private record WithoutSchemas(Path dir, String warning) {}

  /** What happens to the chart's {@code crds/} files: Flux's {@code install.crds}. */
  public enum CrdPolicy {
    /** Created when missing (Flux's default on install). */
    CREATE,
    /** Created or replaced. */
    CREATE_REPLACE,
    /** Left out. */
    SKIP;

    /** Flux's spelling ({@code Create}, {@code CreateReplace}, {@code Skip}); null: the default. */
    public static CrdPolicy of(String flux) {
      if (flux == null || flux.isEmpty() || flux.equals("Create")) {
        return CREATE;
      }
      return switch (flux) {
        case "CreateReplace" -> CREATE_REPLACE;
        case "Skip" -> SKIP;
        default -> throw new IllegalArgumentException("unknown CRD policy '" + flux + "'");
      };
    }
  }

  private final HelmEngine engine;
  private final YamlReader reader;
  private final Map<Path, WithoutSchemas> withoutSchemas = new java.util.HashMap<>();

  public ChartRenderer(HelmEngine engine, YamlReader reader) {
    this.engine = engine;
    this.reader = reader;
  }

  /**
   * The objects of the release.
   *
   * @param values the merged values, as Go values (maps, lists, strings, numbers, booleans, null)
   * @throws HelmException with Helm's message when the chart does not load or render
   */
  public List<MappingNode> render(
      Path chartDir, Release release, Map<String, Object> values, CrdPolicy crds) {
    return render(chartDir, release, values, crds, warning -> {});
  }

  /**
   * As {@link #render(Path, Release, Map, CrdPolicy)}; when the chart's values schema refers to a
   * remote schema that cannot be loaded here (Helm fetches {@code $ref} URLs while validating), the
   * release is rendered again without schema validation and {@code warnings} is told so. Later
   * releases of the same chart folder go to the copy without schemas straight away.
   */
  public List<MappingNode> render(
      Path chartDir,
      Release release,
      Map<String, Object> values,
      CrdPolicy crds,
      java.util.function.Consumer<String> warnings) {
    WithoutSchemas known = known(chartDir);
    if (known == null) {
      try {
        return renderOnce(chartDir, release, values, crds);
      } catch (HelmException e) {
        if (!isRemoteSchemaFailure(e.getMessage())) {
          throw e;
        }
        known = copyWithoutSchemas(chartDir, remoteRef(e.getMessage()));
      }
    }
    List<MappingNode> out = renderOnce(known.dir(), release, values, crds);
    warnings.accept(known.warning());
    return out;
  }

  private synchronized WithoutSchemas known(Path chartDir) {
    return withoutSchemas.get(chartDir);
  }

  /** The chart's copy without schemas, made on the first release that needs it. */
  private synchronized WithoutSchemas copyWithoutSchemas(Path chartDir, String remoteRef) {
    WithoutSchemas known = withoutSchemas.get(chartDir);
    if (known == null) {
      try {
        known =
            new WithoutSchemas(
                withoutSchemas(chartDir),
                "values not validated against the chart's schema: it refers to a remote schema"
                    + " that cannot be loaded here ("
                    + remoteRef
                    + ")");
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      withoutSchemas.put(chartDir, known);
    }
    return known;
  }

  /** Removes the copies of charts made without their schemas. */
  @Override
  public synchronized void close() {
    for (WithoutSchemas copy : withoutSchemas.values()) {
      deleteTree(copy.dir());
    }
    withoutSchemas.clear();
  }

  /** Helm's jsonschema error when a {@code $ref} URL cannot be fetched. */
  static boolean isRemoteSchemaFailure(String message) {
    return message.contains("failing loading \"http");
  }

  private static String remoteRef(String message) {
    int at = message.indexOf("failing loading \"");
    if (at < 0) {
      return "?";
    }
    int start = at + "failing loading \"".length();
    int end = message.indexOf('"', start);
    return end < 0 ? message.substring(start) : message.substring(start, end);
  }

  /** A copy of the chart (sub-charts included) without its values.schema.json files. */
  private static Path withoutSchemas(Path chartDir) throws IOException {
    Path root = Files.createTempDirectory("hops-chart");
    Path out = root.resolve(chartDir.getFileName().toString());
    try (Stream<Path> all = Files.walk(chartDir)) {
      for (Path p : all.toList()) {
        Path target = out.resolve(chartDir.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("values.schema.json")) {
          Files.copy(p, target);
        }
      }
    }
    return out;
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    Path root = dir.getParent();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder
    }
  }

  private List<MappingNode> renderOnce(
      Path chartDir, Release release, Map<String, Object> values, CrdPolicy crds) {
    List<MappingNode> out = new ArrayList<>();
    if (crds != CrdPolicy.SKIP) {
      out.addAll(crds(chartDir));
    }
    String manifest;
    Path valuesFile = null;
    try {
      valuesFile = Files.createTempFile("hops-values", ".json");
      Files.writeString(valuesFile, KustomizeYaml.toJson(values));
      manifest = engine.template(chartDir, release, valuesFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(valuesFile);
    }
    out.addAll(sameKindByName(objects(manifest, chartDir.getFileName() + " (rendered)")));
    return out;
  }

  /**
   * Helm groups the manifest by kind (its install order); within a kind, documents come in template
   * order, which is random where a template ranges over {@code keys} of a map (app-template does).
   * Each run of one kind is ordered by namespace and name, so that a render prints the same every
   * time; the cluster state does not depend on it.
   */
  static List<MappingNode> sameKindByName(List<MappingNode> objects) {
    List<MappingNode> out = new ArrayList<>(objects.size());
    int start = 0;
    for (int i = 1; i <= objects.size(); i++) {
      if (i == objects.size() || !kind(objects.get(i)).equals(kind(objects.get(start)))) {
        List<MappingNode> run = new ArrayList<>(objects.subList(start, i));
        run.sort(
            java.util.Comparator.comparing((MappingNode m) -> meta(m, "namespace"))
                .thenComparing(m -> meta(m, "name")));
        out.addAll(run);
        start = i;
      }
    }
    return out;
  }

  private static String kind(MappingNode m) {
    String k = m.getString("kind");
    return k == null ? "" : k;
  }

  private static String meta(MappingNode m, String field) {
    MappingNode md = m.getMapping("metadata");
    String v = md == null ? null : md.getString(field);
    return v == null ? "" : v;
  }

  /** The documents of every {@code crds/} file of the chart and of its unpacked sub-charts. */
  private List<MappingNode> crds(Path chartDir) {
    List<MappingNode> out = new ArrayList<>();
    Path crdDir = chartDir.resolve("crds");
    if (Files.isDirectory(crdDir)) {
      try (Stream<Path> files = Files.walk(crdDir)) {
        for (Path f : files.filter(ChartRenderer::isManifest).sorted().toList()) {
          out.addAll(objects(Files.readString(f, StandardCharsets.UTF_8), f.toString()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path subcharts = chartDir.resolve("charts");
    if (Files.isDirectory(subcharts)) {
      try (Stream<Path> dirs = Files.list(subcharts)) {
        for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
          out.addAll(crds(d));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static boolean isManifest(Path f) {
    String n = f.getFileName().toString();
    return Files.isRegularFile(f)
        && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
  }

  private List<MappingNode> objects(String text, String file) {
    List<MappingNode> out = new ArrayList<>();
    for (Node n : reader.readDocuments(text, file)) {
      if (n instanceof MappingNode m && !m.isEmpty()) {
        out.add(m);
      }
    }
    return out;
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a temporary file
      }
    }
  }
}
