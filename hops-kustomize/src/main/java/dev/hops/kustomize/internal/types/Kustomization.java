package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.KustomizeException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kustomization file, read strictly as kustomize reads it (unknown fields are errors) and with
 * its deprecated fields folded in ({@code bases} into resources, {@code imageTags} into images,
 * {@code env} into envs), as kustomize's {@code FixKustomization} does.
 */
public final class Kustomization {

  public static final String KUSTOMIZATION_VERSION = "kustomize.config.k8s.io/v1beta1";
  public static final String KUSTOMIZATION_KIND = "Kustomization";
  public static final String COMPONENT_VERSION = "kustomize.config.k8s.io/v1alpha1";
  public static final String COMPONENT_KIND = "Component";

  static final Set<String> FIELDS =
      Set.of(
          "apiVersion",
          "kind",
          "metadata",
          "openapi",
          "namePrefix",
          "nameSuffix",
          "namespace",
          "commonLabels",
          "labels",
          "commonAnnotations",
          "patchesStrategicMerge",
          "patchesJson6902",
          "patches",
          "images",
          "imageTags",
          "replacements",
          "replicas",
          "vars",
          "sortOptions",
          "resources",
          "components",
          "crds",
          "bases",
          "configMapGenerator",
          "secretGenerator",
          "helmGlobals",
          "helmCharts",
          "helmChartInflationGenerator",
          "generatorOptions",
          "configurations",
          "generators",
          "transformers",
          "validators",
          "buildMetadata");

  /** The top-level field names (JSON names) of kustomize's Kustomization type. */
  public static Set<String> fieldNames() {
    return FIELDS;
  }

  public String apiVersion = "";
  public String kind = "";
  public Map<String, String> openApi;
  public String namePrefix = "";
  public String nameSuffix = "";
  public String namespace = "";
  public Map<String, String> commonLabels;
  public List<Label> labels = new ArrayList<>();
  public Map<String, String> commonAnnotations;
  public List<Ref> patchesStrategicMerge;
  public List<Patch> patchesJson6902;
  public List<Patch> patches = new ArrayList<>();
  public List<Image> images = new ArrayList<>();
  public boolean hasImageTags;
  public List<Node> replacements = new ArrayList<>();
  public List<Replica> replicas = new ArrayList<>();
  public List<Var> vars;
  public SortOptions sortOptions;
  public List<Ref> resources = new ArrayList<>();
  public List<Ref> components = new ArrayList<>();
  public List<Ref> crds = new ArrayList<>();
  public boolean hasBases;
  public List<GeneratorArgs> configMapGenerator = new ArrayList<>();
  public List<GeneratorArgs> secretGenerator = new ArrayList<>();
  public boolean hasHelm;
  public GeneratorOptions generatorOptions;
  public List<Ref> configurations = new ArrayList<>();
  public List<Node> generators = new ArrayList<>();
  public List<Node> transformers = new ArrayList<>();
  public List<Node> validators = new ArrayList<>();
  public List<String> buildMetadata = new ArrayList<>();
  public SourcePos pos = SourcePos.UNKNOWN;

  /** Reads and fixes a kustomization; {@code root} is the document's mapping. */
  public static Kustomization parse(MappingNode root) {
    Strict s = new Strict(root, "Kustomization", FIELDS);
    Kustomization k = new Kustomization();
    k.pos = root.pos();
    k.apiVersion = s.string("apiVersion");
    k.kind = s.string("kind");
    if (s.raw("metadata") != null) {
      new Strict(
          s.mapping("metadata"),
          "ObjectMeta",
          Set.of("name", "namespace", "labels", "annotations"));
    }
    k.openApi = s.stringMap("openapi");
    k.namePrefix = s.string("namePrefix");
    k.nameSuffix = s.string("nameSuffix");
    k.namespace = s.string("namespace");
    k.commonLabels = s.stringMap("commonLabels");
    k.commonAnnotations = s.stringMap("commonAnnotations");
    forEach(s.mappings("labels", "Label"), m -> k.labels.add(Label.parse(m)));
    k.patchesStrategicMerge = s.refList("patchesStrategicMerge");
    if (s.raw("patchesJson6902") != null) {
      k.patchesJson6902 = new ArrayList<>();
      forEach(s.mappings("patchesJson6902", "Patch"), m -> k.patchesJson6902.add(Patch.parse(m)));
    }
    forEach(s.mappings("patches", "Patch"), m -> k.patches.add(Patch.parse(m)));
    forEach(s.mappings("images", "Image"), m -> k.images.add(Image.parse(m)));
    k.hasImageTags = s.raw("imageTags") != null;
    forEach(s.mappings("imageTags", "Image"), m -> k.images.add(Image.parse(m)));
    List<Node> repl = s.items("replacements");
    if (repl != null) {
      k.replacements.addAll(repl);
    }
    forEach(s.mappings("replicas", "Replica"), m -> k.replicas.add(Replica.parse(m)));
    if (s.raw("vars") != null) {
      k.vars = new ArrayList<>();
      forEach(s.mappings("vars", "Var"), m -> k.vars.add(Var.parse(m)));
    }
    MappingNode so = s.mapping("sortOptions");
    k.sortOptions = so == null ? null : SortOptions.parse(so);
    k.resources.addAll(orEmpty(s.refList("resources")));
    k.components.addAll(orEmpty(s.refList("components")));
    k.crds.addAll(orEmpty(s.refList("crds")));
    k.hasBases = s.raw("bases") != null;
    k.resources.addAll(orEmpty(s.refList("bases")));
    forEach(
        s.mappings("configMapGenerator", "ConfigMapArgs"),
        m -> k.configMapGenerator.add(GeneratorArgs.parse(m, false)));
    forEach(
        s.mappings("secretGenerator", "SecretArgs"),
        m -> k.secretGenerator.add(GeneratorArgs.parse(m, true)));
    k.hasHelm =
        s.raw("helmCharts") != null
            || s.raw("helmChartInflationGenerator") != null
            || s.raw("helmGlobals") != null;
    MappingNode go = s.mapping("generatorOptions");
    k.generatorOptions = go == null ? null : GeneratorOptions.parse(go);
    k.configurations.addAll(orEmpty(s.refList("configurations")));
    addItems(s, "generators", k.generators);
    addItems(s, "transformers", k.transformers);
    addItems(s, "validators", k.validators);
    k.buildMetadata.addAll(orEmpty(s.stringList("buildMetadata")));
    if (k.kind.isEmpty()) {
      k.kind = KUSTOMIZATION_KIND;
    }
    if (k.apiVersion.isEmpty()) {
      k.apiVersion = k.kind.equals(COMPONENT_KIND) ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
    }
    return k;
  }

  private static void addItems(Strict s, String field, List<Node> into) {
    List<Node> items = s.items(field);
    if (items == null) {
      return;
    }
    for (Node n : items) {
      if (!(n instanceof ScalarNode) || n.isNull()) {
        throw new KustomizeException(
            n.pos(),
            null,
            "invalid Kustomization: json: cannot unmarshal "
                + Strict.jsonType(n)
                + " into Go struct field Kustomization."
                + field
                + " of type string");
      }
      into.add(n);
    }
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static void forEach(List<MappingNode> items, java.util.function.Consumer<MappingNode> f) {
    if (items != null) {
      for (MappingNode m : items) {
        f.accept(m);
      }
    }
  }

  /** kustomize's deprecation warnings, in its order and words. */
  public List<String> deprecationWarnings() {
    List<String> w = new ArrayList<>();
    String fix = " Run 'kustomize edit fix' to update your Kustomization automatically.";
    if (hasBases) {
      w.add("# Warning: 'bases' is deprecated. Please use 'resources' instead." + fix);
    }
    if (commonLabels != null) {
      w.add("# Warning: 'commonLabels' is deprecated. Please use 'labels' instead." + fix);
    }
    if (hasImageTags) {
      w.add("# Warning: 'imageTags' is deprecated. Please use 'images' instead." + fix);
    }
    if (patchesJson6902 != null) {
      w.add("# Warning: 'patchesJson6902' is deprecated. Please use 'patches' instead." + fix);
    }
    if (patchesStrategicMerge != null) {
      w.add(
          "# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead." + fix);
    }
    if (vars != null) {
      w.add(
          "# Warning: 'vars' is deprecated. Please use 'replacements' instead. [EXPERIMENTAL] Run"
              + " 'kustomize edit fix' to update your Kustomization automatically.");
    }
    return w;
  }

  /** kustomize CheckEmpty: nothing but apiVersion and kind. */
  public boolean isEmpty(MappingNode root) {
    for (MappingNode.Entry e : root.entries()) {
      String k = e.name() == null ? "" : e.name().toLowerCase(java.util.Locale.ROOT);
      if (!k.equals("apiversion") && !k.equals("kind") && !isZero(e.value())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZero(Node n) {
    return n.isNull()
        || (n instanceof ScalarNode s && s.value().isEmpty())
        || (n instanceof MappingNode m && m.isEmpty() && false)
        || (n instanceof dev.hops.yaml.SequenceNode seq && seq.isEmpty() && false);
  }

  /** kustomize EnforceFields. */
  public List<String> enforceFields() {
    List<String> errs = new ArrayList<>();
    if (!kind.isEmpty() && !kind.equals(KUSTOMIZATION_KIND) && !kind.equals(COMPONENT_KIND)) {
      errs.add("kind should be " + KUSTOMIZATION_KIND + " or " + COMPONENT_KIND);
    }
    String required = kind.equals(COMPONENT_KIND) ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
    if (!apiVersion.isEmpty() && !apiVersion.equals(required)) {
      errs.add("apiVersion for " + kind + " should be " + required);
    }
    return errs;
  }

  public boolean isComponent() {
    return kind.equals(COMPONENT_KIND);
  }
}
