package dev.hops.kustomize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** An in-memory {@link SourceTree}, for tests and for content that is not on disk. */
public final class MemoryTree implements SourceTree {

  private final Map<String, byte[]> files = new TreeMap<>();
  private final TreeSet<String> dirs = new TreeSet<>(List.of(""));

  /** Adds (or replaces) a file, creating its directories. Returns this. */
  public MemoryTree put(String path, String content) {
    return put(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public MemoryTree put(String path, byte[] content) {
    String p = TreePaths.normalize(path);
    if (p == null || p.isEmpty()) {
      throw new IllegalArgumentException("bad path: " + path);
    }
    files.put(p, content.clone());
    for (String d = TreePaths.parent(p); !d.isEmpty(); d = TreePaths.parent(d)) {
      dirs.add(d);
    }
    return this;
  }

  /** Creates an empty directory. */
  public MemoryTree mkdir(String path) {
    String p = TreePaths.normalize(path);
    for (String d = p; d != null && !d.isEmpty(); d = TreePaths.parent(d)) {
      dirs.add(d);
    }
    return this;
  }

  @Override
  public boolean isDirectory(String path) {
    return dirs.contains(path);
  }

  @Override
  public boolean isFile(String path) {
    return files.containsKey(path);
  }

  @Override
  public byte[] read(String path) throws IOException {
    byte[] b = files.get(path);
    if (b == null) {
      throw new NoSuchFileException(path);
    }
    return b.clone();
  }

  @Override
  public List<String> list(String dir) throws IOException {
    if (!dirs.contains(dir)) {
      throw new NoSuchFileException(dir);
    }
    TreeSet<String> names = new TreeSet<>();
    String prefix = dir.isEmpty() ? "" : dir + "/";
    for (String f : files.keySet()) {
      addChild(names, f, prefix);
    }
    for (String d : dirs) {
      addChild(names, d, prefix);
    }
    return new ArrayList<>(names);
  }

  private static void addChild(TreeSet<String> names, String path, String prefix) {
    if (!path.isEmpty() && path.startsWith(prefix) && path.length() > prefix.length()) {
      String rest = path.substring(prefix.length());
      int slash = rest.indexOf('/');
      names.add(slash < 0 ? rest : rest.substring(0, slash));
    }
  }

  @Override
  public String display(String path) {
    return path.isEmpty() ? "." : path;
  }
}
