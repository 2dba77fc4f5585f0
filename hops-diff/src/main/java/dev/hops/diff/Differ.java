package dev.hops.diff;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.RenderResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Renders two revisions of a Flux repository and compares them: one {@link FluxRenderer} renders
 * both (base first), so that whatever it keeps between renders serves the second one; the files
 * that differ come from Git; a {@link Comparison} turns the two renders into changes.
 *
 * <pre>{@code
 * try (GitRepository git = GitRepository.open(folder)) {
 *   DiffResult d = new Differ(renderer, ObjectDiff::compare)
 *       .diff(git, git.commit("origin/main"), git.workingTree(), null);
 * }
 * }</pre>
 */
public final class Differ {

  /** What changes between two renders of a repository, object by object. */
  @FunctionalInterface
  public interface Comparison {
    List<Change> compare(RenderResult base, RenderResult head);
  }

  private final FluxRenderer renderer;
  private final Comparison comparison;

  public Differ(FluxRenderer renderer, Comparison comparison) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.comparison = Objects.requireNonNull(comparison, "comparison");
  }

  /**
   * Both revisions of {@code git}'s folder rendered and compared.
   *
   * @param cluster only this cluster, or null for every cluster
   */
  public DiffResult diff(GitRepository git, Revision base, Revision head, String cluster) {
    String name = clusterName(git.folder());
    RenderResult before = renderer.render(base.tree(), name, cluster);
    RenderResult after = renderer.render(head.tree(), name, cluster);
    return new DiffResult(
        base, head, before, after, git.changedFiles(base, head), comparison.compare(before, after));
  }

  /** The name of a cluster that has no better one: the folder's, as {@code hops build} names it. */
  static String clusterName(Path folder) {
    return folder.getFileName() == null ? "default" : folder.getFileName().toString();
  }
}
