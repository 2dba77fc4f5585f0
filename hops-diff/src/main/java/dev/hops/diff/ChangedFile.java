package dev.hops.diff;

import java.util.Objects;

/**
 * A file of the Flux repository folder that differs between two revisions.
 *
 * @param path relative to the Flux repository folder (the root of the revisions' {@code
 *     SourceTree}s), with {@code /}
 * @param status added, removed or modified (a rename is a removal and an addition; a symbolic link
 *     is modified when its target changes, not when the file it points at does)
 */
public record ChangedFile(String path, Status status) implements Comparable<ChangedFile> {

  /** How the file differs. */
  public enum Status {
    ADDED,
    REMOVED,
    MODIFIED
  }

  public ChangedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
  }

  @Override
  public int compareTo(ChangedFile o) {
    return path.compareTo(o.path);
  }

  @Override
  public String toString() {
    return status.name().charAt(0) + " " + path;
  }
}
