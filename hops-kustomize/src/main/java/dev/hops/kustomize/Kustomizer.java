package dev.hops.kustomize;

import dev.hops.kustomize.internal.loader.BuildContext;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.loader.ParseCache;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.target.KustTarget;
import dev.hops.kustomize.internal.target.LegacySort;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlLimits;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds kustomizations as {@code kustomize build} (v5.5) does. Thread-safe; one instance may build
 * many directories, sharing its parse cache:
 *
 * <pre>{@code
 * Kustomizer k = Kustomizer.builder().loadRestrictor(LoadRestrictor.ROOT_ONLY).build();
 * ResourceList out = k.build(SourceTree.localFileSystem(), "home/me/repo/overlays/prod");
 * }</pre>
 */
public final class Kustomizer {

  private final LoadRestrictor restrictor;
  private final Consumer<String> warnings;
  private final YamlReader reader;
  private final ParseCache cache = new ParseCache();

  private Kustomizer(Builder b) {
    this.restrictor = b.restrictor;
    this.warnings = b.warnings;
    this.reader = new YamlReader(b.limits);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Options of a {@link Kustomizer}. */
  public static final class Builder {
    private LoadRestrictor restrictor = LoadRestrictor.ROOT_ONLY;
    private Consumer<String> warnings = w -> {};
    private YamlLimits limits = YamlLimits.DEFAULT;

    public Builder loadRestrictor(LoadRestrictor r) {
      this.restrictor = Objects.requireNonNull(r);
      return this;
    }

    /** Where kustomize's warnings go (deprecated fields, patches that match nothing). */
    public Builder warnings(Consumer<String> w) {
      this.warnings = Objects.requireNonNull(w);
      return this;
    }

    public Builder yamlLimits(YamlLimits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    public Kustomizer build() {
      return new Kustomizer(this);
    }
  }

  /** Builds the kustomization in directory {@code path} of {@code tree}. */
  public ResourceList build(SourceTree tree, String path) {
    String dir = TreePaths.normalize(path);
    if (dir == null || !tree.isDirectory(dir)) {
      throw new KustomizeException(
          SourcePos.of(dir == null ? path : tree.display(dir)),
          null,
          "must build at directory: not a valid directory");
    }
    BuildContext ctx = new BuildContext(tree, restrictor, warnings, reader, cache);
    FileLoader ldr = new FileLoader(ctx, dir, null);
    KustTarget kt = new KustTarget(ldr, SourcePos.of(tree.display(dir)));
    kt.applyOpenApi(true);
    ResMap m = kt.makeCustomizedResMap();
    LegacySort.apply(m, kt.kustomization().sortOptions);
    List<String> meta = kt.kustomization().buildMetadata;
    if (meta.contains("managedByLabel")) {
      for (Res r : m.resources()) {
        Map<String, String> labels = r.getLabels();
        labels.put("app.kubernetes.io/managed-by", "kustomize-v5.5.0");
        r.setLabels(labels);
      }
    }
    m.removeBuildAnnotations();
    if (!meta.contains("originAnnotations")) {
      removeAnnotation(m, Res.ORIGIN);
    }
    if (!meta.contains("transformerAnnotations")) {
      removeAnnotation(m, Res.TRANSFORMATIONS);
    }
    List<ResourceList.Resource> out = new ArrayList<>();
    for (Res r : m.resources()) {
      out.add(new ResourceList.Resource(r.curId().toResId(), r.node()));
    }
    return new ResourceList(out);
  }

  private static void removeAnnotation(ResMap m, String key) {
    for (Res r : m.resources()) {
      // kustomize always rewrites the annotations here: values become strings, {} goes away.
      Map<String, String> a = r.getAnnotations();
      a.remove(key);
      r.setAnnotations(a);
    }
  }
}
