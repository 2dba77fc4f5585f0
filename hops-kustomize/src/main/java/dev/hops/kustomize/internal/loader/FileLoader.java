package dev.hops.kustomize.internal.loader;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/**
 * Reads the files and directories a kustomization refers to, relative to its own directory:
 * kustomize's {@code FileLoader}, with its load restrictor and its cycle check, over a {@link
 * dev.hops.kustomize.SourceTree}. Remote bases and URLs are refused with a clear message.
 */
public final class FileLoader {

  private final BuildContext ctx;
  private final String root;
  private final FileLoader referrer;

  public FileLoader(BuildContext ctx, String root, FileLoader referrer) {
    this.ctx = ctx;
    this.root = root;
    this.referrer = referrer;
  }

  public BuildContext context() {
    return ctx;
  }

  /** The directory of this kustomization, relative to the tree root. */
  public String root() {
    return root;
  }

  public String display(String path) {
    return ctx.tree().display(path);
  }

  /** The tree path of {@code rel} resolved against this root, or null when it leaves the tree. */
  public String resolve(String rel) {
    return TreePaths.join(root, rel);
  }

  /** Reads a text file relative to this root, under the load restrictor. */
  public String load(String path, SourcePos listedAt) {
    return new String(loadBytes(path, listedAt), StandardCharsets.UTF_8);
  }

  /** Reads a file's bytes relative to this root, under the load restrictor. */
  public byte[] loadBytes(String path, SourcePos listedAt) {
    if (RemoteRefs.isHttp(path)) {
      throw new KustomizeException(
          listedAt,
          null,
          "cannot load '" + path + "': remote files are not supported (Hops builds offline)");
    }
    String full = resolve(path);
    if (full == null) {
      throw new KustomizeException(
          listedAt, null, "file '" + path + "' is outside the source tree");
    }
    if (ctx.restrictor() == LoadRestrictor.ROOT_ONLY) {
      checkRootOnly(path, full, listedAt);
    }
    try {
      return ctx.tree().read(full);
    } catch (NoSuchFileException e) {
      throw new KustomizeException(
          listedAt, null, "file '" + display(full) + "' does not exist", e);
    } catch (IOException e) {
      throw new KustomizeException(
          listedAt, null, "cannot read '" + display(full) + "': " + e.getMessage(), e);
    }
  }

  private void checkRootOnly(String path, String full, SourcePos listedAt) {
    if (ctx.tree().isDirectory(full)) {
      throw new KustomizeException(
          listedAt, null, "'" + display(full) + "' must resolve to a file");
    }
    String real = ctx.tree().realPath(full);
    String realRoot = ctx.tree().realPath(root);
    if (real == null || realRoot == null || !TreePaths.isWithin(TreePaths.parent(real), realRoot)) {
      throw new KustomizeException(
          listedAt,
          null,
          "security; file '"
              + display(full)
              + "' is not in or below '"
              + display(root)
              + "' (kustomize's default load restrictor LoadRestrictionsRootOnly; use"
              + " --load-restrictor LoadRestrictionsNone to allow it)");
    }
  }

  public boolean isFile(String path) {
    String full = resolve(path);
    return full != null && ctx.tree().isFile(full);
  }

  /** A loader for a sub-kustomization directory (a base, an overlay's resource, a component). */
  public FileLoader newLoader(String path, SourcePos listedAt) {
    if (path.isEmpty()) {
      throw new KustomizeException(listedAt, null, "new root cannot be empty");
    }
    if (RemoteRefs.isGit(path)) {
      throw new KustomizeException(
          listedAt,
          null,
          "remote base '"
              + path
              + "' cannot be fetched: Hops builds offline and does not clone"
              + " remote kustomizations");
    }
    if (path.startsWith("/")) {
      throw new KustomizeException(listedAt, null, "new root '" + path + "' cannot be absolute");
    }
    String full = resolve(path);
    if (full == null || !ctx.tree().isDirectory(full)) {
      throw new KustomizeException(
          listedAt,
          null,
          "'"
              + path
              + "' is neither a file nor a directory"
              + (full == null ? " inside the source tree" : " (" + display(full) + ")"));
    }
    String real = ctx.tree().realPath(full);
    String candidate = real == null ? full : real;
    for (FileLoader l = this; l != null; l = l.referrer) {
      String lroot = ctx.tree().realPath(l.root);
      if (TreePaths.isWithin(lroot == null ? l.root : lroot, candidate)) {
        String visited = display(l.root);
        String cand = display(full);
        throw new KustomizeException(
            listedAt,
            null,
            cand.equals(visited)
                ? "cycle detected: '" + cand + "' is already being built (it includes itself)"
                : "cycle detected: '"
                    + cand
                    + "' contains '"
                    + visited
                    + "', which is already being built");
      }
    }
    return new FileLoader(ctx, full, this);
  }
}
