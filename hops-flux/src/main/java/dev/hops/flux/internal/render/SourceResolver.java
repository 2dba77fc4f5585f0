package dev.hops.flux.internal.render;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.SourceInfo;
import dev.hops.flux.internal.artifact.GeneratedArtifact;
import dev.hops.flux.internal.model.ClusterRoot;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.kustomize.SourceTree;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a Flux Kustomization's {@code sourceRef} points offline: a folder the user mapped to the
 * source, the repository itself (the source the cluster syncs from, seen as its artifact), an
 * ExternalArtifact an ArtifactGenerator of the cluster composes, or nothing (an external source,
 * not rendered).
 */
final class SourceResolver implements dev.hops.flux.internal.helm.ReleaseRenderer.Sources {

  /** A directory of a tree, or why there is none: external, or a failed artifact. */
  record Location(SourceTree tree, String dir, String externalReason, String failure) {
    boolean isExternal() {
      return tree == null && failure == null;
    }

    boolean isFailed() {
      return failure != null;
    }
  }

  private final SourceTree repository;
  private final ClusterRoot root;
  private final Map<String, SourceTree> mapped;
  private final Map<ObjectRef, GeneratedArtifact> artifacts = new LinkedHashMap<>();
  private final Map<ObjectRef, SourceInfo> used = new LinkedHashMap<>();

  /** {@code repository}: the repository as its source's artifact holds it. */
  SourceResolver(SourceTree repository, ClusterRoot root, Map<String, SourceTree> mapped) {
    this.repository = repository;
    this.root = root;
    this.mapped = mapped;
  }

  /** Makes ExternalArtifacts composed by the cluster's ArtifactGenerators available. */
  void addArtifacts(Iterable<GeneratedArtifact> generated) {
    for (GeneratedArtifact a : generated) {
      artifacts.put(a.ref(), a);
    }
  }

  /** True when the source may still appear: an ExternalArtifact no generator has made yet. */
  boolean mayAppear(FluxKustomization ks) {
    ObjectRef ref = ks.sourceRef().toRef();
    return ref.kind().equals("ExternalArtifact")
        && tree(ref) == null
        && !artifacts.containsKey(ref);
  }

  Location locate(FluxKustomization ks) {
    FluxKustomization.SourceRefSpec src = ks.sourceRef();
    ObjectRef ref = src.toRef();
    String dir = clamp(ks.path());
    SourceTree tree = mappedTree(ref);
    if (tree != null) {
      note(ref, SourceInfo.Usage.MAPPED, tree.display(""));
      return new Location(tree, dir, null, null);
    }
    if (isRepository(ref)) {
      note(ref, SourceInfo.Usage.REPOSITORY, repository.display(""));
      return new Location(repository, dir, null, null);
    }
    GeneratedArtifact artifact = artifacts.get(ref);
    if (artifact != null) {
      note(ref, SourceInfo.Usage.GENERATED, "ArtifactGenerator " + artifact.generator());
      return artifact.isAvailable()
          ? new Location(artifact.tree(), dir, null, null)
          : new Location(null, null, null, artifact.failure().headline());
    }
    note(ref, SourceInfo.Usage.EXTERNAL, "");
    return new Location(
        null,
        null,
        "source "
            + ref
            + " is not this repository; map it to a folder with --source "
            + src.namespace()
            + "/"
            + src.name()
            + "=DIR to render it",
        null);
  }

  /** A source's artifact as a tree, for ArtifactGenerators: mapped, or the repository, or null. */
  @Override
  public SourceTree tree(ObjectRef ref) {
    SourceTree t = mappedTree(ref);
    if (t != null) {
      return t;
    }
    return isRepository(ref) ? repository : null;
  }

  /**
   * The paths of the repository (the tree Hops was given) that {@code paths} of the repository's
   * artifact are, sorted; none for another tree. Paths above the part of the artifact the tree
   * holds are left out (the artifact has nothing else there).
   */
  @Override
  public List<String> repositoryPaths(SourceTree tree, Collection<String> paths) {
    if (tree != repository || paths.isEmpty()) {
      return List.of();
    }
    ClusterRoot.PathMapping mapping = root.paths();
    TreeSet<String> out = new TreeSet<>();
    for (String p : paths) {
      String prefix = mapping.prefix();
      if (prefix.isEmpty() || p.equals(prefix) || p.startsWith(prefix + "/")) {
        out.add(mapping.toTree(p));
      }
    }
    return List.copyOf(out);
  }

  /** The sources seen so far, in order of first use. */
  Map<ObjectRef, SourceInfo> used() {
    return used;
  }

  private void note(ObjectRef ref, SourceInfo.Usage usage, String location) {
    used.putIfAbsent(ref, new SourceInfo(ref, "", usage, location));
  }

  private SourceTree mappedTree(ObjectRef ref) {
    for (String key :
        new String[] {
          ref.kind() + "/" + ref.namespace() + "/" + ref.name(),
          ref.namespace() + "/" + ref.name(),
          ref.name()
        }) {
      SourceTree t = mapped.get(key);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private boolean isRepository(ObjectRef ref) {
    return root.source().matches(ref.kind(), ref.namespace(), ref.name());
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
