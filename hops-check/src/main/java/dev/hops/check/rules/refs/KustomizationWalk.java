package dev.hops.check.rules.refs;

import dev.hops.check.rules.KustomizeFolders;
import dev.hops.check.rules.Nodes;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local paths the kustomization files below a folder list, followed as kustomize follows them
 * (resources, bases and components that are folders), and the ones that do not exist. A folder
 * without a kustomization file is what Flux generates one for: its sub-folders with one are
 * followed.
 */
final class KustomizationWalk {

  /**
   * A listed path that does not exist.
   *
   * @param path the path in the tree, or null when it leaves the tree
   * @param field the kustomization field ("resources", "patches[].path", ...)
   */
  record Missing(String path, String entry, String field, ScalarNode node) {}

  private static final List<String> FILES = List.of("crds", "configurations");

  /** Fields whose entries are paths or inline YAML. */
  private static final List<String> PATHS_OR_INLINE =
      List.of("patchesStrategicMerge", "generators", "transformers", "validators");

  private static final List<String> PATH_ITEMS =
      List.of("patches", "patchesJson6902", "replacements");

  private final KustomizeFolders folders;
  private final SourceTree tree;
  private final Set<String> visited = new HashSet<>();
  private final List<Missing> missing = new ArrayList<>();

  private KustomizationWalk(SourceTree tree) {
    this.folders = new KustomizeFolders(tree);
    this.tree = tree;
  }

  /** The missing paths of the kustomizations a Flux Kustomization with this path builds. */
  static List<Missing> from(SourceTree tree, String dir) {
    KustomizationWalk w = new KustomizationWalk(tree);
    w.folder(dir, true);
    return w.missing;
  }

  private void folder(String dir, boolean generated) {
    if (!visited.add(dir)) {
      return;
    }
    String file = folders.kustomizationFile(dir);
    if (file != null) {
      kustomization(dir, file);
    } else if (generated) {
      // each folder once: one a kustomization already listed is not walked again
      folders.walkGenerated(dir, visited::add, this::kustomization, manifest -> {});
    }
  }

  private void kustomization(String dir, String file) {
    MappingNode kus = folders.read(file);
    if (kus == null) {
      return; // unreadable or not YAML: the render reports it
    }
    for (String field : KustomizeFolders.FOLDER_FIELDS) {
      for (ScalarNode s : Nodes.scalars(kus, field)) {
        String p = local(dir, s, field, null);
        if (p != null && tree.isDirectory(p)) {
          folder(p, false);
        }
      }
    }
    for (String field : FILES) {
      Nodes.scalars(kus, field).forEach(s -> local(dir, s, field, null));
    }
    for (String field : PATHS_OR_INLINE) {
      for (ScalarNode s : Nodes.scalars(kus, field)) {
        if (!s.value().contains("\n") && !s.value().contains(": ")) {
          local(dir, s, field, null);
        }
      }
    }
    for (String field : PATH_ITEMS) {
      for (MappingNode item : Nodes.mappings(kus, field)) {
        pathField(dir, item, "path", field + "[].path");
      }
    }
    pathField(dir, kus.getMapping("openapi"), "path", "openapi.path");
    for (MappingNode chart : Nodes.mappings(kus, "helmCharts")) {
      pathField(dir, chart, "valuesFile", "helmCharts[].valuesFile");
    }
    generators(dir, kus);
  }

  private void generators(String dir, MappingNode kus) {
    for (String gen : List.of("configMapGenerator", "secretGenerator")) {
      for (MappingNode g : Nodes.mappings(kus, gen)) {
        for (ScalarNode s : Nodes.scalars(g, "files")) {
          int eq = s.value().indexOf('=');
          local(dir, s, gen + "[].files", eq < 0 ? null : s.value().substring(eq + 1));
        }
        Nodes.scalars(g, "envs").forEach(s -> local(dir, s, gen + "[].envs", null));
        pathField(dir, g, "env", gen + "[].env");
      }
    }
  }

  private void pathField(String dir, MappingNode node, String key, String field) {
    if (node != null && node.get(key) instanceof ScalarNode s && !s.isNull()) {
      local(dir, s, field, null);
    }
  }

  /**
   * Checks one local path entry ({@code value}, or the entry's text); returns its path in the tree
   * when it exists, null otherwise (remote entries included).
   */
  private String local(String dir, ScalarNode s, String field, String value) {
    String entry = value == null ? s.value() : value;
    if (entry.isEmpty()) {
      return null;
    }
    // as kustomize's loader: a path that exists is local, whatever it looks like
    // (cilium-1.15/app); one that does not and looks like a URL or host is fetched
    String p = TreePaths.join(dir, entry);
    if (p != null && (tree.isFile(p) || tree.isDirectory(p))) {
      return p;
    }
    if (KustomizeFolders.isRemote(entry)) {
      return null;
    }
    missing.add(new Missing(p, entry, field, s));
    return null;
  }
}
