package dev.hops.flux.internal.render;

import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A source tree with some files replaced or added, as Flux writes the generated kustomization file
 * into the artifact before building; the underlying tree is not touched.
 */
final class OverlayTree implements SourceTree {

  private final SourceTree base;
  private final Map<String, byte[]> files;

  OverlayTree(SourceTree base, Map<String, String> files) {
    this.base = base;
    this.files = new java.util.HashMap<>();
    files.forEach((k, v) -> this.files.put(k, v.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public boolean isDirectory(String path) {
    return base.isDirectory(path);
  }

  @Override
  public boolean isFile(String path) {
    return files.containsKey(path) || base.isFile(path);
  }

  @Override
  public byte[] read(String path) throws IOException {
    byte[] b = files.get(path);
    return b != null ? b.clone() : base.read(path);
  }

  @Override
  public List<String> list(String dir) throws IOException {
    TreeSet<String> names = new TreeSet<>(base.list(dir));
    String prefix = dir.isEmpty() ? "" : dir + "/";
    for (String f : files.keySet()) {
      if (f.startsWith(prefix) && f.indexOf('/', prefix.length()) < 0) {
        names.add(f.substring(prefix.length()));
      }
    }
    return new ArrayList<>(names);
  }

  @Override
  public String display(String path) {
    return base.display(path);
  }

  @Override
  public String realPath(String path) {
    return files.containsKey(path) ? path : base.realPath(path);
  }
}
