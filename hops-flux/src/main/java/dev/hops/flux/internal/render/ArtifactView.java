package dev.hops.flux.internal.render;

import dev.hops.flux.internal.model.ClusterRoot.PathMapping;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * The repository as its source's artifact holds it, when Hops was given a different folder: the
 * artifact is a sub-folder of the tree ({@code artifactRoot}), or the tree is a sub-folder of the
 * artifact ({@code prefix}; the folders above it hold nothing else).
 */
final class ArtifactView implements SourceTree {

  private final SourceTree tree;
  private final PathMapping paths;

  private ArtifactView(SourceTree tree, PathMapping paths) {
    this.tree = tree;
    this.paths = paths;
  }

  static SourceTree of(SourceTree tree, PathMapping paths) {
    return paths.equals(PathMapping.IDENTITY) ? tree : new ArtifactView(tree, paths);
  }

  /** The tree path of an artifact path, or null when the artifact has nothing there. */
  private String toTree(String path) {
    String prefix = paths.prefix();
    if (!prefix.isEmpty() && !path.equals(prefix) && !path.startsWith(prefix + "/")) {
      return null;
    }
    return paths.toTree(path);
  }

  /** True for the folders above the prefix, which exist only to hold it. */
  private boolean abovePrefix(String path) {
    String prefix = paths.prefix();
    return !prefix.isEmpty() && (path.isEmpty() || prefix.startsWith(path + "/"));
  }

  @Override
  public boolean isDirectory(String path) {
    if (abovePrefix(path)) {
      return true;
    }
    String t = toTree(path);
    return t != null && tree.isDirectory(t);
  }

  @Override
  public boolean isFile(String path) {
    String t = toTree(path);
    return t != null && tree.isFile(t);
  }

  @Override
  public byte[] read(String path) throws IOException {
    String t = toTree(path);
    if (t == null) {
      throw new NoSuchFileException(path);
    }
    return tree.read(t);
  }

  @Override
  public List<String> list(String dir) throws IOException {
    if (abovePrefix(dir)) {
      String rest = dir.isEmpty() ? paths.prefix() : paths.prefix().substring(dir.length() + 1);
      int slash = rest.indexOf('/');
      return List.of(slash < 0 ? rest : rest.substring(0, slash));
    }
    String t = toTree(dir);
    if (t == null) {
      throw new NoSuchFileException(dir);
    }
    return tree.list(t);
  }

  @Override
  public String display(String path) {
    String t = toTree(path);
    return t == null ? path : tree.display(t);
  }

  @Override
  public String realPath(String path) {
    String t = toTree(path);
    if (t == null) {
      return abovePrefix(path) ? path : null;
    }
    String real = tree.realPath(t);
    if (real == null) {
      return null;
    }
    // back into artifact coordinates
    String root = paths.artifactRoot();
    String inArtifact;
    if (root.isEmpty()) {
      inArtifact = real;
    } else if (real.equals(root)) {
      inArtifact = "";
    } else if (real.startsWith(root + "/")) {
      inArtifact = real.substring(root.length() + 1);
    } else {
      return null; // a link out of the artifact
    }
    return paths.prefix().isEmpty() ? inArtifact : TreePaths.join(paths.prefix(), inArtifact);
  }
}
