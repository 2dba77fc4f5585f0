package dev.hops.diff.internal.git;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The entries of one revision of a Git work tree (a commit, or the working tree) below a folder:
 * paths relative to the root of the Git work tree, each a file, a symbolic link, a directory or a
 * submodule, with the Git object id of its content. Built once; immutable afterwards.
 */
public final class TreeIndex {

  /** What a path is. A submodule is seen as an empty directory (its content is not in the tree). */
  public enum Kind {
    FILE,
    LINK,
    DIR,
    SUBMODULE
  }

  /**
   * One entry: its kind and the id of its content (the blob of a file or of a link's target, the
   * commit of a submodule; null for a directory).
   */
  public record Entry(Kind kind, ObjectId id) {

    public boolean isDirectory() {
      return kind == Kind.DIR || kind == Kind.SUBMODULE;
    }

    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Entry that
              && Objects.equals(kind, that.kind)
              && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(kind) + Objects.hashCode(id);
    }
  }

  private static final Entry DIR = new Entry(Kind.DIR, null);

  private final String prefix;
  private final Map<String, Entry> entries;
  private final Map<String, List<String>> children;

  private TreeIndex(String prefix, Map<String, Entry> entries, Map<String, List<String>> children) {
    this.prefix = prefix;
    this.entries = entries;
    this.children = children;
  }

  /** The folder the index covers, relative to the work tree ({@code ""}: all of it). */
  public String prefix() {
    return prefix;
  }

  /** The entry at a path relative to the work tree, or null. */
  public Entry get(String path) {
    return entries.get(path);
  }

  /** The names in a directory, sorted (empty for a submodule or a missing directory). */
  public List<String> children(String dir) {
    return children.getOrDefault(dir, List.of());
  }

  /** Every file, link and submodule below the prefix, by path (relative to the work tree). */
  public Map<String, Entry> leaves() {
    Map<String, Entry> out = new TreeMap<>();
    entries.forEach(
        (p, e) -> {
          if (e.kind() != Kind.DIR) {
            out.put(p, e);
          }
        });
    return out;
  }

  /** Collects entries in any order; the prefix and its parents are directories. */
  public static final class Builder {
    private final String prefix;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    public Builder(String prefix) {
      this.prefix = prefix;
      entries.put("", DIR);
      addParents(prefix);
      if (!prefix.isEmpty()) {
        entries.put(prefix, DIR);
      }
    }

    /** Adds an entry and, as directories, every folder above it. */
    public Builder add(String path, Kind kind, ObjectId id) {
      Entry previous = entries.put(path, kind == Kind.DIR ? DIR : new Entry(kind, id.copy()));
      if (previous == null) {
        addParents(path);
      }
      return this;
    }

    private void addParents(String path) {
      String p = path;
      while (!p.isEmpty()) {
        int slash = p.lastIndexOf('/');
        String parent = slash < 0 ? "" : p.substring(0, slash);
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p.substring(slash + 1));
        if (entries.putIfAbsent(parent, DIR) != null || parent.isEmpty()) {
          return;
        }
        p = parent;
      }
    }

    public TreeIndex build() {
      Map<String, List<String>> sorted = new HashMap<>();
      children.forEach(
          (dir, names) -> {
            List<String> copy = new ArrayList<>(names.stream().distinct().toList());
            Collections.sort(copy);
            sorted.put(dir, List.copyOf(copy));
          });
      return new TreeIndex(prefix, Map.copyOf(entries), Map.copyOf(sorted));
    }
  }
}
