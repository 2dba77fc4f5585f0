package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.StagingTree.Entry;
import java.util.List;

/**
 * The copying half of builder.go: {@code copyFileWithRoots}, {@code copyDirWithRoots}, {@code
 * copyRegularFileWithRoots}, {@code createDirRecursive}, {@code shouldMergeFile} and {@code
 * mergeFileWithRoots}, from a source directory into the staging directory of one copy operation.
 */
final class FileCopier {

  private final StagingTree source;
  private final StagingTree staging;
  private final Excludes excludes;
  private final boolean merge;

  FileCopier(StagingTree source, StagingTree staging, Excludes excludes, boolean merge) {
    this.source = source;
    this.staging = staging;
    this.excludes = excludes;
    this.merge = merge;
  }

  /**
   * copyFileWithRoots: a directory is copied recursively (never merged), a file is merged into an
   * existing destination with the Merge strategy, otherwise copied over it.
   */
  void copy(String srcPath, String destPath, String excludeBase) throws BuildFailure {
    if (source.stat(srcPath) == Entry.DIR) {
      copyDir(srcPath, destPath, excludeBase);
    } else if (merge && staging.statQuietly(destPath) != Entry.MISSING) {
      mergeFile(srcPath, destPath);
    } else {
      copyRegularFile(srcPath, destPath);
    }
  }

  /** copyRegularFileWithRoots: parents created, the destination file replaced. */
  private void copyRegularFile(String srcPath, String destPath) throws BuildFailure {
    String destDir = GoPath.dir(destPath);
    if (!destDir.equals(".") && !destDir.isEmpty()) {
      try {
        createDirRecursive(destDir);
      } catch (FsError e) {
        throw e.wrap("failed to create destination directory");
      }
    }
    Content content = source.open(srcPath);
    staging.create(destPath, content);
  }

  /** mergeFileWithRoots. */
  private void mergeFile(String srcPath, String destPath) throws BuildFailure {
    Content src = source.open(srcPath);
    Content dest = staging.open(destPath);
    byte[] merged = YamlMerge.merge(dest, src);
    String display = staging.label() + ":" + GoPath.clean(destPath);
    staging.create(destPath, new Content.Generated(merged, display));
  }

  /**
   * copyDirWithRoots: fs.WalkDir in lexical order; excluded directories are skipped whole, files go
   * through copyRegularFileWithRoots (so the Merge strategy does not apply below a directory).
   */
  private void copyDir(String srcPath, String destPath, String excludeBase) throws BuildFailure {
    createDirRecursive(destPath); // the walk's root, relPath "."
    walk(srcPath, srcPath, destPath, excludeBase);
  }

  private void walk(String dir, String srcPath, String destPath, String excludeBase)
      throws BuildFailure {
    List<String> names = source.fsReadDir(dir);
    if (names == null) {
      throw new FsError("readdirent", dir, FsError.Kind.NOT_EXIST);
    }
    for (String name : names) {
      String path = GoPath.join(dir, name);
      boolean isDir = source.fsEntry(path) == Entry.DIR;
      if (excludes.excludes(path, excludeBase)) {
        continue; // fs.SkipDir for a directory
      }
      String dest = GoPath.join(destPath, GoPath.relWithin(srcPath, path));
      if (isDir) {
        createDirRecursive(dest);
        walk(path, srcPath, destPath, excludeBase);
      } else {
        copyRegularFile(path, dest);
      }
    }
  }

  /**
   * createDirRecursive: Mkdir, where "exists" is success (even for a file), and a failure creates
   * the parent first and tries once more.
   */
  private void createDirRecursive(String path) throws FsError {
    if (path.equals(".") || path.isEmpty()) {
      return;
    }
    try {
      staging.mkdir(path);
    } catch (FsError e) {
      if (e.kind() == FsError.Kind.EXIST) {
        return;
      }
      String parent = GoPath.dir(path);
      if (parent.equals(path)) {
        throw e;
      }
      createDirRecursive(parent);
      staging.mkdir(path);
    }
  }
}
