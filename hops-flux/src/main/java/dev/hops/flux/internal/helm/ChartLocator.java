package dev.hops.flux.internal.helm;

import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.internal.model.Fields;
import dev.hops.helm.ChartCache;
import dev.hops.helm.oci.OciRef;
import dev.hops.helm.oci.RegistryException;
import dev.hops.helm.semver.Constraint;
import dev.hops.helm.semver.Version;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a HelmRelease's chart is, as a folder Helm can load: a folder of a Git artifact (the
 * repository or a mapped source), or a chart pulled from an OCI registry (an OCIRepository {@code
 * chartRef}, or a HelmRepository, OCI or HTTP) through the chart cache. A chart that cannot be
 * reached is external; one that is wrong fails, with Flux's reason.
 */
final class ChartLocator {

  /**
   * A chart folder (and the chart version Flux gives it), or why there is none; and the files of a
   * source's tree read to make it (the chart's, the values files), or none.
   */
  record Located(Path dir, KsStatus status, String message, SourceTree tree, List<String> files) {

    Located {
      files = List.copyOf(files);
    }

    static Located at(Path dir) {
      return new Located(dir, KsStatus.RENDERED, "", null, List.of());
    }

    static Located external(String message) {
      return new Located(null, KsStatus.EXTERNAL, message, null, List.of());
    }

    static Located failed(String message) {
      return new Located(null, KsStatus.FAILED, message, null, List.of());
    }

    /** This location, made from {@code files} of {@code tree} besides its own. */
    Located reading(SourceTree from, List<String> more) {
      if (more.isEmpty() || (tree != null && tree != from)) {
        return this;
      }
      List<String> all = new java.util.ArrayList<>(files);
      all.addAll(more);
      return new Located(dir, status, message, from, all);
    }
  }

  private final ReleaseRenderer.Sources sources;
  private final Map<ObjectRef, MappingNode> sourceObjects;
  private final ChartCache cache;
  private final ChartFolders folders;

  ChartLocator(
      ReleaseRenderer.Sources sources,
      Map<ObjectRef, MappingNode> sourceObjects,
      ChartCache cache,
      ChartFolders folders) {
    this.sources = sources;
    this.sourceObjects = sourceObjects;
    this.cache = cache;
    this.folders = folders;
  }

  /** True when the chart comes from a registry or a chart repository (network, cache). */
  boolean isRemote(ChartRef chart) {
    String kind = chart.source().kind();
    return (kind.equals("OCIRepository") || kind.equals("HelmRepository"))
        && sources.tree(chart.source()) == null;
  }

  /** Resolves and downloads a remote chart into the cache; failures are met again by locate. */
  void prefetch(ChartRef chart) {
    try {
      if (chart.source().kind().equals("OCIRepository")) {
        MappingNode repo = sourceObjects.get(chart.source());
        if (repo != null) {
          String semver = Fields.string(repo, "spec", "ref", "semver");
          cache.pull(
              OciRef.parse(Fields.string(repo, "spec", "url")),
              new ChartCache.Selector(
                  Fields.string(repo, "spec", "ref", "digest"),
                  semver,
                  Fields.string(repo, "spec", "ref", "tag")),
              latest(semver),
              Fields.string(repo, "spec", "layerSelector", "mediaType"));
        }
      } else {
        locateChart(chart);
      }
    } catch (IOException | RuntimeException e) {
      // reported by locate
    }
  }

  Located locate(ChartRef chart) throws IOException {
    Located located = locateChart(chart);
    if (located.dir() == null || chart.valuesFiles().isEmpty()) {
      return located;
    }
    return withValuesFiles(chart, located);
  }

  /**
   * source-controller's {@code valuesFiles}: the listed files, merged in order, become the chart's
   * values ({@code values.yaml} is not included unless listed). In a Git or Bucket artifact the
   * paths are relative to the artifact's root; in a chart from a repository, to the chart.
   */
  private Located withValuesFiles(ChartRef chart, Located located) throws IOException {
    Path dir = located.dir();
    boolean inArtifact =
        chart.source().kind().equals("GitRepository") || chart.source().kind().equals("Bucket");
    SourceTree tree = inArtifact ? sources.tree(chart.source()) : null;
    Map<String, Object> merged = new java.util.LinkedHashMap<>();
    List<String> read = new java.util.ArrayList<>();
    for (String file : chart.valuesFiles()) {
      String path = ChartRef.clamp(file);
      String text;
      if (tree != null) {
        read.add(path); // also when missing: adding it changes the release
        text =
            tree.isFile(path)
                ? new String(tree.read(path), java.nio.charset.StandardCharsets.UTF_8)
                : null;
      } else {
        Path p = dir.resolve(path).normalize();
        text =
            p.startsWith(dir) && java.nio.file.Files.isRegularFile(p)
                ? java.nio.file.Files.readString(p)
                : null;
      }
      if (text == null) {
        if (chart.ignoreMissingValuesFiles()) {
          continue;
        }
        return Located.failed("no values file found at path '" + file + "'")
            .reading(located.tree(), located.files())
            .reading(tree, read);
      }
      Object values;
      try {
        dev.hops.yaml.Node doc = dev.hops.yaml.YamlReader.withDefaults().readDocument(text, file);
        values =
            doc == null
                ? null
                : dev.hops.kustomize.internal.filters.jsonpatch.YamlToJson.goValue(doc);
      } catch (dev.hops.yaml.HopsException e) {
        return Located.failed("failed to parse values file '" + file + "': " + e.getMessage())
            .reading(located.tree(), located.files())
            .reading(tree, read);
      }
      if (values instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        merged = ReleaseValues.mergeMaps(merged, map);
      }
    }
    return Located.at(folders.withValues(dir, merged))
        .reading(located.tree(), located.files())
        .reading(tree, read);
  }

  private Located locateChart(ChartRef chart) throws IOException {
    ObjectRef source = chart.source();
    return switch (source.kind()) {
      case "GitRepository", "Bucket" -> fromArtifact(chart);
      case "OCIRepository" -> fromOciRepository(source);
      case "HelmRepository" -> fromHelmRepository(chart);
      case "HelmChart" -> fromHelmChart(source);
      case "ExternalArtifact" -> mappedChart(source);
      default ->
          Located.external(
              "chart from "
                  + source
                  + " is not rendered: Hops reads charts from Git sources, OCIRepositories and"
                  + " HelmRepositories");
    };
  }

  private Located fromArtifact(ChartRef chart) throws IOException {
    SourceTree tree = sources.tree(chart.source());
    if (tree == null) {
      return Located.external(
          "chart source "
              + chart.source()
              + " is not this repository; map it to a folder with --source "
              + chart.source().namespace()
              + "/"
              + chart.source().name()
              + "=DIR to render it");
    }
    Path dir = folders.folder(tree, chart.path());
    return dir != null
        ? Located.at(dir).reading(tree, folders.files(dir))
        : Located.failed(
            "chart path not found in " + chart.source() + ": " + tree.display(chart.path()));
  }

  /**
   * A chart that could not be reached (no network, offline without it in the cache) is not
   * rendered, as an external source is; one the registry does not have, or a wrong reference,
   * fails.
   */
  private static Located unavailableOrFailed(ObjectRef source, RuntimeException e) {
    if (e instanceof RegistryException r && r.isUnreachable()) {
      return Located.external("chart not available: " + source + ": " + e.getMessage());
    }
    return Located.failed(source + ": " + e.getMessage());
  }

  /**
   * A HelmChart {@code chartRef}: the chart its spec names (a chart of a HelmRepository, or a path
   * in a GitRepository or Bucket), located as {@code spec.chart.spec} would be.
   */
  private Located fromHelmChart(ObjectRef source) throws IOException {
    MappingNode helmChart = sourceObjects.get(source);
    if (helmChart == null) {
      return Located.external(source + " is not among the objects rendered from the repository");
    }
    ChartRef chart = ChartRef.ofSpec(Fields.mapping(helmChart, "spec"), source.namespace());
    if (chart.source().kind().equals("HelmChart")) {
      return Located.failed(source + ": a HelmChart cannot take its chart from a HelmChart");
    }
    return locate(chart);
  }

  /**
   * A source mapped with --source to a folder: the folder is the artifact, the chart at its root.
   */
  private Located mappedChart(ObjectRef source) throws IOException {
    SourceTree mapped = sources.tree(source);
    if (mapped == null) {
      return Located.external(
          "chart from "
              + source
              + " is not rendered: map it to a chart folder with --source "
              + source.namespace()
              + "/"
              + source.name()
              + "=DIR");
    }
    Path dir = folders.folder(mapped, "");
    return dir != null && java.nio.file.Files.isRegularFile(dir.resolve("Chart.yaml"))
        ? Located.at(dir).reading(mapped, folders.files(dir))
        : Located.failed(source + " is mapped to a folder without Chart.yaml");
  }

  /** helm-controller with an OCIRepository chartRef: the artifact's chart, its version mutated. */
  private Located fromOciRepository(ObjectRef source) throws IOException {
    if (sources.tree(source) != null) {
      return mappedChart(source);
    }
    MappingNode repo = sourceObjects.get(source);
    if (repo == null) {
      return Located.external(source + " is not among the objects rendered from the repository");
    }
    String url = Fields.string(repo, "spec", "url");
    OciRef ref;
    try {
      ref = OciRef.parse(url);
    } catch (IllegalArgumentException e) {
      return Located.failed(source + ": " + e.getMessage());
    }
    String semver = Fields.string(repo, "spec", "ref", "semver");
    ChartCache.Selector selector =
        new ChartCache.Selector(
            Fields.string(repo, "spec", "ref", "digest"),
            semver,
            Fields.string(repo, "spec", "ref", "tag"));
    ChartCache.Pulled pulled;
    try {
      pulled =
          cache.pull(
              ref,
              selector,
              latest(semver),
              Fields.string(repo, "spec", "layerSelector", "mediaType"));
    } catch (RegistryException | IllegalArgumentException e) {
      return unavailableOrFailed(source, e);
    }
    Path dir = folders.unpacked(pulled.archive());
    String chartVersion = ChartFolders.chartVersion(dir);
    String mutated;
    try {
      mutated = mutatedVersion(pulled, chartVersion);
    } catch (IllegalArgumentException e) {
      return Located.failed(e.getMessage());
    }
    return Located.at(folders.withVersion(pulled.archive(), mutated));
  }

  /**
   * helm-controller's {@code mutateChartWithSourceRevision}: the revision's tag (with {@code _}
   * read as {@code +}) must be the chart's version; the version gets the first 12 hex digits of the
   * manifest digest as build metadata.
   */
  static String mutatedVersion(ChartCache.Pulled pulled, String chartVersion) {
    String sha = pulled.manifestDigest().substring(pulled.manifestDigest().indexOf(':') + 1);
    sha = sha.substring(0, Math.min(12, sha.length()));
    Version version;
    if (pulled.tag() != null) {
      String revision = pulled.tag() + "@" + pulled.manifestDigest();
      try {
        version = Version.parse(pulled.tag().replace('_', '+'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "failed to parse artifact revision " + revision + ": " + e.getMessage());
      }
      if (!version.toString().equals(chartVersion)) {
        throw new IllegalArgumentException(
            "artifact revision " + revision + " does not match chart version " + chartVersion);
      }
    } else {
      version = Version.parse(chartVersion);
    }
    return version.withMetadata(sha).toString();
  }

  /** A HelmRepository of type oci: {@code oci://HOST/PATH/CHART}, the version a range picks. */
  private Located fromHelmRepository(ChartRef chart) throws IOException {
    MappingNode repo = sourceObjects.get(chart.source());
    if (repo == null) {
      return Located.external(
          chart.source() + " is not among the objects rendered from the repository");
    }
    String range = chart.version().isEmpty() ? "*" : chart.version();
    if (!Fields.string(repo, "spec", "type").equals("oci")) {
      try {
        ChartCache.Pulled pulled =
            cache.pullHttp(
                Fields.string(repo, "spec", "url"), chart.chart(), range, latestVersion(range));
        return Located.at(folders.unpacked(pulled.archive()));
      } catch (RegistryException | IllegalArgumentException e) {
        return unavailableOrFailed(chart.source(), e);
      }
    }
    OciRef ref;
    try {
      ref = OciRef.parse(Fields.string(repo, "spec", "url")).child(chart.chart());
    } catch (IllegalArgumentException e) {
      return Located.failed(chart.source() + ": " + e.getMessage());
    }
    ChartCache.Pulled pulled;
    try {
      pulled =
          cache.pull(
              ref,
              new ChartCache.Selector(null, range, null),
              latest(range),
              ChartCache.HELM_CHART_LAYER);
    } catch (RegistryException | IllegalArgumentException e) {
      return unavailableOrFailed(chart.source(), e);
    }
    return Located.at(folders.unpacked(pulled.archive()));
  }

  /**
   * source-controller's choice for a semver range: the highest tag (with {@code _} read as {@code
   * +}) or chart version that parses strictly (a leading {@code v} allowed) and satisfies it.
   */
  private static Function<List<String>, Optional<String>> latest(String range) {
    if (range.isEmpty()) {
      return tags -> Optional.empty();
    }
    Constraint constraint = Constraint.parse(range);
    return tags ->
        constraint
            .latest(tags.stream().map(t -> t.replace('_', '+')).toList())
            .map(v -> v.original().replace('+', '_'));
  }

  /** The same for a chart repository's index, whose versions are written as they are. */
  private static Function<List<String>, Optional<String>> latestVersion(String range) {
    Constraint constraint = Constraint.parse(range);
    return versions -> constraint.latest(versions).map(Version::original);
  }
}
