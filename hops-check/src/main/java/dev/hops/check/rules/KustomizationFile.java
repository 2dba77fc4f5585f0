package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.SourceInfo;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * House rule (seed 003, "Every directory must contain a kustomization.yaml explicitly listing
 * resources"; seed 002's {@code app/kustomization.yaml}): the folders Flux Kustomizations build,
 * and the local folders kustomization files list, have a kustomization file of their own.
 */
public final class KustomizationFile implements Rule {

  @Override
  public String id() {
    return "kustomization-file";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "folders that Flux builds or kustomizations list have their own kustomization.yaml";
  }

  @Override
  public String explanation() {
    return "Seed 003: \"Every directory must contain a kustomization.yaml explicitly listing"
        + " resources\"; seed 002 gives every `app/` one. When a Flux Kustomization's spec.path"
        + " has none, Flux generates one that takes every YAML file of the folder and of each"
        + " sub-folder without a kustomization file, at any depth: a stray or half-finished file"
        + " is applied, and what the Kustomization contains is nowhere written. The rule reports"
        + " such a spec.path, except (unless option `strict` is true) the discovery folders that"
        + " seed 002 relies on (\"Flux will auto-discover the new namespace\"), whose generated"
        + " file only lists sub-folders with their own kustomization.yaml plus files at the top,"
        + " and the path of the cluster's root Kustomization, which `flux bootstrap` lays out."
        + " A folder listed in `resources` or `components` without a kustomization file fails"
        + " kustomize itself; for everything Flux builds the renders rule reports that, so this"
        + " rule only reports it in the kustomization files no Flux Kustomization builds (and says nothing"
        + " when it cannot tell which those are). Fix:"
        + " add a kustomization.yaml that lists the folder's resources.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    SourceTree tree = context.repository();
    if (tree == null) {
      return;
    }
    boolean strict = context.options(id()).bool("strict", false);
    BuiltFolders folders = new BuiltFolders(new KustomizeFolders(tree));
    boolean known = true; // whether every folder Flux builds from the repository was found
    for (ClusterResult cluster : context.result().clusters()) {
      Set<ObjectRef> roots = FluxObjects.roots(cluster);
      for (KsResult ks : cluster.kustomizations()) {
        String dir = FluxObjects.folder(context, cluster, ks);
        if (dir == null) {
          known &= !fromRepository(cluster, ks);
          continue;
        }
        Rendered object = object(context, cluster, ks);
        folders.buildFlux(dir, components(object));
        if (KustomizeFolders.kustomizationFile(tree, dir) != null
            || (!strict && roots.contains(ks.ref()))) {
          continue;
        }
        String problem = problem(folders.generated(dir), strict);
        if (problem != null) {
          findings.accept(
              Finding.of(
                  this,
                  object == null ? ks.definedAt() : Rules.position(object, "spec", "path"),
                  ks.ref().toString(),
                  "spec.path '" + ks.path() + "' has no kustomization.yaml: " + problem,
                  "add " + dir + "/kustomization.yaml listing its resources"));
        }
      }
    }
    if (known) {
      unbuiltFiles(tree, folders, findings);
    }
  }

  /**
   * Whether the Kustomization builds a folder of the repository: its source is the repository, or
   * an ExternalArtifact (ArtifactGenerators copy repository folders elsewhere).
   */
  private static boolean fromRepository(ClusterResult cluster, KsResult ks) {
    for (SourceInfo s : cluster.sources()) {
      if (s.ref().equals(ks.source())) {
        return s.usage() == SourceInfo.Usage.REPOSITORY || s.usage() == SourceInfo.Usage.GENERATED;
      }
    }
    return false;
  }

  private static String problem(BuiltFolders.Generated g, boolean strict) {
    if (!g.swept().isEmpty()) {
      return "Flux generates one that takes every YAML file below " + g.swept().getFirst() + "/";
    }
    if (g.discovered().isEmpty()) {
      return "Flux generates one from the YAML files it finds";
    }
    // a discovery folder: the generated file lists the folders that have their own
    return strict ? "Flux generates one that lists what it finds" : null;
  }

  /** Folders without a kustomization file listed by kustomization files Flux does not build. */
  private void unbuiltFiles(SourceTree tree, BuiltFolders folders, Consumer<Finding> findings) {
    for (String dir : folders.kustomizationFolders()) {
      if (folders.isBuilt(dir)) {
        continue;
      }
      for (BuiltFolders.Entry e : folders.folders(dir)) {
        if (KustomizeFolders.kustomizationFile(tree, e.dir()) == null) {
          findings.accept(
              Finding.of(
                  this,
                  e.node().pos(),
                  "",
                  "'" + e.node().value() + "' is a folder without a kustomization.yaml",
                  "add " + e.dir() + "/kustomization.yaml listing its resources"));
        }
      }
    }
  }

  private static Rendered object(CheckContext context, ClusterResult cluster, KsResult ks) {
    for (Rendered r :
        context.find(cluster.name(), "Kustomization", ks.ref().namespace(), ks.ref().name())) {
      if (FluxObjects.isKustomization(r)) {
        return r;
      }
    }
    return null;
  }

  private static List<String> components(Rendered object) {
    List<String> out = new ArrayList<>();
    if (object != null) {
      for (ScalarNode s : Nodes.nonEmptyScalars(object.object().getMapping("spec"), "components")) {
        out.add(s.value());
      }
    }
    return out;
  }
}
