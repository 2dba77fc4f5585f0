package dev.hops.diff;

import dev.hops.diff.internal.git.DiskContent;
import dev.hops.diff.internal.git.FileChanges;
import dev.hops.diff.internal.git.GitTree;
import dev.hops.diff.internal.git.Indexer;
import dev.hops.diff.internal.git.Lazy;
import dev.hops.diff.internal.git.ObjectContent;
import dev.hops.diff.internal.git.TreeIndex;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The Git repository around a Flux repository folder (the folder may be a sub-folder of the Git
 * work tree), read without checking anything out: revisions as {@link SourceTree}s of the folder
 * straight from the object database, the working tree as Git sees it, and the files that differ.
 *
 * <pre>{@code
 * try (GitRepository git = GitRepository.open(Path.of("examples/home-ops"))) {
 *   Revision base = git.commit("origin/main");
 *   Revision head = git.workingTree();
 *   List<ChangedFile> files = git.changedFiles(base, head);
 * }
 * }</pre>
 */
public final class GitRepository implements AutoCloseable {

  private final Repository repository;
  private final Path folder;
  private final Path workTree;
  private final String prefix;
  private final ObjectContent objects;

  private GitRepository(Repository repository, Path folder, Path workTree, String prefix) {
    this.repository = repository;
    this.folder = folder;
    this.workTree = workTree;
    this.prefix = prefix;
    this.objects = new ObjectContent(repository);
  }

  /** The repository whose work tree holds {@code folder} (found upwards, as git finds it). */
  public static GitRepository open(Path folder) {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new GitException(dir + ": not a directory");
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new GitException(
          "not a Git repository (nor is any folder above it): "
              + dir
              + "; hops diff reads the"
              + " revisions from Git");
    }
    Repository repository;
    try {
      repository = builder.setMustExist(true).build();
    } catch (IOException e) {
      throw new GitException(
          dir + ": cannot open the Git repository " + builder.getGitDir() + ": " + e.getMessage(),
          e);
    }
    try {
      return around(repository, dir);
    } catch (IOException | RuntimeException e) {
      repository.close();
      throw e instanceof GitException g
          ? g
          : new GitException(dir + ": cannot read its Git repository: " + e.getMessage(), e);
    }
  }

  private static GitRepository around(Repository repository, Path dir) throws IOException {
    if (repository.isBare()) {
      throw new GitException(
          repository.getDirectory() + ": a bare Git repository, without a work tree");
    }
    Path workTree = repository.getWorkTree().toPath().toRealPath();
    Path real = dir.toRealPath();
    String prefix = workTree.relativize(real).toString().replace('\\', '/');
    if (!real.startsWith(workTree) || prefix.equals(".git") || prefix.startsWith(".git/")) {
      throw new GitException(dir + ": not in the work tree of the Git repository " + workTree);
    }
    return new GitRepository(repository, dir, workTree, prefix);
  }

  /** The Flux repository folder, absolute. */
  public Path folder() {
    return folder;
  }

  /** The root of the Git work tree, absolute with links resolved. */
  public Path workTree() {
    return workTree;
  }

  /** The folder relative to the work tree, with {@code /} ({@code ""} when it is the root). */
  public String folderPath() {
    return prefix;
  }

  /**
   * A commit: anything {@code git rev-parse} takes that names one ({@code HEAD~1}, a branch, a tag,
   * a full or abbreviated id, {@code origin/main}, {@code main@{1}}).
   */
  public Revision commit(String revision) {
    RevCommit commit = parse(revision);
    RevTree tree = commit.getTree();
    try {
      TreeIndex index = Indexer.commit(repository, tree, prefix);
      GitTree gitTree =
          new GitTree(
              index,
              new Lazy<>(() -> Indexer.commit(repository, tree, "")),
              objects,
              SourceTree.onDisk(folder), // one per revision: it remembers what it saw
              revision);
      return new Revision(revision, commit.name(), gitTree);
    } catch (IOException e) {
      throw new GitException("cannot read revision '" + revision + "': " + e.getMessage(), e);
    }
  }

  /**
   * The working tree: the folder on disk as Git sees it, uncommitted changes included. Untracked
   * files are part of it (they are changes a commit would take with {@code git add -A}); what Git
   * ignores and is not tracked is not, nor is {@code .git}.
   */
  public Revision workingTree() {
    try {
      TreeIndex index = Indexer.workingTree(repository, prefix);
      GitTree gitTree =
          new GitTree(
              index,
              new Lazy<>(() -> Indexer.workingTree(repository, "")),
              new DiskContent(workTree),
              SourceTree.onDisk(folder),
              "working tree");
      return new Revision("working tree", null, gitTree);
    } catch (IOException e) {
      throw new GitException("cannot read the working tree " + workTree + ": " + e.getMessage(), e);
    }
  }

  /** The files of the folder that differ between two revisions, sorted by path. */
  public List<ChangedFile> changedFiles(Revision base, Revision head) {
    return FileChanges.between(base.gitTree().index(), head.gitTree().index());
  }

  private RevCommit parse(String revision) {
    ObjectId id;
    try {
      id = repository.resolve(revision);
    } catch (RevisionSyntaxException e) {
      throw new GitException("invalid revision '" + revision + "'");
    } catch (AmbiguousObjectException e) {
      throw new GitException(
          "ambiguous revision '" + revision + "': several objects have ids starting with it");
    } catch (IncorrectObjectTypeException e) {
      throw new GitException("revision '" + revision + "' is not a commit");
    } catch (MissingObjectException e) {
      throw unknown(revision);
    } catch (IOException e) {
      throw new GitException("cannot read revision '" + revision + "': " + e.getMessage(), e);
    }
    if (id == null) {
      throw unknown(revision);
    }
    try (RevWalk walk = new RevWalk(repository)) {
      RevObject peeled = walk.peel(walk.parseAny(id)); // an annotated tag names its commit
      if (!(peeled instanceof RevCommit commit)) {
        throw new GitException("revision '" + revision + "' is not a commit");
      }
      walk.parseBody(commit);
      return commit;
    } catch (MissingObjectException e) {
      throw unknown(revision);
    } catch (IOException e) {
      throw new GitException("cannot read revision '" + revision + "': " + e.getMessage(), e);
    }
  }

  private GitException unknown(String revision) {
    boolean shallow;
    try {
      shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException e) {
      shallow = false;
    }
    return new GitException(
        "unknown revision '"
            + revision
            + "' in the Git repository "
            + workTree
            + (shallow
                ? " (a shallow clone: fetch the history it needs, e.g. git fetch --unshallow, or"
                    + " actions/checkout with fetch-depth: 0)"
                : ""));
  }

  @Override
  public void close() {
    repository.close();
  }

  @Override
  public String toString() {
    return "GitRepository(" + workTree + (prefix.isEmpty() ? "" : ", " + prefix) + ")";
  }
}
