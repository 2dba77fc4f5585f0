package dev.hops.flux.internal.render;

import dev.hops.flux.internal.reuse.Recording;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kustomize build: the objects (kept untouched; callers get copies) or the failure, the
 * questions the build asked of its tree, and the post-build results made from it, by their inputs.
 */
final class BuildEntry {

  /** Post-build results kept per build: a Kustomization in two revisions, and a little more. */
  private static final int MAX_POST_BUILT = 8;

  private final List<MappingNode> objects;
  private final HopsException failure;
  private final Recording recording;
  private final Map<List<Object>, PostBuilt> postBuilt = new ConcurrentHashMap<>();

  BuildEntry(List<MappingNode> objects, HopsException failure, Recording recording) {
    this.objects = List.copyOf(objects);
    this.failure = failure;
    this.recording = recording;
  }

  /** Fresh copies of the objects. */
  List<MappingNode> objects() {
    return copies(objects);
  }

  HopsException failure() {
    return failure;
  }

  Recording recording() {
    return recording;
  }

  /** The post-build result made with {@code key}'s inputs, or null. */
  PostBuilt postBuilt(List<Object> key) {
    return postBuilt.get(key);
  }

  /** Keeps a post-build result that no caller holds (a copy). */
  void remember(List<Object> key, PostBuilt post) {
    if (postBuilt.size() >= MAX_POST_BUILT) {
      postBuilt.clear();
    }
    postBuilt.putIfAbsent(key, post);
  }

  static List<MappingNode> copies(List<MappingNode> nodes) {
    List<MappingNode> out = new ArrayList<>(nodes.size());
    for (MappingNode n : nodes) {
      out.add(n.copy());
    }
    return out;
  }
}
