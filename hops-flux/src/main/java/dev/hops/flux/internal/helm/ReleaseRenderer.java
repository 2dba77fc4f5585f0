package dev.hops.flux.internal.helm;

import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.Progress;
import dev.hops.flux.internal.model.Fields;
import dev.hops.helm.ChartCache;
import dev.hops.helm.ChartRenderer;
import dev.hops.helm.HelmEngine;
import dev.hops.helm.HelmException;
import dev.hops.helm.Release;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Renders the HelmReleases a cluster's Kustomizations rendered, as helm-controller would: the chart
 * from its source, the values merged as Flux merges them, Helm's template engine, then the
 * post-renderers and Flux's origin labels. A chart whose source is not available offline is
 * reported as external.
 */
public final class ReleaseRenderer {

  /** Where a source's artifact is: a tree (the repository or a mapped folder), or null. */
  public interface Sources {
    SourceTree tree(ObjectRef source);

    /**
     * The repository's paths of {@code paths} of {@code tree}, sorted, when the tree is the
     * repository's artifact; none for another tree.
     */
    default List<String> repositoryPaths(SourceTree tree, java.util.Collection<String> paths) {
      return List.of();
    }
  }

  /** Finds the ConfigMap or Secret a {@code valuesFrom} entry names, or null. */
  public interface Lookup {
    MappingNode find(String kind, String namespace, String name);
  }

  static final String GROUP = "helm.toolkit.fluxcd.io";

  private final String cluster;
  private final Progress progress;
  private final Sources sources;
  private final Lookup lookup;
  private final Path cacheDir;
  private final ChartCache chartCache;
  private final String kubeVersion;
  private final YamlReader reader;
  private final List<String> warnings;
  private final ReleaseValues values;
  private final PostRender postRender;
  private final HelmMemo memo;

  public ReleaseRenderer(
      String cluster,
      Progress progress,
      Sources sources,
      Lookup lookup,
      Path cacheDir,
      ChartCache chartCache,
      String kubeVersion,
      YamlReader reader,
      List<String> warnings,
      HelmMemo memo) {
    this.cluster = cluster;
    this.progress = progress;
    this.sources = sources;
    this.lookup = lookup;
    this.cacheDir = cacheDir;
    this.chartCache = chartCache;
    this.kubeVersion = kubeVersion;
    this.reader = reader;
    this.warnings = warnings;
    this.values = new ReleaseValues(reader, warnings);
    this.postRender = new PostRender();
    this.memo = memo;
  }

  /** Every HelmRelease among the rendered objects, in the order they were rendered. */
  public List<HrResult> render(List<KsResult> kustomizations) {
    List<HrResult> out = new ArrayList<>();
    Map<ObjectRef, MappingNode> sourceObjects = new HashMap<>();
    for (KsResult ks : kustomizations) {
      for (MappingNode obj : ks.objects()) {
        String kind = Fields.string(obj, "kind");
        if ((kind.equals("OCIRepository")
                || kind.equals("HelmRepository")
                || kind.equals("HelmChart"))
            && Fields.string(obj, "apiVersion").startsWith("source.toolkit.fluxcd.io/")) {
          sourceObjects.putIfAbsent(
              new ObjectRef(kind, namespace(obj), Fields.string(obj, "metadata", "name")), obj);
        }
      }
    }
    int total = 0;
    for (KsResult ks : kustomizations) {
      total += (int) ks.objects().stream().filter(ReleaseRenderer::isHelmRelease).count();
    }
    try (ChartFolders folders = new ChartFolders();
        Charts charts = new Charts()) {
      ChartLocator locator = new ChartLocator(sources, sourceObjects, chartCache, folders);
      prefetch(kustomizations, locator);
      for (KsResult ks : kustomizations) {
        for (MappingNode obj : ks.objects()) {
          if (isHelmRelease(obj)) {
            out.add(renderSafely(obj, ks.ref(), locator, charts));
            progress.released(cluster, out.size(), total);
          }
        }
      }
    }
    return out;
  }

  /**
   * Starts every registry and repository look-up at once (the cache keeps one resolution per
   * source), so that a first run over many charts waits for the network once, not once per chart.
   * Failures are left for the render, which meets them again and reports them.
   */
  private static void prefetch(List<KsResult> kustomizations, ChartLocator locator) {
    List<ChartRef> remote = new ArrayList<>();
    for (KsResult ks : kustomizations) {
      for (MappingNode obj : ks.objects()) {
        if (isHelmRelease(obj)) {
          ChartRef chart = ChartRef.of(obj, namespace(obj));
          if (chart.source() != null && locator.isRemote(chart)) {
            remote.add(chart);
          }
        }
      }
    }
    if (remote.size() < 2) {
      return;
    }
    try (var io = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      for (ChartRef chart : remote) {
        io.submit(() -> locator.prefetch(chart));
      }
    }
  }

  /**
   * The chart renderer of one render, shared by its releases (a chart copied without its schemas is
   * copied once); made, and Helm's engine loaded, by the first release that has a chart.
   */
  private final class Charts implements AutoCloseable {
    private ChartRenderer renderer;
    private final Map<Path, String> digests = new HashMap<>();

    ChartRenderer get() {
      if (renderer == null) {
        renderer = new ChartRenderer(HelmEngine.shared(cacheDir), reader);
      }
      return renderer;
    }

    /** The digest of a chart folder of this render (each folder is written once). */
    String digest(Path dir) {
      return digests.computeIfAbsent(dir, HelmMemo::digest);
    }

    @Override
    public void close() {
      if (renderer != null) {
        renderer.close();
      }
    }
  }

  /** A warning about a chart is given once, however many releases use the chart. */
  private void warnOnce(String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  static boolean isHelmRelease(MappingNode obj) {
    return Fields.string(obj, "kind").equals("HelmRelease")
        && Fields.string(obj, "apiVersion").startsWith(GROUP + "/");
  }

  /**
   * One release being rendered: the object, its reference, the Kustomization that applies it, its
   * chart, and the repository files read for it so far (filled once the chart is located).
   */
  private record One(
      MappingNode hr, ObjectRef ref, ObjectRef parent, ChartRef chart, List<String> inputs) {}

  private HrResult renderSafely(
      MappingNode hr, ObjectRef parent, ChartLocator locator, Charts charts) {
    ObjectRef ref =
        new ObjectRef("HelmRelease", namespace(hr), Fields.string(hr, "metadata", "name"));
    One one = new One(hr, ref, parent, ChartRef.of(hr, ref.namespace()), new ArrayList<>());
    try {
      return render(one, locator, charts);
    } catch (HopsException e) {
      // the release's own file and line are printed with it: the reason is enough
      return result(one, KsStatus.FAILED, e.reason(), List.of());
    } catch (HelmException e) {
      return result(one, KsStatus.FAILED, "Helm: " + e.getMessage(), List.of());
    } catch (IOException | RuntimeException | LinkageError e) {
      return result(
          one,
          KsStatus.FAILED,
          "Hops could not render this HelmRelease (" + e + "); please report it",
          List.of());
    }
  }

  private HrResult render(One one, ChartLocator locator, Charts charts) throws IOException {
    MappingNode hr = one.hr();
    ObjectRef ref = one.ref();
    String display = hr.pos().file();
    if (one.chart().source() == null) {
      return result(one, KsStatus.FAILED, "spec.chart or spec.chartRef is required", List.of());
    }
    ChartLocator.Located located = locator.locate(one.chart());
    one.inputs().addAll(sources.repositoryPaths(located.tree(), located.files()));
    if (located.dir() == null) {
      return result(one, located.status(), located.message(), List.of());
    }
    Path dir = located.dir();
    Map<String, Object> merged = values.merge(hr, ref.namespace(), display, lookup::find);
    String targetNamespace = Fields.string(hr, "spec", "targetNamespace");
    Release release =
        new Release(
            releaseName(hr, ref.name(), targetNamespace),
            targetNamespace.isEmpty() ? ref.namespace() : targetNamespace,
            kubeVersion);
    ChartRenderer.CrdPolicy crds;
    try {
      crds = ChartRenderer.CrdPolicy.of(Fields.string(hr, "spec", "install", "crds"));
    } catch (IllegalArgumentException e) {
      return result(one, KsStatus.FAILED, "spec.install.crds: " + e.getMessage(), List.of());
    }
    List<MappingNode> objects =
        memo.render(
            charts::get,
            dir,
            charts.digest(dir),
            release,
            merged,
            crds,
            this::warnOnce,
            reused -> progress.step(Progress.Step.HELM_TEMPLATE, ref.toString(), reused));
    objects = postRender.apply(hr, ref, objects);
    return result(one, KsStatus.RENDERED, "", objects);
  }

  /**
   * helm-controller's release name: {@code spec.releaseName}, else {@code targetNamespace-name} or
   * the name; past 53 characters the first 40, a dash and 12 hex digits of its SHA-256.
   */
  static String releaseName(MappingNode hr, String name, String targetNamespace) {
    String n = Fields.string(hr, "spec", "releaseName");
    if (n.isEmpty()) {
      n = targetNamespace.isEmpty() ? name : targetNamespace + "-" + name;
    }
    if (n.length() <= 53) {
      return n;
    }
    try {
      byte[] sum = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
      return n.substring(0, 40) + "-" + HexFormat.of().formatHex(sum).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String namespace(MappingNode hr) {
    String ns = Fields.string(hr, "metadata", "namespace");
    return ns.isEmpty() ? "default" : ns;
  }

  private HrResult result(One one, KsStatus status, String message, List<MappingNode> objects) {
    return new HrResult(
        cluster,
        one.ref(),
        one.parent(),
        one.chart().chart(),
        one.chart().version(),
        one.chart().source(),
        status,
        message,
        objects,
        one.hr().pos() == null ? SourcePos.UNKNOWN : one.hr().pos(),
        one.inputs());
  }
}
