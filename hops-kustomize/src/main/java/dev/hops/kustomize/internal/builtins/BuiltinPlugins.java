package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.NamespaceFilter;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.GeneratorArgs;
import dev.hops.kustomize.internal.types.GeneratorOptions;
import dev.hops.kustomize.internal.types.Image;
import dev.hops.kustomize.internal.types.Patch;
import dev.hops.kustomize.internal.types.Ref;
import dev.hops.kustomize.internal.types.Replica;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builtin plugins configured by objects with {@code apiVersion: builtin} listed under {@code
 * generators:} or {@code transformers:}, as kustomize's plugin loader makes them. Anything else
 * (exec plugins, KRM functions) is refused: Hops runs no external code.
 */
public final class BuiltinPlugins {

  private BuiltinPlugins() {}

  private static void requireBuiltin(Res config) {
    if (!config.gvk().group().isEmpty() || !config.gvk().version().equals("builtin")) {
      throw new KustomizeException(
          config.source(),
          config.curId().toString(),
          "external plugins (exec plugins, KRM functions) are not supported by Hops; only"
              + " 'apiVersion: builtin' generators and transformers are");
    }
  }

  public static Transformer transformer(FileLoader ldr, Res config) {
    requireBuiltin(config);
    PluginConfig c = new PluginConfig(config.node());
    String kind = config.getKind();
    return switch (kind) {
      case "AnnotationsTransformer" ->
          new MetadataMapTransformer(c.stringMap("annotations"), c.fieldSpecs("fieldSpecs"));
      case "LabelTransformer" ->
          new MetadataMapTransformer(c.stringMap("labels"), c.fieldSpecs("fieldSpecs"));
      case "NamespaceTransformer" -> namespace(c, config);
      case "PrefixTransformer" ->
          PrefixSuffixTransformer.prefix(c.string("prefix"), c.fieldSpecs("fieldSpecs"));
      case "SuffixTransformer" ->
          PrefixSuffixTransformer.suffix(c.string("suffix"), c.fieldSpecs("fieldSpecs"));
      case "PrefixSuffixTransformer" -> {
        Transformer p =
            PrefixSuffixTransformer.prefix(c.string("prefix"), c.fieldSpecs("fieldSpecs"));
        Transformer s =
            PrefixSuffixTransformer.suffix(c.string("suffix"), c.fieldSpecs("fieldSpecs"));
        yield m -> {
          p.transform(m);
          s.transform(m);
        };
      }
      case "ImageTagTransformer" -> image(c);
      case "ReplicaCountTransformer" -> {
        PluginConfig r = c.child("replica");
        yield new ReplicaTransformer(
            new Replica(r == null ? "" : r.string("name"), r == null ? 0 : r.integer("count")),
            c.fieldSpecs("fieldSpecs"));
      }
      case "PatchTransformer" ->
          PatchTransformer.of(
              ldr,
              new Patch(
                  c.string("path"),
                  c.string("patch"),
                  c.selector("target"),
                  Map.of(),
                  config.source()));
      case "PatchJson6902Transformer" ->
          PatchTransformer.json6902(
              ldr,
              new Patch(
                  c.string("path"),
                  c.string("jsonOp"),
                  c.selector("target"),
                  Map.of(),
                  config.source()));
      case "PatchStrategicMergeTransformer" -> {
        List<Ref> refs = new ArrayList<>();
        for (String p : c.stringList("paths")) {
          refs.add(new Ref(p, config.source()));
        }
        if (!c.string("patches").isEmpty()) {
          refs.add(new Ref(c.string("patches"), config.source()));
        }
        yield PatchTransformer.strategicMergeFiles(ldr, refs);
      }
      case "ReplacementTransformer" -> ReplacementTransformer.of(ldr, c.list("replacements"));
      case "HashTransformer" -> BuiltinPlugins::hashAll;
      default ->
          throw new KustomizeException(
              config.source(),
              config.curId().toString(),
              "builtin plugin '" + kind + "' is not supported as a transformer by Hops");
    };
  }

  private static Transformer namespace(PluginConfig c, Res config) {
    PluginConfig md = c.child("metadata");
    String ns = md == null ? "" : md.string("namespace");
    String mode = c.string("setRoleBindingSubjects");
    NamespaceFilter.SubjectMode subjects =
        switch (mode) {
          case "", "defaultOnly" -> NamespaceFilter.SubjectMode.DEFAULT_ONLY;
          case "allServiceAccounts" -> NamespaceFilter.SubjectMode.ALL_SERVICE_ACCOUNTS;
          case "none" -> NamespaceFilter.SubjectMode.NONE;
          default ->
              throw new KustomizeException(
                  config.source(),
                  config.curId().toString(),
                  "invalid value \""
                      + mode
                      + "\" for setRoleBindingSubjects: must be one of"
                      + " \"defaultOnly\", \"none\" or \"allServiceAccounts\"");
        };
    return new NamespaceTransformer(ns, c.fieldSpecs("fieldSpecs"), c.bool("unsetOnly"), subjects);
  }

  private static Transformer image(PluginConfig c) {
    PluginConfig i = c.child("imageTag");
    Image image =
        i == null
            ? new Image("", "", "", "", "")
            : new Image(
                i.string("name"),
                i.string("newName"),
                i.string("tagSuffix"),
                i.string("newTag"),
                i.string("digest"));
    return new ImageTransformer(image, c.fieldSpecs("fieldSpecs"));
  }

  private static void hashAll(ResMap m) {
    for (Res r : m.resources()) {
      if (r.needHashSuffix()) {
        String h = Hasher.hash(r);
        r.storePreviousId();
        r.setName(r.getName() + "-" + h);
      }
    }
  }

  /** A builtin generator configured by {@code config}; the generated resources. */
  public static List<Res> generate(FileLoader ldr, Res config) {
    requireBuiltin(config);
    MappingNode node = config.node();
    String kind = config.getKind();
    boolean secret = kind.equals("SecretGenerator");
    if (!secret && !kind.equals("ConfigMapGenerator")) {
      throw new KustomizeException(
          config.source(),
          config.curId().toString(),
          "builtin plugin '" + kind + "' is not supported as a generator by Hops");
    }
    PluginConfig c = new PluginConfig(node);
    PluginConfig md = c.child("metadata");
    String name = c.string("name").isEmpty() && md != null ? md.string("name") : c.string("name");
    String ns =
        c.string("namespace").isEmpty() && md != null
            ? md.string("namespace")
            : c.string("namespace");
    List<String> envs = new ArrayList<>(c.stringList("envs"));
    if (!c.string("env").isEmpty()) {
      envs.add(c.string("env"));
    }
    PluginConfig o = c.child("options");
    GeneratorOptions options =
        o == null
            ? null
            : new GeneratorOptions(
                o.stringMap("labels"),
                o.stringMap("annotations"),
                o.bool("disableNameSuffixHash"),
                o.bool("immutable"));
    GeneratorArgs args =
        new GeneratorArgs(
            ns,
            name,
            c.string("behavior"),
            c.stringList("literals"),
            c.stringList("files"),
            envs,
            options,
            secret ? c.string("type") : "",
            config.source() == null ? SourcePos.UNKNOWN : config.source());
    return List.of(secret ? Generators.secret(ldr, args) : Generators.configMap(ldr, args));
  }

  /** Plugin config objects from {@code generators:}/{@code transformers:} entries. */
  public static boolean isInline(Node entry) {
    return entry instanceof dev.hops.yaml.ScalarNode s && s.value().contains("\n");
  }
}
