package dev.hops.diff;

import dev.hops.flux.RenderResult;
import java.util.List;
import java.util.Objects;

/**
 * Two revisions of a Flux repository, rendered and compared.
 *
 * @param base the revision compared against (e.g. the pull request's target branch)
 * @param head the revision whose effect is shown (a commit, or the working tree)
 * @param baseRender what Flux would apply at {@code base}
 * @param headRender what Flux would apply at {@code head}
 * @param changedFiles the files of the repository folder that differ, by path
 * @param changes what the difference does to the objects Flux applies
 */
public record DiffResult(
    Revision base,
    Revision head,
    RenderResult baseRender,
    RenderResult headRender,
    List<ChangedFile> changedFiles,
    List<Change> changes) {

  public DiffResult {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(baseRender, "baseRender");
    Objects.requireNonNull(headRender, "headRender");
    changedFiles = List.copyOf(changedFiles);
    changes = List.copyOf(changes);
  }

  /** The same revisions with only {@code kept} of the changes (a selection). */
  public DiffResult withChanges(List<Change> kept) {
    return new DiffResult(base, head, baseRender, headRender, changedFiles, kept);
  }

  public boolean hasChanges() {
    return !changes.isEmpty();
  }

  /** The blast radius: for each changed file, the Kustomizations and HelmReleases that read it. */
  public List<Reach> reach() {
    return BlastRadius.of(
        baseRender, headRender, changedFiles.stream().map(ChangedFile::path).toList());
  }
}
