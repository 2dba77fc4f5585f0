package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.builtins.BuiltinPlugins;
import dev.hops.kustomize.internal.builtins.Generators;
import dev.hops.kustomize.internal.config.TransformerConfig;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.loader.SchemaChoice;
import dev.hops.kustomize.internal.openapi.CustomSchemas;
import dev.hops.kustomize.internal.res.Origin;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResFactory;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.GeneratorArgs;
import dev.hops.kustomize.internal.types.GeneratorOptions;
import dev.hops.kustomize.internal.types.Kustomization;
import dev.hops.kustomize.internal.types.Ref;
import dev.hops.yaml.SourcePos;
import java.util.List;

/**
 * One kustomization being built: kustomize's KustTarget. Resources are accumulated (files and
 * sub-kustomizations), generators run, components are applied, then this level's transformers in
 * kustomize's fixed order.
 */
public final class KustTarget {

  private final FileLoader ldr;
  private final Kustomization k;
  private final String kustFile;
  private Origin origin;

  public KustTarget(FileLoader ldr, SourcePos listedAt) {
    this.ldr = ldr;
    this.kustFile = KustFile.find(ldr, ldr.root());
    this.k = KustFile.load(ldr, listedAt);
  }

  public Kustomization kustomization() {
    return k;
  }

  public FileLoader loader() {
    return ldr;
  }

  /**
   * kyaml SetSchema for this kustomization's {@code openapi:} field: a custom schema file or a
   * built-in version; {@code reset} for the top level, else only when no schema was chosen yet.
   */
  public void applyOpenApi(boolean reset) {
    java.util.Map<String, String> openApi = k.openApi == null ? java.util.Map.of() : k.openApi;
    String path = openApi.get("path");
    String version = openApi.get("version");
    SchemaChoice choice = ldr.context().schema();
    if (path != null) {
      if (version != null) {
        throw new KustomizeException(
            k.pos, null, "builtin version and custom schema provided, cannot use both");
      }
      if (choice.isSet() && !reset) {
        return;
      }
      String text = ldr.load(path, k.pos);
      dev.hops.yaml.Node doc =
          ldr.context().reader().readDocument(text, ldr.display(ldr.resolve(path)));
      choice.set(CustomSchemas.fromDocument(doc), reset);
    } else if (version != null) {
      if (!version.equals("v1.21.2")) {
        throw new KustomizeException(k.pos, null, "the specified OpenAPI version is not built in");
      }
      choice.setBuiltin(reset);
    } else if (reset) {
      choice.set(null, true);
    }
  }

  /** Top-level build: accumulate, then hashes, name references, vars and local-config removal. */
  public ResMap makeCustomizedResMap() {
    origin = k.buildMetadata.isEmpty() ? null : Origin.EMPTY;
    Accumulator ra = accumulateTarget(new Accumulator());
    FinalSteps.apply(ra, k);
    return ra.resMap();
  }

  Accumulator accumulateTarget(Accumulator ra) {
    for (Ref r : k.resources) {
      accumulateResource(ra, r);
    }
    ra.mergeConfig(configurations());
    ra.mergeConfig(CrdConfigs.load(ldr, k.crds));
    runGenerators(ra);
    ra = accumulateComponents(ra);
    Pipeline.runTransformers(this, ra, origin);
    if (!k.validators.isEmpty()) {
      throw new KustomizeException(
          k.validators.get(0).pos(), null, "validators (plugins) are not supported by Hops");
    }
    if (k.vars != null) {
      ra.mergeVars(k.vars);
      Vars.annotateReferenced(ra, k.vars);
    }
    return ra;
  }

  private TransformerConfig configurations() {
    TransformerConfig tc = TransformerConfig.defaults();
    if (k.configurations.isEmpty()) {
      return tc;
    }
    TransformerConfig custom = TransformerConfig.EMPTY;
    for (Ref path : k.configurations) {
      String text = ldr.load(path.path(), path.pos());
      custom = custom.merge(TransformerConfig.parse(text, ldr.display(ldr.resolve(path.path()))));
    }
    return tc.merge(custom);
  }

  private void accumulateResource(Accumulator ra, Ref ref) {
    String path = ref.path();
    if (ldr.isFile(path)) {
      List<Res> resources = ResFactory.fromFile(ldr, path, ref.pos());
      if (origin != null) {
        String anno = origin.append(path).toYaml("");
        for (Res r : resources) {
          r.setAnnotation(Res.ORIGIN, anno);
        }
      }
      ResMap m = new ResMap();
      for (Res r : resources) {
        m.append(r);
      }
      ra.resMap().appendAll(m);
      return;
    }
    FileLoader sub = ldr.newLoader(path, ref.pos());
    Origin saved = origin;
    if (origin != null) {
      origin = origin.append(path);
    }
    try {
      accumulateDirectory(ra, sub, false, ref.pos());
    } finally {
      origin = saved;
    }
  }

  private Accumulator accumulateComponents(Accumulator ra) {
    for (Ref ref : k.components) {
      FileLoader sub = ldr.newLoader(ref.path(), ref.pos());
      Origin saved = origin;
      if (origin != null) {
        origin = origin.append(ref.path());
      }
      try {
        ra = accumulateDirectory(ra, sub, true, ref.pos());
      } finally {
        origin = saved;
      }
    }
    return ra;
  }

  private Accumulator accumulateDirectory(
      Accumulator ra, FileLoader sub, boolean component, SourcePos listedAt) {
    KustTarget subKt = new KustTarget(sub, listedAt);
    subKt.k.buildMetadata = k.buildMetadata;
    subKt.applyOpenApi(false);
    subKt.origin = origin;
    if (component && !subKt.k.isComponent()) {
      throw new KustomizeException(
          listedAt,
          null,
          "expected kind 'Component' for path '"
              + sub.display(sub.root())
              + "' but got '"
              + subKt.k.kind
              + "'");
    }
    if (!component && subKt.k.isComponent()) {
      throw new KustomizeException(
          listedAt,
          null,
          "expected kind != 'Component' for path '" + sub.display(sub.root()) + "'");
    }
    try {
      if (component) {
        Accumulator subRa = subKt.accumulateTarget(ra);
        Accumulator fresh = new Accumulator();
        fresh.mergeAccumulator(subRa);
        return fresh;
      }
      Accumulator subRa = subKt.accumulateTarget(new Accumulator());
      ra.mergeAccumulator(subRa);
      return ra;
    } catch (KustomizeException e) {
      throw (KustomizeException)
          e.addContext(
              "while building " + sub.display(sub.root()) + " (listed at " + listedAt + ")");
    }
  }

  private void runGenerators(Accumulator ra) {
    for (GeneratorArgs args : k.configMapGenerator) {
      GeneratorArgs a =
          args.withOptions(
              GeneratorOptions.mergeGlobalIntoLocal(args.options(), k.generatorOptions));
      absorb(ra, Generators.configMap(ldr, a), "ConfigMapGenerator");
    }
    for (GeneratorArgs args : k.secretGenerator) {
      GeneratorArgs a =
          args.withOptions(
              GeneratorOptions.mergeGlobalIntoLocal(args.options(), k.generatorOptions));
      absorb(ra, Generators.secret(ldr, a), "SecretGenerator");
    }
    if (k.hasHelm) {
      throw new KustomizeException(
          k.pos,
          null,
          "helmCharts are not supported yet: Hops will render Helm charts with the HelmRelease"
              + " support (kustomize itself needs --enable-helm for them)");
    }
    for (Res config : pluginConfigs(k.generators)) {
      for (Res generated : BuiltinPlugins.generate(ldr, config)) {
        ResMap m = new ResMap();
        m.append(generated);
        ra.resMap().absorbAll(m);
      }
    }
  }

  /**
   * The plugin configuration objects of {@code generators:} or {@code transformers:}: entries that
   * parse as objects are inline, the others are files or kustomization directories (which are
   * built, like resources).
   */
  List<Res> pluginConfigs(List<dev.hops.yaml.Node> entries) {
    Accumulator acc = new Accumulator();
    for (dev.hops.yaml.Node e : entries) {
      String text = ((dev.hops.yaml.ScalarNode) e).value();
      List<Res> inline = null;
      try {
        inline = ResFactory.fromText(ldr, text, ldr.display(ldr.resolve(kustFile)));
      } catch (dev.hops.yaml.HopsException notInline) {
        // a path, not an inline configuration
      }
      if (inline != null && !inline.isEmpty()) {
        for (Res r : inline) {
          acc.resMap().append(r);
        }
      } else {
        accumulateResource(acc, new Ref(text, e.pos()));
      }
    }
    return acc.resMap().resources();
  }

  private void absorb(Accumulator ra, Res generated, String kind) {
    if (origin != null && !generated.getAnnotations().containsKey(Res.ORIGIN)) {
      java.util.Map<String, String> a = generated.getAnnotations();
      a.put(Res.ORIGIN, Origin.generator(origin, kustFile, kind).toYaml(""));
      generated.setAnnotations(a);
    }
    ResMap m = new ResMap();
    m.append(generated);
    ra.resMap().absorbAll(m);
  }

  String kustFile() {
    return kustFile;
  }
}
