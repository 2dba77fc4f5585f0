package dev.hops.kustomize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A {@link SourceTree} over a folder on disk. */
final class DiskTree implements SourceTree {

  private final Path root;
  private final Path realRoot;
  private final Path cwd;

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
    return Files.isDirectory(resolve(path));
  }

  @Override
  public boolean isFile(String path) {
    return Files.isRegularFile(resolve(path));
  }

  @Override
  public byte[] read(String path) throws IOException {
    return Files.readAllBytes(resolve(path));
  }

  @Override
  public List<String> list(String dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(resolve(dir))) {
      s.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    return names;
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
    Path p = resolve(path);
    try {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return path;
      }
      Path real = p.toRealPath();
      if (!real.startsWith(realRoot)) {
        return null;
      }
      return realRoot.relativize(real).toString().replace('\\', '/');
    } catch (IOException e) {
      return path;
    }
  }

  @Override
  public String toString() {
    return "DiskTree(" + root + ")";
  }
}
