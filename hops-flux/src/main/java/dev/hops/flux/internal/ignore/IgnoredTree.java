package dev.hops.flux.internal.ignore;

import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tree as it comes out of a source-controller artifact: what {@link SourceIgnore} leaves out is
 * neither a file nor a folder, is not listed and cannot be read.
 *
 * <p>The archiver does not prune: it tests every file and folder on its own, and unpacking creates
 * the folders above each file. So a file kept by a {@code !} pattern below an ignored folder is
 * there, and so is that folder; an ignored folder with nothing kept below it is gone. Entries that
 * are neither files nor folders never reach an artifact and are left out too.
 *
 * <p>Decisions are made on demand and kept per folder; the ignore rules themselves are loaded on
 * first use (a failure to read them then surfaces as an {@link UncheckedIOException} from the
 * methods that cannot throw {@link IOException}). Safe for concurrent use.
 */
public final class IgnoredTree implements SourceTree {

  private interface Loader {
    SourceIgnore load() throws IOException;
  }

  private final SourceTree base;
  private final Loader loader;
  private volatile SourceIgnore rules;
  private final Map<String, List<String>> listings = new ConcurrentHashMap<>();
  private final Map<String, Boolean> dirs = new ConcurrentHashMap<>();
  private final Map<String, Boolean> files = new ConcurrentHashMap<>();

  private IgnoredTree(SourceTree base, Loader loader) {
    this.base = base;
    this.loader = loader;
  }

  /** {@code base} filtered by {@code rules}. */
  public static IgnoredTree of(SourceTree base, SourceIgnore rules) {
    return new IgnoredTree(base, () -> rules);
  }

  /**
   * A Git repository (or extracted OCI artifact) as its GitRepository's artifact holds it: the
   * {@code .sourceignore} files of {@code base} and {@code specIgnore} (null when absent).
   */
  public static IgnoredTree artifact(SourceTree base, String specIgnore) {
    return new IgnoredTree(base, () -> SourceIgnore.forArtifact(base, specIgnore));
  }

  /** The rules, loaded on first use. */
  public SourceIgnore rules() throws IOException {
    SourceIgnore r = rules;
    if (r == null) {
      synchronized (this) {
        r = rules;
        if (r == null) {
          r = loader.load();
          rules = r;
        }
      }
    }
    return r;
  }

  private SourceIgnore rulesUnchecked() {
    try {
      return rules();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the source ignore rules: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isDirectory(String path) {
    return base.isDirectory(path) && dirKept(path);
  }

  @Override
  public boolean isFile(String path) {
    return base.isFile(path) && !path.isEmpty() && fileKept(path);
  }

  private boolean fileKept(String path) {
    Boolean known = files.get(path);
    if (known == null) {
      known = !rulesUnchecked().isIgnored(SourceIgnore.elements(path), false);
      files.putIfAbsent(path, known);
    }
    return known;
  }

  @Override
  public byte[] read(String path) throws IOException {
    if (!isFileChecked(path)) {
      if (base.isFile(path)) {
        throw new NoSuchFileException(path, null, "left out of the artifact by the ignore rules");
      }
      throw new NoSuchFileException(path);
    }
    return base.read(path);
  }

  @Override
  public List<String> list(String dir) throws IOException {
    try {
      if (!isDirectory(dir)) {
        throw new NoSuchFileException(dir);
      }
      return listing(dir);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** True when the base tree has {@code path} but the ignore rules leave it out. */
  public boolean isLeftOut(String path) {
    return (base.isDirectory(path) && !isDirectory(path)) || (base.isFile(path) && !isFile(path));
  }

  @Override
  public String display(String path) {
    return base.display(path);
  }

  @Override
  public String realPath(String path) {
    return base.realPath(path);
  }

  @Override
  public String toString() {
    return "IgnoredTree(" + base + ")";
  }

  private boolean isFileChecked(String path) throws IOException {
    try {
      return isFile(path);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Whether the folder is in the artifact: written itself, or holding something that is. */
  private boolean dirKept(String dir) {
    if (dir.isEmpty()) {
      return true;
    }
    Boolean known = dirs.get(dir);
    if (known != null) {
      return known;
    }
    SourceIgnore r = rulesUnchecked();
    byte[][] elements = SourceIgnore.elements(dir);
    boolean ignored = r.isIgnored(elements, true);
    boolean kept;
    if (!ignored && !r.filesOnly()) {
      kept = true;
    } else if (ignored && !r.mayKeepBelow(elements)) {
      // What excludes a folder excludes its contents; only a '!' pattern could bring one back.
      kept = false;
    } else {
      kept = !listing(dir).isEmpty();
    }
    dirs.putIfAbsent(dir, kept);
    return kept;
  }

  /** The kept entries of a folder of the base tree. */
  private List<String> listing(String dir) {
    List<String> known = listings.get(dir);
    if (known != null) {
      return known;
    }
    List<String> children;
    try {
      children = base.list(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> names = new ArrayList<>();
    for (String name : children) {
      String child = dir.isEmpty() ? name : dir + "/" + name;
      if (base.isDirectory(child)) {
        if (dirKept(child)) {
          names.add(name);
        }
      } else if (isFile(child)) {
        names.add(name);
      }
    }
    List<String> kept = List.copyOf(names);
    List<String> prev = listings.putIfAbsent(dir, kept);
    return prev != null ? prev : kept;
  }
}
