package dev.hops.check.schema;

import dev.hops.check.CheckContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Where the schema of each object comes from, for one check run: the built-in kinds of the chosen
 * Kubernetes version for Kubernetes' own API groups; for other groups the CustomResourceDefinitions
 * of the object's cluster (the Kustomizations' output and the charts'), then the {@code
 * --schema-dir} folders.
 */
public final class SchemaIndex {

  /** What is known of an object's apiVersion and kind. */
  public sealed interface Lookup {}

  /**
   * A schema.
   *
   * @param source where it comes from, for messages
   */
  public record Found(Schema schema, String source) implements Lookup {}

  /**
   * An apiVersion the cluster would not serve: Kubernetes' own group, or a CRD's version.
   *
   * @param byCrd true when a CustomResourceDefinition of the render decides it (a custom kind)
   */
  public record NotServed(String message, String hint, boolean byCrd) implements Lookup {}

  /** No schema anywhere. */
  public record Unknown() implements Lookup {}

  /**
   * Groups of Kubernetes' built-in kinds that no release Hops knows serves any more ({@code
   * extensions} held Deployments, Ingresses and others until 1.22).
   */
  private static final Set<String> REMOVED_GROUPS = Set.of("extensions");

  private final BuiltIns builtIns;
  private final Set<String> builtInGroups = new HashSet<>();
  private final Map<String, List<String>> otherReleases = new HashMap<>();
  private final SchemaDirs dirs;
  private final CheckContext context;
  private final Map<String, Crds> crdsByCluster = new HashMap<>();
  private final Map<String, Lookup> lookups = new HashMap<>();

  private SchemaIndex(CheckContext context) {
    this.context = context;
    this.builtIns = BuiltIns.load(KubeVersions.minor(context.settings().kubeVersion()));
    this.dirs = new SchemaDirs(context.settings().schemaDirs(), builtIns.objectMeta());
    builtInGroups.addAll(REMOVED_GROUPS);
    for (String minor : KubeVersions.available()) {
      for (String served : BuiltIns.served(minor)) {
        String apiVersion = served.substring(0, served.indexOf(' '));
        builtInGroups.add(group(apiVersion));
        otherReleases.computeIfAbsent(served, k -> new ArrayList<>()).add(minor);
      }
    }
  }

  /** The index of a run, made by the first rule that asks. */
  public static SchemaIndex of(CheckContext context) {
    return context.shared(SchemaIndex.class, SchemaIndex::new);
  }

  public String kubernetesMinor() {
    return builtIns.minor();
  }

  public BuiltIns builtIns() {
    return builtIns;
  }

  /**
   * Each object of the run that has an apiVersion and a kind, in the order of the render, with what
   * is known of its schema.
   */
  public void forEachObject(BiConsumer<CheckContext.Rendered, Lookup> action) {
    for (CheckContext.Rendered r : context.objects()) {
      if (!r.apiVersion().isEmpty() && !r.kind().isEmpty()) {
        action.accept(r, lookup(r));
      }
    }
  }

  /** The schema of an object's apiVersion and kind. */
  public synchronized Lookup lookup(CheckContext.Rendered r) {
    return lookups.computeIfAbsent(
        r.cluster() + " " + r.apiVersion() + " " + r.kind(),
        k -> lookup(r.cluster(), r.apiVersion(), r.kind()));
  }

  private Lookup lookup(String cluster, String apiVersion, String kind) {
    String group = group(apiVersion);
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    if (builtInGroups.contains(group)) {
      Schema s = builtIns.kind(apiVersion, kind);
      return s != null
          ? new Found(s, "Kubernetes " + builtIns.minor())
          : ServedVersions.notServed(builtIns, otherReleases, apiVersion, kind);
    }
    // the definition in the render is the one the cluster gets: it decides what is served
    Crds.Version v = crds(cluster).version(group, version, kind);
    if (v instanceof Crds.Served s) {
      return new Found(s.schema(), "its CustomResourceDefinition");
    }
    if (v instanceof Crds.NotServed n) {
      return new NotServed(
          apiVersion + " " + kind + " is not served by its CustomResourceDefinition " + n.crdName(),
          n.served().isEmpty()
              ? "the definition serves no version"
              : "use a version it serves: " + n.served(),
          true);
    }
    Schema fromDirs = dirs.find(group, version, kind);
    return fromDirs != null ? new Found(fromDirs, "--schema-dir") : new Unknown();
  }

  private Crds crds(String cluster) {
    return crdsByCluster.computeIfAbsent(
        cluster,
        c -> {
          Crds crds = new Crds(builtIns.objectMeta());
          context.objects(c).forEach(o -> crds.add(o.object()));
          return crds;
        });
  }

  /** The group of an apiVersion: "" for the core group ({@code v1}). */
  static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }
}
