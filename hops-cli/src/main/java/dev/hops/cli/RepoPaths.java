package dev.hops.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a finding's file, as displayed (relative to the working directory, or absolute), into a
 * path relative to the root of the repository, as GitHub's annotations and code scanning want it:
 * the root of the Git work tree that holds the checked folder (a Flux repository may be a folder of
 * a larger Git repository), else the checked folder itself.
 */
final class RepoPaths {

  private final Path root;
  private final Path cwd;

  RepoPaths(Path root, Path cwd) {
    this.root = root.toAbsolutePath().normalize();
    this.cwd = cwd.toAbsolutePath().normalize();
  }

  /** Paths relative to the Git work tree around {@code checked}, else to {@code checked}. */
  static RepoPaths around(Path checked) {
    Path dir = checked.toAbsolutePath().normalize();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return new RepoPaths(p, Path.of(""));
      }
    }
    return new RepoPaths(dir, Path.of(""));
  }

  /** {@code a/b.yaml} with forward slashes, or null for "" and for files outside the root. */
  String relative(String displayed) {
    if (displayed == null || displayed.isEmpty()) {
      return null;
    }
    Path p;
    try {
      p = cwd.resolve(displayed).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null; // not a file of this machine (a URL of a remote source)
    }
    if (!p.startsWith(root) || p.equals(root)) {
      return null;
    }
    return root.relativize(p).toString().replace('\\', '/');
  }
}
