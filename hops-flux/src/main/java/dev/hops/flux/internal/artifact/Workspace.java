package dev.hops.flux.internal.artifact;

import dev.hops.kustomize.SourceTree;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reconciler's temporary directory: the sources are fetched into {@code <tmp>/<alias>}
 * (fetchSources) and each artifact is staged in {@code <tmp>/<artifact name>} (Build). Both share
 * the directory, so an artifact named like a source alias is staged over that source: it starts
 * with all of the source's files, and its copy operations write into the source that later
 * operations and artifacts read.
 */
final class Workspace {

  private final Map<String, StagingTree> dirs = new HashMap<>();
  private final Map<String, StagingTree> sources = new LinkedHashMap<>();

  void addSource(String alias, SourceTree tree, String label) {
    StagingTree dir = new StagingTree(alias, label, tree);
    dirs.put(alias, dir);
    sources.put(alias, dir);
  }

  /** The fetched sources by alias. */
  Map<String, StagingTree> sources() {
    return Collections.unmodifiableMap(sources);
  }

  /** Build's {@code os.MkdirAll(filepath.Join(workspace, spec.Name))}. */
  StagingTree stagingDir(String name, String label) {
    return dirs.computeIfAbsent(name, n -> new StagingTree(n, label, null));
  }
}
