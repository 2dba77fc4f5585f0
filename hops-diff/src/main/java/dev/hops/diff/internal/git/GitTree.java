package dev.hops.diff.internal.git;

import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.function.Supplier;

/**
 * One revision of a Flux repository folder as a {@link SourceTree}: the entries of a {@link
 * TreeIndex}, their bytes from a {@link Content}. Symbolic links are followed inside the Git work
 * tree as the file system would follow them (a link to a file outside the folder can be read, and
 * {@link #realPath} says it is outside); a link leaving the work tree, or an absolute one, leads
 * nowhere: a commit does not hold what it points at. Paths are shown as {@code display} shows them,
 * the same as for the folder on disk.
 */
public final class GitTree implements SourceTree {

  private final String prefix;
  private final TreeIndex folder;
  private final Supplier<TreeIndex> whole;
  private final Content content;
  private final SourceTree display;
  private final String name;

  /**
   * @param folder the index of the Flux repository folder ({@link TreeIndex#prefix()})
   * @param whole the index of the whole work tree, asked for only when a link leaves the folder
   * @param display the folder on disk, for {@link #display}
   * @param name what {@link #toString()} says, e.g. the revision
   */
  public GitTree(
      TreeIndex folder,
      Supplier<TreeIndex> whole,
      Content content,
      SourceTree display,
      String name) {
    this.prefix = folder.prefix();
    this.folder = folder;
    this.whole = whole;
    this.content = content;
    this.display = display;
    this.name = name;
  }

  /** The index of this revision's folder. */
  public TreeIndex index() {
    return folder;
  }

  @Override
  public boolean isDirectory(String path) {
    Target t = resolve(path);
    return t.entry() != null && t.entry().isDirectory();
  }

  @Override
  public boolean isFile(String path) {
    Target t = resolve(path);
    return t.entry() != null && t.entry().kind() == TreeIndex.Kind.FILE;
  }

  @Override
  public byte[] read(String path) throws IOException {
    Target t = resolve(path);
    if (t.entry() == null) {
      throw new NoSuchFileException(display(path));
    }
    if (t.entry().isDirectory()) {
      throw new IOException(display(path) + ": is a directory");
    }
    return content.read(t.path(), t.entry());
  }

  @Override
  public List<String> list(String dir) throws IOException {
    Target t = resolve(dir);
    if (t.entry() == null) {
      throw new NoSuchFileException(display(dir));
    }
    if (!t.entry().isDirectory()) {
      throw new NotDirectoryException(display(dir));
    }
    return index(t.path()).children(t.path());
  }

  @Override
  public String display(String path) {
    return display.display(path);
  }

  @Override
  public String realPath(String path) {
    Target t = resolve(path);
    if (t.outside()) {
      return null;
    }
    if (t.entry() == null) {
      return path; // as on disk: a missing path (or a dangling link) is its own real path
    }
    if (!TreePaths.isWithin(t.path(), prefix)) {
      return null;
    }
    return t.path().length() == prefix.length()
        ? ""
        : t.path().substring(prefix.isEmpty() ? 0 : prefix.length() + 1);
  }

  private Target resolve(String path) {
    return new LinkResolver(prefix, this::entry, content).resolve(path);
  }

  private TreeIndex.Entry entry(String repoPath) {
    return index(repoPath).get(repoPath);
  }

  private TreeIndex index(String repoPath) {
    return TreePaths.isWithin(repoPath, prefix) ? folder : whole.get();
  }

  @Override
  public String toString() {
    return "GitTree(" + name + ")";
  }

  /**
   * Where a path leads: {@code path} (relative to the work tree) and its entry; a null entry when
   * nothing is there, {@code outside} when a link leaves the work tree.
   */
  record Target(String path, TreeIndex.Entry entry, boolean outside) {}
}
