package dev.hops.diff.internal.git;

import dev.hops.kustomize.TreePaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** Builds the {@link TreeIndex} of a commit's tree or of the working tree, below a folder. */
public final class Indexer {

  private Indexer() {}

  /** The files of {@code tree} below {@code prefix} ({@code ""}: all), without reading any. */
  public static TreeIndex commit(Repository repository, RevTree tree, String prefix)
      throws IOException {
    TreeIndex.Builder index = new TreeIndex.Builder(prefix);
    try (ObjectReader reader = repository.newObjectReader()) {
      ObjectId root = tree;
      if (!prefix.isEmpty()) {
        try (TreeWalk at = TreeWalk.forPath(reader, prefix, tree)) {
          if (at == null || at.getFileMode(0).getObjectType() != Constants.OBJ_TREE) {
            return index.build(); // the folder does not exist in this revision
          }
          root = at.getObjectId(0);
        }
      }
      try (TreeWalk walk = new TreeWalk(reader)) {
        walk.addTree(root);
        walk.setRecursive(true);
        while (walk.next()) {
          TreeIndex.Kind kind = kind(walk.getFileMode(0));
          if (kind != null) {
            index.add(join(prefix, walk.getPathString()), kind, walk.getObjectId(0));
          }
        }
      }
    }
    return index.build();
  }

  /**
   * The working tree below {@code prefix} as Git sees it: what is on disk, tracked or not, except
   * what {@code .gitignore} files (and {@code info/exclude}, {@code core.excludesFile}) ignore and
   * is not tracked, and except {@code .git}. The ids are those {@code git add} would give (the
   * index's when the file's stat data says it is unchanged, else a hash of the file).
   */
  public static TreeIndex workingTree(Repository repository, String prefix) throws IOException {
    TreeIndex.Builder index = new TreeIndex.Builder(prefix);
    try (TreeWalk walk = new TreeWalk(repository)) {
      int indexed = walk.addTree(new DirCacheIterator(repository.readDirCache()));
      FileTreeIterator files = new FileTreeIterator(repository);
      int onDisk = walk.addTree(files);
      files.setDirCacheIterator(walk, indexed);
      if (!prefix.isEmpty()) {
        walk.setFilter(PathFilter.create(prefix));
      }
      List<String> ignoredDirs = new ArrayList<>();
      while (walk.next()) {
        WorkingTreeIterator file = walk.getTree(onDisk, WorkingTreeIterator.class);
        if (file == null) {
          continue; // tracked, but deleted from the disk
        }
        String path = walk.getPathString();
        boolean tracked = walk.getTree(indexed, DirCacheIterator.class) != null;
        boolean ignored = !tracked && (file.isEntryIgnored() || within(path, ignoredDirs));
        if (ignored) {
          continue;
        }
        if (walk.isSubtree()) {
          if (file.isEntryIgnored()) {
            ignoredDirs.add(path); // entered for its tracked files only
          }
          walk.enterSubtree();
          continue;
        }
        TreeIndex.Kind kind = kind(file.getEntryFileMode());
        if (kind != null && TreePaths.isWithin(path, prefix)) {
          index.add(path, kind, file.getEntryObjectId());
        }
      }
    }
    return index.build();
  }

  private static boolean within(String path, List<String> dirs) {
    for (String d : dirs) {
      if (path.startsWith(d + "/")) {
        return true;
      }
    }
    return false;
  }

  private static TreeIndex.Kind kind(FileMode mode) {
    return switch (mode.getObjectType()) {
      case Constants.OBJ_BLOB ->
          (mode.getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_SYMLINK
              ? TreeIndex.Kind.LINK
              : TreeIndex.Kind.FILE;
      case Constants.OBJ_COMMIT -> TreeIndex.Kind.SUBMODULE;
      default -> null;
    };
  }

  private static String join(String prefix, String path) {
    return prefix.isEmpty() ? path : prefix + "/" + path;
  }
}
