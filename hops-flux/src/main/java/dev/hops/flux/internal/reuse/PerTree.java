package dev.hops.flux.internal.reuse;

import dev.hops.kustomize.SourceTree;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * State kept for each tree while the tree is in use: a render's views of a revision go away with
 * the render, and their state with them (weak keys: the state must not refer to its tree). Trees
 * are told apart by {@code equals}, which is identity for Hops's own trees.
 */
public final class PerTree<S> {

  private final Map<SourceTree, S> states = new WeakHashMap<>();
  private final Function<SourceTree, S> create;

  public PerTree(Function<SourceTree, S> create) {
    this.create = create;
  }

  public synchronized S of(SourceTree tree) {
    return states.computeIfAbsent(tree, create);
  }
}
