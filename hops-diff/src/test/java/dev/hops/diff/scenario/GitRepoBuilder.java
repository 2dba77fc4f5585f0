package dev.hops.diff.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A Git repository in a folder, built by a test commit by commit with JGit: write, link and delete
 * files in the work tree (paths relative to it), then commit everything, tag, branch.
 *
 * <pre>{@code
 * try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
 *   String first = repo.write("a.yaml", "a: 1\n").commit("first");
 *   repo.write("a.yaml", "a: 2\n").commit("second");
 * }
 * }</pre>
 */
public final class GitRepoBuilder implements AutoCloseable {

  private static final java.time.Instant START = java.time.Instant.parse("2026-01-01T00:00:00Z");

  private final Git git;
  private final Path dir;
  private int commits;

  private GitRepoBuilder(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  /** A new repository in {@code dir} (created if needed), on branch {@code main}. */
  public static GitRepoBuilder init(Path dir) {
    try {
      Files.createDirectories(dir);
      return new GitRepoBuilder(
          Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The repository whose work tree is {@code dir}, to add commits to. */
  public static GitRepoBuilder open(Path dir) {
    try {
      return new GitRepoBuilder(Git.open(dir.toFile()), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The root of the work tree. */
  public Path dir() {
    return dir;
  }

  public Git git() {
    return git;
  }

  /** Writes a file (creating its folders). */
  public GitRepoBuilder write(String path, String content) {
    return write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public GitRepoBuilder write(String path, byte[] content) {
    try {
      Path p = dir.resolve(path);
      Files.createDirectories(p.getParent());
      Files.deleteIfExists(p);
      Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Makes {@code path} a symbolic link to {@code target} (as written, e.g. {@code ../base}). */
  public GitRepoBuilder link(String path, String target) {
    try {
      Path p = dir.resolve(path);
      Files.createDirectories(p.getParent());
      Files.deleteIfExists(p);
      Files.createSymbolicLink(p, Path.of(target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Deletes a file, a link or a folder with everything in it. */
  public GitRepoBuilder delete(String path) {
    Path p = dir.resolve(path);
    try {
      if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (var walk = Files.walk(p)) {
          for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(q);
          }
        }
      } else {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Moves a file or folder, as {@code git mv} (the content stays the same). */
  public GitRepoBuilder move(String from, String to) {
    try {
      Path target = dir.resolve(to);
      Files.createDirectories(target.getParent());
      Files.move(dir.resolve(from), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Commits every change of the work tree (added, modified, deleted; not what is ignored). */
  public String commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      PersonIdent when =
          new PersonIdent(
              "Hops Test",
              "test@hops.invalid",
              START.plusSeconds(commits++),
              java.time.ZoneOffset.UTC);
      RevCommit c =
          git.commit()
              .setMessage(message)
              .setAuthor(when)
              .setCommitter(when)
              .setSign(false)
              .setAllowEmpty(true)
              .call();
      return c.name();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tags the current commit (a lightweight tag). */
  public GitRepoBuilder tag(String name) {
    try {
      git.tag().setName(name).setAnnotated(false).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Points {@code ref} (e.g. {@code refs/remotes/origin/main}) at the current commit. */
  public GitRepoBuilder ref(String ref) {
    try {
      ObjectId head = git.getRepository().resolve("HEAD");
      RefUpdate u = git.getRepository().updateRef(ref);
      u.setNewObjectId(head);
      u.forceUpdate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public void close() {
    git.close();
  }
}
