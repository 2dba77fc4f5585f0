package dev.hops.kustomize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A tree of files that kustomizations are read from: a folder on disk, a Git revision, or memory.
 * Paths are relative to the tree's root, separated by {@code /}, normalized ({@code ""} is the
 * root); a tree refuses paths that leave it.
 */
public interface SourceTree {

  boolean isDirectory(String path);

  boolean isFile(String path);

  /** The file's bytes; {@link java.nio.file.NoSuchFileException} when it does not exist. */
  byte[] read(String path) throws IOException;

  /** Names of the entries of a directory, sorted. */
  List<String> list(String dir) throws IOException;

  /** How to show {@code path} to a user (for example relative to the working directory). */
  String display(String path);

  /**
   * The path with symbolic links resolved, or null when it resolves outside the tree. Trees without
   * links return the path itself.
   */
  default String realPath(String path) {
    return path;
  }

  /**
   * A tree over the whole local file system; paths are absolute paths without the leading /. Like
   * {@link #onDisk}, it remembers what each path is: make a new one after changing files.
   */
  static SourceTree localFileSystem() {
    return new DiskTree(Path.of("/"));
  }

  /**
   * A tree rooted at {@code root} on disk. It remembers what each path is (file, folder, listing,
   * real path) once asked, as a render takes its tree not to change: make a new one after changing
   * files.
   */
  static SourceTree onDisk(Path root) {
    return new DiskTree(root);
  }
}
