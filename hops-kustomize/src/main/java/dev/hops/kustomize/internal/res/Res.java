package dev.hops.kustomize.internal.res;

import dev.hops.kustomize.Gvk;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One resource during a build: kustomize's {@code resource.Resource}. Its node is the object; build
 * bookkeeping (previous names, prefixes, generator behavior, ...) lives in internal annotations on
 * the node, exactly as kustomize keeps it, and is removed at the end of the build.
 */
public final class Res {

  public static final String DOMAIN = "internal.config.kubernetes.io";
  public static final String PREVIOUS_KINDS = DOMAIN + "/previousKinds";
  public static final String PREVIOUS_NAMES = DOMAIN + "/previousNames";
  public static final String PREFIXES = DOMAIN + "/prefixes";
  public static final String SUFFIXES = DOMAIN + "/suffixes";
  public static final String PREVIOUS_NAMESPACES = DOMAIN + "/previousNamespaces";
  public static final String REF_BY = DOMAIN + "/refBy";
  public static final String GEN_BEHAVIOR = DOMAIN + "/generatorBehavior";
  public static final String NEEDS_HASH = DOMAIN + "/needsHashSuffix";
  public static final String ALLOW_NAME_CHANGE = DOMAIN + "/allowNameChange";
  public static final String ALLOW_KIND_CHANGE = DOMAIN + "/allowKindChange";
  public static final String ORIGIN = "config.kubernetes.io/origin";
  public static final String TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
  public static final String ENABLED = "enabled";

  /** Annotations removed from every resource at the end of a build (kustomize BuildAnnotations). */
  public static final List<String> BUILD_ANNOTATIONS =
      List.of(
          PREVIOUS_KINDS,
          PREVIOUS_NAMES,
          PREFIXES,
          SUFFIXES,
          PREVIOUS_NAMESPACES,
          ALLOW_NAME_CHANGE,
          ALLOW_KIND_CHANGE,
          REF_BY,
          GEN_BEHAVIOR,
          NEEDS_HASH,
          "internal.config.kubernetes.io/path",
          "internal.config.kubernetes.io/index",
          "internal.config.kubernetes.io/seqindent",
          "internal.config.kubernetes.io/id",
          "internal.config.k8s.io/id",
          "config.kubernetes.io/path",
          "config.kubernetes.io/index",
          "config.k8s.io/id");

  private MappingNode node;
  private List<String> refVarNames = new ArrayList<>();
  private final SourcePos source;

  private String gvkApiVersion;
  private String gvkKind;
  private Gvk gvkMemo;

  // memos of curId and prevIds, valid while the strings they were made from are the node's
  private Gvk curGvk;
  private String curName;
  private String curNs;
  private RId curIdMemo;
  private Gvk prevGvk;
  private String prevNames;
  private String prevNss;
  private String prevKinds;
  private List<RId> prevIdsMemo;

  public Res(MappingNode node, SourcePos source) {
    this.node = node;
    this.source = source == null ? SourcePos.UNKNOWN : source;
  }

  /** The object; null once a patch deleted it. */
  public MappingNode node() {
    return node;
  }

  public void setNode(MappingNode node) {
    this.node = node;
  }

  /** Where the resource was read or generated. */
  public SourcePos source() {
    return source;
  }

  public boolean isNilOrEmpty() {
    return node == null || node.isNullOrEmpty();
  }

  public Res deepCopy() {
    Res r = new Res(node == null ? null : node.copy(), source);
    r.refVarNames = new ArrayList<>(refVarNames);
    return r;
  }

  // --- type and metadata, with kyaml's lookups ---

  public String getKind() {
    return scalarText(node == null ? null : node.get("kind"));
  }

  public String getApiVersion() {
    return scalarText(node == null ? null : node.get("apiVersion"));
  }

  private static String scalarText(Node n) {
    return n instanceof ScalarNode s ? s.value() : "";
  }

  public Gvk gvk() {
    String apiVersion = getApiVersion();
    String kind = getKind();
    if (gvkMemo == null || apiVersion != gvkApiVersion || kind != gvkKind) {
      gvkApiVersion = apiVersion;
      gvkKind = kind;
      gvkMemo = Gvk.of(apiVersion, kind);
    }
    return gvkMemo;
  }

  /** kyaml getMetaData: the metadata mapping unless null or empty. */
  public MappingNode metadata() {
    if (node == null || node.isNull()) {
      return null;
    }
    Node md = node.get("metadata");
    if (md == null || md.isNullOrEmpty() || !(md instanceof MappingNode m)) {
      return null;
    }
    return m;
  }

  private String metaString(String field) {
    MappingNode md = metadata();
    if (md == null) {
      return "";
    }
    Node v = md.get(field);
    if (v == null || v.isNullOrEmpty()) {
      return "";
    }
    return v instanceof ScalarNode s ? s.value() : "";
  }

  public String getName() {
    return metaString("name");
  }

  public String getNamespace() {
    return metaString("namespace");
  }

  public void setName(String name) {
    Node md = Kyaml.lookupCreate(node, Kyaml.Create.MAPPING, "metadata");
    Kyaml.setField(md, "name", ScalarNode.untagged(name));
  }

  public void setNamespace(String ns) {
    if (ns.isEmpty()) {
      Node md = Kyaml.lookup(node, "metadata");
      if (md != null) {
        Kyaml.clear(md, "namespace");
      }
      return;
    }
    Node md = Kyaml.lookupCreate(node, Kyaml.Create.MAPPING, "metadata");
    Kyaml.setField(md, "namespace", ScalarNode.untagged(ns));
  }

  public void setKind(String kind) {
    Kyaml.setField(node, "kind", ScalarNode.untagged(kind));
  }

  public void setApiVersion(String apiVersion) {
    Kyaml.setField(node, "apiVersion", ScalarNode.untagged(apiVersion));
  }

  public void setGvk(Gvk gvk) {
    setKind(gvk.kind());
    setApiVersion(gvk.apiVersion());
  }

  // --- labels and annotations as kyaml's Get/SetAnnotations (values become strings) ---

  public Map<String, String> getAnnotations(String... only) {
    return mapFromMeta("annotations", only);
  }

  public Map<String, String> getLabels(String... only) {
    return mapFromMeta("labels", only);
  }

  private Map<String, String> mapFromMeta(String field, String... only) {
    Map<String, String> result = new LinkedHashMap<>();
    MappingNode md = metadata();
    if (md == null || !(md.get(field) instanceof MappingNode m)) {
      return result;
    }
    List<String> filter = only.length == 0 ? null : Arrays.asList(only);
    for (MappingNode.Entry e : m.entries()) {
      String k = e.name();
      if (k == null || (filter != null && !filter.contains(k))) {
        continue;
      }
      result.putIfAbsent(k, e.value() instanceof ScalarNode s ? s.value() : "");
    }
    return result;
  }

  public void setAnnotations(Map<String, String> m) {
    setMapInMetadata(m, "annotations");
  }

  public void setLabels(Map<String, String> m) {
    setMapInMetadata(m, "labels");
  }

  /** kyaml setMapInMetadata: rebuild the map as sorted string entries; drop it when empty. */
  private void setMapInMetadata(Map<String, String> m, String field) {
    Node md = Kyaml.lookupCreate(node, Kyaml.Create.MAPPING, "metadata");
    Kyaml.clear(md, field);
    if (m.isEmpty()) {
      return;
    }
    Node map = Kyaml.lookupCreate(md, Kyaml.Create.MAPPING, field);
    for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
      Kyaml.setField(map, e.getKey(), ScalarNode.ofString(e.getValue()));
    }
  }

  /** kyaml SetAnnotation(key, value): sets one annotation, creating the map. */
  public void setAnnotation(String key, String value) {
    Node map = Kyaml.lookupCreate(node, Kyaml.Create.MAPPING, "metadata", "annotations");
    Kyaml.setField(map, key, ScalarNode.ofString(value));
  }

  // --- build annotations ---

  /**
   * One annotation as {@link #getAnnotations} would hold it (the first entry of that key; "" for a
   * value that is not a scalar), or null when absent; without building the map.
   */
  private String annotation(String key) {
    MappingNode md = metadata();
    if (md == null || !(md.get("annotations") instanceof MappingNode m)) {
      return null;
    }
    for (MappingNode.Entry e : m.entries()) {
      if (key.equals(e.name())) {
        return e.value() instanceof ScalarNode s ? s.value() : "";
      }
    }
    return null;
  }

  private List<String> csvAnnotation(String name) {
    String v = annotation(name);
    return v == null ? List.of() : Arrays.asList(v.split(",", -1));
  }

  private void appendCsvAnnotation(String name, String value) {
    if (value.isEmpty()) {
      return;
    }
    List<String> current = new ArrayList<>(csvAnnotation(name));
    current.add(value);
    setAnnotation(name, String.join(",", current));
  }

  public void addNamePrefix(String p) {
    appendCsvAnnotation(PREFIXES, p);
  }

  public void addNameSuffix(String s) {
    appendCsvAnnotation(SUFFIXES, s);
  }

  public List<String> namePrefixes() {
    return csvAnnotation(PREFIXES);
  }

  public List<String> nameSuffixes() {
    return csvAnnotation(SUFFIXES);
  }

  public List<RId> refBy() {
    List<RId> ids = new ArrayList<>();
    for (String s : csvAnnotation(REF_BY)) {
      ids.add(RIds.fromLegacyString(s));
    }
    return ids;
  }

  public void appendRefBy(RId id) {
    appendCsvAnnotation(REF_BY, id.legacyString());
  }

  public Res setPreviousId(String ns, String name, String kind) {
    appendCsvAnnotation(PREVIOUS_NAMES, name);
    appendCsvAnnotation(PREVIOUS_NAMESPACES, ns);
    appendCsvAnnotation(PREVIOUS_KINDS, kind);
    return this;
  }

  public void storePreviousId() {
    RId id = curId();
    setPreviousId(id.effectiveNamespace(), id.name(), id.kind());
  }

  private boolean isEnabled(String key) {
    return ENABLED.equals(annotation(key));
  }

  private void enable(String key) {
    Map<String, String> a = getAnnotations();
    a.put(key, ENABLED);
    setAnnotations(a);
  }

  public void allowNameChange() {
    enable(ALLOW_NAME_CHANGE);
  }

  public boolean nameChangeAllowed() {
    return isEnabled(ALLOW_NAME_CHANGE);
  }

  public void allowKindChange() {
    enable(ALLOW_KIND_CHANGE);
  }

  public boolean kindChangeAllowed() {
    return isEnabled(ALLOW_KIND_CHANGE);
  }

  public boolean needHashSuffix() {
    return isEnabled(NEEDS_HASH);
  }

  public void enableHashSuffix() {
    enable(NEEDS_HASH);
  }

  /** The generator behavior: "create" (also for unset), "merge" or "replace"; "unspecified". */
  public String behavior() {
    String v = annotation(GEN_BEHAVIOR);
    return v == null ? "unspecified" : Behaviors.normalize(v);
  }

  public void setBehavior(String behavior) {
    Map<String, String> a = getAnnotations();
    a.put(GEN_BEHAVIOR, behavior);
    setAnnotations(a);
  }

  public void removeBuildAnnotations() {
    Map<String, String> a = getAnnotations();
    if (a.isEmpty()) {
      return;
    }
    for (String k : BUILD_ANNOTATIONS) {
      a.remove(k);
    }
    setAnnotations(a);
  }

  // --- ids ---

  public RId curId() {
    Gvk g = gvk();
    String name = getName();
    String ns = getNamespace();
    // ids are asked for in loops over all resources; the strings are the node's own, so an
    // unchanged object gives the same instances
    if (curIdMemo != null && g.equals(curGvk) && name == curName && ns == curNs) {
      return curIdMemo;
    }
    curGvk = g;
    curName = name;
    curNs = ns;
    curIdMemo = RId.of(g, name, ns);
    return curIdMemo;
  }

  /** Previous ids from the build annotations; never cluster-scoped, as in kustomize. */
  public List<RId> prevIds() {
    String names = annotation(PREVIOUS_NAMES);
    if (names == null) {
      return List.of();
    }
    String nss = java.util.Objects.requireNonNullElse(annotation(PREVIOUS_NAMESPACES), "");
    String kinds = java.util.Objects.requireNonNullElse(annotation(PREVIOUS_KINDS), "");
    Gvk g = gvk();
    if (prevIdsMemo != null
        && names == prevNames
        && nss == prevNss
        && kinds == prevKinds
        && g.equals(prevGvk)) {
      return prevIdsMemo;
    }
    String[] nameList = names.split(",", -1);
    String[] nsList = nss.split(",", -1);
    String[] kindList = kinds.split(",", -1);
    if (nameList.length != nsList.length || nameList.length != kindList.length) {
      throw new dev.hops.kustomize.KustomizeException(
          "number of previous names, number of previous namespaces, number of previous kinds not"
              + " equal");
    }
    List<RId> ids = new ArrayList<>(nameList.length);
    for (int i = 0; i < nameList.length; i++) {
      ids.add(new RId(new Gvk(g.group(), g.version(), kindList[i]), nameList[i], nsList[i], false));
    }
    prevNames = names;
    prevNss = nss;
    prevKinds = kinds;
    prevGvk = g;
    prevIdsMemo = List.copyOf(ids);
    return prevIdsMemo;
  }

  public RId orgId() {
    List<RId> prev = prevIds();
    return prev.isEmpty() ? curId() : prev.get(0);
  }

  public List<String> refVarNames() {
    return refVarNames;
  }

  public void appendRefVarName(String name) {
    refVarNames.add(name);
  }

  // --- merging generated resources (behavior merge/replace) ---

  /** kustomize CopyMergeMetaDataFieldsFrom. */
  public void copyMergeMetaDataFieldsFrom(Res other) {
    Map<String, String> labels = new LinkedHashMap<>(other.getLabels());
    labels.putAll(getLabels());
    setLabels(labels);
    Map<String, String> ra = getAnnotations();
    boolean enableHash = ra.containsKey(NEEDS_HASH);
    Map<String, String> merged = mergeWithBuildAnnotations(other.getAnnotations(), ra);
    if (!enableHash) {
      merged.remove(NEEDS_HASH);
    }
    setAnnotations(merged);
    setName(other.getName());
    setNamespace(other.getNamespace());
    refVarNames = new ArrayList<>(other.refVarNames);
  }

  private static Map<String, String> mergeWithBuildAnnotations(
      Map<String, String> first, Map<String, String> second) {
    Map<String, String> result = new LinkedHashMap<>(first);
    result.putAll(second);
    for (String k : BUILD_ANNOTATIONS) {
      if (first.containsKey(k)) {
        result.put(k, first.get(k));
      } else {
        result.remove(k);
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return curId().toString();
  }
}
