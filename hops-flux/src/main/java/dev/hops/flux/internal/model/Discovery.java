package dev.hops.flux.internal.model;

import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the clusters of a repository and where Flux starts each: {@code flux bootstrap} layouts
 * ({@code .../<cluster>/flux-system/gotk-sync.yaml}), Flux Operator layouts (a FluxInstance's
 * {@code spec.sync.path}, also inside a flux-instance HelmRelease's values), else plain trees of
 * Kustomizations that point at the repository's own GitRepository {@code flux-system}.
 */
public final class Discovery {

  private final SourceTree tree;
  private final RepoScan scan;
  private final String defaultName;

  public Discovery(SourceTree tree, RepoScan scan, String defaultName) {
    this.tree = tree;
    this.scan = scan;
    this.defaultName = defaultName;
  }

  public List<ClusterRoot> clusters() {
    List<ClusterRoot> found = new ArrayList<>();
    found.addAll(bootstrap());
    found.addAll(operator());
    if (found.isEmpty()) {
      found.addAll(plainTrees());
    }
    return uniqueNames(found);
  }

  private List<ClusterRoot> bootstrap() {
    List<ClusterRoot> out = new ArrayList<>();
    for (RepoScan.Doc d : scan.ofKind(FluxKustomization.GROUP, "Kustomization")) {
      String dir = TreePaths.parent(d.file());
      if (!TreePaths.fileName(dir).equals("flux-system")
          || !"flux-system".equals(Fields.string(d.node(), "metadata", "name"))) {
        continue;
      }
      String clusterDir = TreePaths.parent(dir);
      String path = normalize(Fields.string(d.node(), "spec", "path"));
      out.add(
          new ClusterRoot(
              nameFromPath(clusterDir, TreePaths.fileName(clusterDir)),
              d.file(),
              "flux bootstrap",
              List.of(d.node()),
              sourceName(d.node()),
              "flux-system",
              tree.isDirectory(path) ? "" : prefix(path, clusterDir)));
    }
    return out;
  }

  private List<ClusterRoot> operator() {
    List<ClusterRoot> out = new ArrayList<>();
    for (RepoScan.Doc d : scan.ofKind("fluxcd.controlplane.io", "FluxInstance")) {
      MappingNode sync = Fields.mapping(d.node(), "spec", "sync");
      if (sync != null) {
        String ns = Fields.string(d.node(), "metadata", "namespace");
        out.add(fromSync(d, sync, ns.isEmpty() ? "flux-system" : ns, "Flux Operator"));
      }
    }
    for (RepoScan.Doc d : scan.ofKind("helm.toolkit.fluxcd.io", "HelmRelease")) {
      MappingNode sync = Fields.mapping(d.node(), "spec", "values", "instance", "sync");
      if (sync != null && !Fields.string(sync, "path").isEmpty()) {
        out.add(fromSync(d, sync, "flux-system", "Flux Operator (flux-instance HelmRelease)"));
      }
    }
    return out;
  }

  private ClusterRoot fromSync(RepoScan.Doc d, MappingNode sync, String ns, String layout) {
    String path = normalize(Fields.string(sync, "path"));
    String kind = Fields.string(sync, "kind");
    String name = Fields.string(sync, "name");
    MappingNode root = syntheticRoot(path, kind.isEmpty() ? "GitRepository" : kind, ns, name);
    root.setPos(d.node().pos());
    String clusterName = nameFromPath(path, nameFromPath(TreePaths.parent(d.file()), defaultName));
    return new ClusterRoot(
        clusterName,
        d.file(),
        layout,
        List.of(root),
        name.isEmpty() ? "flux-system" : name,
        ns,
        "");
  }

  /** The Kustomization a FluxInstance creates: flux-system, syncing its path. */
  static MappingNode syntheticRoot(String path, String kind, String ns, String name) {
    MappingNode root = MappingNode.empty();
    root.put("apiVersion", "kustomize.toolkit.fluxcd.io/v1");
    root.put("kind", "Kustomization");
    MappingNode md = MappingNode.empty();
    md.put("name", name.isEmpty() ? "flux-system" : name);
    md.put("namespace", ns);
    root.put("metadata", md);
    MappingNode spec = MappingNode.empty();
    spec.put("path", "./" + path);
    MappingNode src = MappingNode.empty();
    src.put("kind", kind);
    src.put("name", name.isEmpty() ? "flux-system" : name);
    spec.put("sourceRef", src);
    root.put("spec", spec);
    return root;
  }

  private List<ClusterRoot> plainTrees() {
    List<RepoScan.Doc> candidates = new ArrayList<>();
    for (RepoScan.Doc d : scan.ofKind(FluxKustomization.GROUP, "Kustomization")) {
      if ("GitRepository".equals(Fields.string(d.node(), "spec", "sourceRef", "kind"))
          && "flux-system".equals(Fields.string(d.node(), "spec", "sourceRef", "name"))) {
        candidates.add(d);
      }
    }
    Map<String, List<MappingNode>> byFile = new LinkedHashMap<>();
    for (RepoScan.Doc d : candidates) {
      boolean contained = false;
      for (RepoScan.Doc other : candidates) {
        String p = normalize(Fields.string(other.node(), "spec", "path"));
        if (other != d && TreePaths.isWithin(d.file(), p) && !p.isEmpty()) {
          contained = true;
          break;
        }
      }
      if (!contained) {
        byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d.node());
      }
    }
    List<ClusterRoot> out = new ArrayList<>();
    for (Map.Entry<String, List<MappingNode>> e : byFile.entrySet()) {
      String dir = TreePaths.parent(e.getKey());
      out.add(
          new ClusterRoot(
              nameFromPath(dir, byFile.size() == 1 ? defaultName : TreePaths.fileName(dir)),
              e.getKey(),
              "Kustomizations of GitRepository flux-system",
              e.getValue(),
              "flux-system",
              "flux-system",
              ""));
    }
    return out;
  }

  private static String sourceName(MappingNode ks) {
    String n = Fields.string(ks, "spec", "sourceRef", "name");
    return n.isEmpty() ? "flux-system" : n;
  }

  /** "clusters/<name>/..." names the cluster; otherwise {@code fallback}. */
  static String nameFromPath(String path, String fallback) {
    String[] parts = path.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("clusters")) {
        return parts[i + 1];
      }
    }
    return fallback == null || fallback.isEmpty() ? "default" : fallback;
  }

  /** Flux's path without "./" and trailing "/". */
  public static String normalize(String path) {
    String p = TreePaths.normalize(path.startsWith("/") ? path.substring(1) : path);
    return p == null ? path : p;
  }

  /**
   * The part of a Flux path above the given folder: when {@code fluxPath} (relative to the Git
   * repository) ends with {@code actualDir} (relative to the folder), the rest is the prefix.
   */
  static String prefix(String fluxPath, String actualDir) {
    if (fluxPath.equals(actualDir)) {
      return "";
    }
    if (actualDir.isEmpty()) {
      return fluxPath;
    }
    if (fluxPath.endsWith("/" + actualDir)) {
      return fluxPath.substring(0, fluxPath.length() - actualDir.length() - 1);
    }
    return "";
  }

  private static List<ClusterRoot> uniqueNames(List<ClusterRoot> roots) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<ClusterRoot> out = new ArrayList<>();
    for (ClusterRoot r : roots) {
      int n = seen.merge(r.name(), 1, Integer::sum);
      out.add(
          n == 1
              ? r
              : new ClusterRoot(
                  r.name() + "-" + n,
                  r.rootFile(),
                  r.layout(),
                  r.roots(),
                  r.sourceName(),
                  r.sourceNamespace(),
                  r.pathPrefix()));
    }
    return out;
  }

  static String scalar(ScalarNode s) {
    return s == null ? "" : s.value();
  }
}
