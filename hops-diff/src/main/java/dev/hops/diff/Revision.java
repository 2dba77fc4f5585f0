package dev.hops.diff;

import dev.hops.diff.internal.git.GitTree;
import dev.hops.kustomize.SourceTree;

/**
 * One revision of a Flux repository folder: a commit, or the working tree (uncommitted changes
 * included). Its {@link #tree()} is what a render reads.
 */
public final class Revision {

  private final String name;
  private final String commitId;
  private final GitTree tree;

  Revision(String name, String commitId, GitTree tree) {
    this.name = name;
    this.commitId = commitId;
    this.tree = tree;
  }

  /** The revision as the user named it ({@code HEAD~1}, {@code origin/main}), or "working tree". */
  public String name() {
    return name;
  }

  /** The commit's full id, or null for the working tree. */
  public String commitId() {
    return commitId;
  }

  public boolean isWorkingTree() {
    return commitId == null;
  }

  /** The Flux repository folder at this revision. */
  public SourceTree tree() {
    return tree;
  }

  GitTree gitTree() {
    return tree;
  }

  /** {@code HEAD~1 (1a2b3c4)}, {@code working tree}. */
  @Override
  public String toString() {
    return commitId == null ? name : name + " (" + commitId.substring(0, 7) + ")";
  }
}
