package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.FsError.Kind;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One directory of the reconciler's temporary workspace, with the {@code os.Root} calls the builder
 * makes in it: {@code <tmp>/<alias>} holds a fetched source, {@code <tmp>/<artifact name>} stages
 * an artifact. Staged files are references to source files (no bytes are copied) or generated
 * bytes; the builder never removes anything.
 *
 * <p>A fetched source is read as its artifact would hold it: without symbolic links
 * (Storage.Archive skips them) and without VCS files (source-controller always ignores them).
 */
final class StagingTree {

  /** What a path is. */
  enum Entry {
    MISSING,
    FILE,
    DIR
  }

  private final String name;
  private final String label;
  private final SourceTree base;
  private final Map<String, Content> files = new HashMap<>();
  private final Set<String> dirs = new HashSet<>();
  private final Map<String, Set<String>> children = new HashMap<>();
  private final Map<String, Entry> baseEntries = new HashMap<>(); // the source does not change
  private boolean frozen;

  /**
   * @param name the directory's name in the workspace (an alias or an artifact name)
   * @param label how to show the directory to a user
   * @param base the fetched source the directory starts with, or null for an empty one
   */
  StagingTree(String name, String label, SourceTree base) {
    this.name = name;
    this.label = label;
    this.base = base;
  }

  String name() {
    return name;
  }

  String label() {
    return label;
  }

  /** No more writes: the artifact was archived. */
  void freeze() {
    frozen = true;
  }

  // ---- the state, by normalized path ("" is the directory itself)

  Entry entry(String p) {
    if (p.isEmpty() || dirs.contains(p)) {
      return Entry.DIR;
    }
    if (files.containsKey(p)) {
      return Entry.FILE;
    }
    return baseEntry(p);
  }

  private Entry baseEntry(String p) {
    if (base == null) {
      return Entry.MISSING;
    }
    return baseEntries.computeIfAbsent(p, this::lookUpBase);
  }

  private Entry lookUpBase(String p) {
    boolean dir = base.isDirectory(p);
    if (!dir && !base.isFile(p)) {
      return Entry.MISSING;
    }
    if (!p.equals(base.realPath(p))
        || ArchiveFilter.VCS_ONLY.excludes(ArchiveFilter.elements(null, p), dir)) {
      return Entry.MISSING;
    }
    return dir ? Entry.DIR : Entry.FILE;
  }

  /** The names in a directory in Go's order, or null when it is not a directory. */
  List<String> list(String dir) {
    if (entry(dir) != Entry.DIR) {
      return null;
    }
    TreeSet<String> names = new TreeSet<>(GoPath.BYTE_ORDER);
    names.addAll(children.getOrDefault(dir, Set.of()));
    if (base != null && (dir.isEmpty() || baseEntry(dir) == Entry.DIR)) {
      try {
        for (String n : base.list(dir)) {
          if (baseEntry(dir.isEmpty() ? n : dir + "/" + n) != Entry.MISSING) {
            names.add(n);
          }
        }
      } catch (IOException e) {
        // an unreadable directory lists what was staged in it
      }
    }
    return new ArrayList<>(names);
  }

  /** The content of a file (see {@link #entry}). */
  Content content(String p) {
    Content c = files.get(p);
    return c != null ? c : new Content.SourceFile(base, p);
  }

  // ---- io/fs calls on os.Root.FS(): paths must be fs.ValidPath

  boolean fsExists(String path) {
    return GoPath.validFsPath(path) && entry(fsPath(path)) != Entry.MISSING;
  }

  Entry fsEntry(String path) {
    return GoPath.validFsPath(path) ? entry(fsPath(path)) : Entry.MISSING;
  }

  /** fs.ReadDir: sorted names, or null when the call fails. */
  List<String> fsReadDir(String path) {
    return GoPath.validFsPath(path) ? list(fsPath(path)) : null;
  }

  private static String fsPath(String path) {
    return path.equals(".") ? "" : path;
  }

  // ---- os.Root calls: any relative path, resolved element by element

  /** Root.Stat. */
  Entry stat(String path) throws FsError {
    String p = resolve("statat", path);
    Entry e = entry(p);
    if (e == Entry.MISSING) {
      throw new FsError("statat", path, Kind.NOT_EXIST);
    }
    return e;
  }

  /** Root.Stat where the caller treats any error as "not there". */
  Entry statQuietly(String path) {
    try {
      return stat(path);
    } catch (FsError e) {
      return Entry.MISSING;
    }
  }

  /** Root.Mkdir. */
  void mkdir(String path) throws FsError {
    String p = resolve("mkdirat", path);
    if (entry(p) != Entry.MISSING) {
      throw new FsError("mkdirat", path, Kind.EXIST);
    }
    checkWritable();
    dirs.add(p);
    addChild(p);
  }

  /** Root.Create and a write: the file now has {@code content}. */
  void create(String path, Content content) throws FsError {
    String p = resolve("openat", path);
    if (entry(p) == Entry.DIR) {
      throw new FsError("openat", path, Kind.IS_DIR);
    }
    checkWritable();
    files.put(p, content);
    addChild(p);
  }

  /** Root.Open and a read: the file's content. */
  Content open(String path) throws FsError {
    String p = resolve("openat", path);
    return switch (entry(p)) {
      case MISSING -> throw new FsError("openat", path, Kind.NOT_EXIST);
      case DIR -> throw new FsError("read", path, Kind.IS_DIR);
      case FILE -> content(p);
    };
  }

  /**
   * Go's os.Root {@code doInRoot}: the path {@code path} names, opening each parent in turn (they
   * must be directories) and restarting from the top after {@code ..}, which may not climb above
   * the root.
   */
  private String resolve(String op, String path) throws FsError {
    if (path.isEmpty()) {
      throw new FsError(op, path, Kind.EMPTY);
    }
    if (path.startsWith("/")) {
      throw new FsError(op, path, Kind.ESCAPES);
    }
    List<String> parts = splitPathInRoot(path);
    int i = 0;
    while (true) {
      if (parts.get(i).equals("..")) {
        int end = i + 1;
        while (end < parts.size() && parts.get(end).equals("..")) {
          end++;
        }
        int count = end - i;
        if (count > i) {
          throw new FsError(op, path, Kind.ESCAPES);
        }
        parts.subList(i - count, end).clear();
        if (parts.isEmpty()) {
          parts.add(".");
        }
        i = 0;
        continue;
      }
      if (i == parts.size() - 1) {
        break;
      }
      String dir = String.join("/", parts.subList(0, i + 1));
      Entry e = entry(dir);
      if (e != Entry.DIR) {
        throw new FsError(op, path, e == Entry.FILE ? Kind.NOT_DIR : Kind.NOT_EXIST);
      }
      i++;
    }
    String dir = String.join("/", parts.subList(0, i));
    String last = parts.get(i);
    if (last.equals(".")) {
      return dir;
    }
    return dir.isEmpty() ? last : dir + "/" + last;
  }

  /** The elements of a path; {@code .} dropped except at the end, trailing slashes dropped. */
  private static List<String> splitPathInRoot(String s) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    int j = 1;
    while (true) {
      if (j < s.length() && s.charAt(j) != '/') {
        j++;
        continue;
      }
      parts.add(s.substring(i, j));
      while (j < s.length() && s.charAt(j) == '/') {
        j++;
      }
      if (j == s.length()) {
        return parts;
      }
      if (parts.getLast().equals(".")) {
        parts.removeLast();
      }
      i = j;
    }
  }

  private void addChild(String p) {
    if (!p.isEmpty()) {
      children
          .computeIfAbsent(TreePaths.parent(p), k -> new HashSet<>())
          .add(TreePaths.fileName(p));
    }
  }

  private void checkWritable() {
    if (frozen) {
      throw new IllegalStateException(label + " was already archived");
    }
  }

  @Override
  public String toString() {
    return "StagingTree(" + label + ")";
  }
}
