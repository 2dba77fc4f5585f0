package dev.hops.kustomize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A {@link SourceTree} over a folder on disk. What each path is (file, folder), folder listings and
 * real paths are kept once asked: the tree is taken not to change while in use, as the renderer's
 * caches already assume.
 */
final class DiskTree implements SourceTree {

  private final Path root;
  private final Path realRoot;
  private final Path cwd;
  private final Map<String, Path> reals = new ConcurrentHashMap<>();
  private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
  private final Map<String, List<String>> listings = new ConcurrentHashMap<>();

  /** What a path names, links followed: builds ask the same few paths many times. */
  private enum Kind {
    FILE,
    DIRECTORY,
    OTHER,
    MISSING
  }

  DiskTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
    Path real;
    try {
      real = this.root.toRealPath();
    } catch (IOException e) {
      real = this.root;
    }
    this.realRoot = real;
    this.cwd = Path.of("").toAbsolutePath();
  }

  private Path resolve(String path) {
    return path.isEmpty() ? root : root.resolve(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return kind(path) == Kind.DIRECTORY;
  }

  @Override
  public boolean isFile(String path) {
    return kind(path) == Kind.FILE;
  }

  /** As Files.isDirectory and Files.isRegularFile decide, once per path. */
  private Kind kind(String path) {
    Kind known = kinds.get(path);
    if (known == null) {
      try {
        BasicFileAttributes a = Files.readAttributes(resolve(path), BasicFileAttributes.class);
        known = a.isDirectory() ? Kind.DIRECTORY : a.isRegularFile() ? Kind.FILE : Kind.OTHER;
      } catch (IOException e) {
        known = Kind.MISSING;
      }
      kinds.put(path, known);
    }
    return known;
  }

  @Override
  public byte[] read(String path) throws IOException {
    return Files.readAllBytes(resolve(path));
  }

  @Override
  public List<String> list(String dir) throws IOException {
    List<String> known = listings.get(dir);
    if (known == null) {
      List<String> names = new ArrayList<>();
      try (Stream<Path> s = Files.list(resolve(dir))) {
        s.forEach(p -> names.add(p.getFileName().toString()));
      }
      names.sort(null);
      known = List.copyOf(names);
      listings.put(dir, known);
    }
    return new ArrayList<>(known);
  }

  @Override
  public String display(String path) {
    Path p = resolve(path);
    if (p.startsWith(cwd)) {
      String rel = cwd.relativize(p).toString();
      return rel.isEmpty() ? "." : rel;
    }
    return p.toString();
  }

  @Override
  public String realPath(String path) {
    Path real;
    try {
      real = real(path);
    } catch (IOException e) {
      return path; // missing, or a link to nothing
    }
    if (!real.startsWith(realRoot)) {
      return null;
    }
    return realRoot.relativize(real).toString().replace('\\', '/');
  }

  /**
   * The real absolute path, kept: the real path of the folder above with the name added when the
   * entry is not a symbolic link (one lstat instead of a readlink per element of the path), else
   * the JDK's resolution.
   */
  private Path real(String path) throws IOException {
    if (path.isEmpty()) {
      return realRoot;
    }
    Path known = reals.get(path);
    if (known != null) {
      return known;
    }
    Path p = resolve(path);
    BasicFileAttributes attrs =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    Path real;
    if (attrs.isSymbolicLink()
        || !isPlainName(name)
        || path.startsWith("/")
        || path.indexOf('\\') >= 0) {
      real = p.toRealPath();
    } else {
      real = real(slash < 0 ? "" : path.substring(0, slash)).resolve(name);
    }
    reals.put(path, real);
    return real;
  }

  /** A path element that names an entry: not empty, not "." nor "..". */
  private static boolean isPlainName(String name) {
    return !name.isEmpty() && !name.equals(".") && !name.equals("..");
  }

  @Override
  public String toString() {
    return "DiskTree(" + root + ")";
  }
}
