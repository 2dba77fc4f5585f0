package dev.hops.cli;

import dev.hops.diff.DiffResult;
import dev.hops.diff.Differ;
import dev.hops.diff.GitException;
import dev.hops.diff.GitRepository;
import dev.hops.diff.Revision;
import dev.hops.flux.Progress;
import dev.hops.yaml.HopsException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One run of {@code hops diff}: opens the Git repository around the Flux repository, reads both
 * revisions, renders and compares them, prints the selected changes. Exit 0 without changes, 1 with
 * changes, 2 for errors (bad options, not a Git repository, unknown revision, a Kustomization or
 * HelmRelease that the head revision breaks).
 */
final class DiffRun {

  private final DiffEngine engine;
  private final Console console;

  DiffRun(DiffEngine engine, Console console) {
    this.engine = engine;
    this.console = console;
  }

  int run(RepoOptions repo, DiffOptions options, String positional, DiffSelection selection) {
    try {
      return diff(repo, options, positional, selection);
    } catch (HopsException | UncheckedIOException e) {
      console.out().flush();
      ErrorHandler.report(console, e);
      return 2;
    }
  }

  private int diff(
      RepoOptions repo, DiffOptions options, String positional, DiffSelection selection) {
    options.validate();
    Path folder = Repository.folder(repo, positional);
    try (GitRepository git = GitRepository.open(folder)) {
      Revision base = revision(git, "--base", options.base);
      Revision head =
          options.head == null ? git.workingTree() : revision(git, "--head", options.head);
      Progress progress = Repository.progress(console);
      DiffResult result;
      try {
        result =
            new Differ(Repository.renderer(repo, progress), engine.comparison())
                .diff(git, base, head, repo.cluster);
      } finally {
        progress.finished();
      }
      DiffResult shown =
          result.withChanges(
              selection.select(result.changes(), result.baseRender(), result.headRender()));
      int broken = DiffProblems.print(console.err(), shown, selection);
      engine
          .printer()
          .print(console.out(), shown, options.format, options.useColor(), options.limit());
      console.out().flush();
      return broken > 0 ? 2 : shown.hasChanges() ? 1 : 0;
    }
  }

  private static Revision revision(GitRepository git, String option, String name) {
    try {
      return git.commit(name);
    } catch (GitException e) {
      throw new GitException(option + ": " + e.reason(), e);
    }
  }
}
