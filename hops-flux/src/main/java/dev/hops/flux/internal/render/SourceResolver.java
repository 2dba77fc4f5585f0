package dev.hops.flux.internal.render;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.SourceInfo;
import dev.hops.flux.internal.model.ClusterRoot;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.kustomize.SourceTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a Flux Kustomization's {@code sourceRef} points offline: the repository itself (the
 * GitRepository the cluster syncs from), a folder the user mapped to a source, or nothing (an
 * external source, not rendered).
 */
final class SourceResolver {

  /** A directory of a tree, or the reason there is none. */
  record Location(SourceTree tree, String dir, String externalReason) {
    boolean isExternal() {
      return tree == null;
    }
  }

  private final SourceTree repo;
  private final ClusterRoot root;
  private final Map<String, SourceTree> mapped;
  private final Map<ObjectRef, SourceInfo> used = new LinkedHashMap<>();

  SourceResolver(SourceTree repo, ClusterRoot root, Map<String, SourceTree> mapped) {
    this.repo = repo;
    this.root = root;
    this.mapped = mapped;
  }

  Location locate(FluxKustomization ks) {
    FluxKustomization.SourceRefSpec src = ks.sourceRef();
    ObjectRef ref = src.toRef();
    SourceTree tree = mappedTree(src);
    if (tree != null) {
      used.putIfAbsent(ref, new SourceInfo(ref, "", SourceInfo.Usage.MAPPED, tree.display("")));
      return new Location(tree, clamp(ks.path()), null);
    }
    if (isRepository(src)) {
      used.putIfAbsent(ref, new SourceInfo(ref, "", SourceInfo.Usage.REPOSITORY, repo.display("")));
      return new Location(repo, root.paths().toTree(clamp(ks.path())), null);
    }
    used.putIfAbsent(ref, new SourceInfo(ref, "", SourceInfo.Usage.EXTERNAL, ""));
    return new Location(
        null,
        null,
        "source "
            + ref
            + " is not this repository; map it to a folder with --source "
            + src.namespace()
            + "/"
            + src.name()
            + "=DIR to render it");
  }

  /** The sources seen so far, in order of first use. */
  Map<ObjectRef, SourceInfo> used() {
    return used;
  }

  private SourceTree mappedTree(FluxKustomization.SourceRefSpec src) {
    for (String key :
        new String[] {
          src.kind() + "/" + src.namespace() + "/" + src.name(),
          src.namespace() + "/" + src.name(),
          src.name()
        }) {
      SourceTree t = mapped.get(key);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private boolean isRepository(FluxKustomization.SourceRefSpec src) {
    return root.source().matches(src.kind(), src.namespace(), src.name());
  }

  /** securejoin: {@code ..} cannot climb above the artifact root; "./x/" becomes "x". */
  static String clamp(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
