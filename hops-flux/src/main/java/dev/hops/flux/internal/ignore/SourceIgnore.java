package dev.hops.flux.internal.ignore;

import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which paths source-controller leaves out of an artifact, ported from fluxcd/pkg {@code
 * sourceignore/sourceignore.go} (v0.18.0, the version source-controller uses) and {@code
 * artifact/storage/archive.go} ({@code SourceIgnoreFilter}), wired as the source-controller
 * reconcilers wire them.
 *
 * <p>For a GitRepository (and an OCIRepository whose layer is extracted) the patterns are, lowest
 * priority first: the VCS patterns (always), then either the default exclusions (only when there is
 * no other pattern at all) or the patterns of every {@code .sourceignore} in the tree (parents
 * before children, each scoped to its folder) followed by {@code spec.ignore} (scoped to the root).
 */
public final class SourceIgnore {

  public static final String IGNORE_FILE = ".sourceignore";
  public static final String EXCLUDE_VCS = ".git/,.gitignore,.gitmodules,.gitattributes";
  public static final String EXCLUDE_EXT = "*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip";
  public static final String EXCLUDE_CI =
      ".github/,.circleci/,.travis.yml,.gitlab-ci.yml,appveyor.yml,.drone.yml,cloudbuild.yaml,"
          + "codeship-services.yml,codeship-steps.yml";
  public static final String EXCLUDE_EXTRA = "**/.goreleaser.yml,**/.sops.yaml,**/.flux.yaml";

  /**
   * The default of {@code flux push artifact --ignore-paths} (also {@code build}/{@code diff
   * artifact}): flux2 {@code cmd/flux/build_artifact.go} {@code excludeOCI}, VCS and extensions
   * only.
   */
  public static final List<String> PUSH_DEFAULT_IGNORE_PATHS =
      concat(List.of(EXCLUDE_VCS.split(",")), List.of(EXCLUDE_EXT.split(",")));

  /** bufio.Scanner's longest line (MaxScanTokenSize minus the newline); a longer one ends it. */
  private static final int MAX_LINE = 64 * 1024 - 1;

  private final GitIgnore matcher;
  private final boolean bucket;

  private SourceIgnore(GitIgnore matcher, boolean bucket) {
    this.matcher = matcher;
    this.bucket = bucket;
  }

  /**
   * GitRepository and OCIRepository (layer operation {@code extract}): every {@code .sourceignore}
   * of {@code tree} plus {@code specIgnore} (null when the field is absent), as {@code
   * reconcileArtifact} loads them and {@code storage.SourceIgnoreFilter} combines them.
   */
  public static SourceIgnore forArtifact(SourceTree tree, String specIgnore) throws IOException {
    List<IgnorePattern> ps = loadIgnorePatterns(tree, "");
    if (specIgnore != null) {
      ps.addAll(readPatterns(specIgnore, List.of()));
    }
    return new SourceIgnore(archiveMatcher(ps), false);
  }

  /**
   * Bucket: only the {@code .sourceignore} object at the bucket's root, then {@code specIgnore}; no
   * VCS or default patterns; objects are matched as files and the root {@code .sourceignore} itself
   * is left out ({@code fetchEtagIndex} in {@code bucket_controller.go}).
   */
  public static SourceIgnore forBucket(SourceTree tree, String specIgnore) throws IOException {
    List<IgnorePattern> ps = new ArrayList<>();
    if (tree.isFile(IGNORE_FILE)) {
      ps.addAll(readPatterns(tree.read(IGNORE_FILE), List.of()));
    }
    if (specIgnore != null) {
      ps.addAll(readPatterns(specIgnore, List.of()));
    }
    return new SourceIgnore(new GitIgnore(ps), true);
  }

  /**
   * {@code flux push artifact}/{@code build artifact}: only the {@code --ignore-paths} patterns
   * (default {@link #PUSH_DEFAULT_IGNORE_PATHS}); {@code .sourceignore} files are not read at push
   * time (fluxcd/pkg {@code oci/build.go}). An OCIRepository extracting the pushed layer then
   * applies {@link #forArtifact} to what was pushed.
   */
  public static SourceIgnore forPush(List<String> ignorePaths) {
    return new SourceIgnore(
        new GitIgnore(readPatterns(String.join("\n", ignorePaths), List.of())), false);
  }

  /**
   * storage.SourceIgnoreFilter: the VCS and default patterns when {@code ps} is empty, otherwise
   * the VCS patterns followed by {@code ps} (the defaults are then dropped, not merely overridden).
   */
  static GitIgnore archiveMatcher(List<IgnorePattern> ps) {
    if (ps.isEmpty()) {
      return defaultMatcher(ps, List.of());
    }
    List<IgnorePattern> all = new ArrayList<>(vcsPatterns(List.of()));
    all.addAll(ps);
    return new GitIgnore(all);
  }

  /** NewDefaultMatcher: the VCS patterns, the default patterns, then {@code ps}. */
  static GitIgnore defaultMatcher(List<IgnorePattern> ps, List<String> domain) {
    List<IgnorePattern> all = new ArrayList<>(vcsPatterns(domain));
    all.addAll(defaultPatterns(domain));
    all.addAll(ps);
    return new GitIgnore(all);
  }

  /** VCSPatterns: {@link #EXCLUDE_VCS}. */
  static List<IgnorePattern> vcsPatterns(List<String> domain) {
    return patterns(EXCLUDE_VCS, domain);
  }

  /** DefaultPatterns: {@link #EXCLUDE_EXT}, {@link #EXCLUDE_CI} and {@link #EXCLUDE_EXTRA}. */
  static List<IgnorePattern> defaultPatterns(List<String> domain) {
    return patterns(String.join(",", EXCLUDE_EXT, EXCLUDE_CI, EXCLUDE_EXTRA), domain);
  }

  private static List<IgnorePattern> patterns(String csv, List<String> domain) {
    return Arrays.stream(csv.split(",")).map(p -> IgnorePattern.parse(p, domain)).toList();
  }

  /**
   * LoadIgnorePatterns: the {@code .sourceignore} of {@code dir}, then those of its sub-folders in
   * name order, depth first, each scoped to its folder. Folders named {@code .git} and symbolic
   * links to folders are not entered (Go's ReadDir does not follow links).
   */
  public static List<IgnorePattern> loadIgnorePatterns(SourceTree tree, String dir)
      throws IOException {
    List<IgnorePattern> out = new ArrayList<>();
    load(tree, dir, dir.isEmpty() ? List.of() : List.of(dir.split("/")), out);
    return out;
  }

  private static void load(
      SourceTree tree, String dir, List<String> domain, List<IgnorePattern> out)
      throws IOException {
    String file = join(dir, IGNORE_FILE);
    if (tree.isFile(file)) {
      out.addAll(readPatterns(tree.read(file), domain));
    }
    for (String name : tree.list(dir)) {
      String child = join(dir, name);
      if (!name.equals(".git") && tree.isDirectory(child) && child.equals(tree.realPath(child))) {
        load(tree, child, concat(domain, List.of(name)), out);
      }
    }
  }

  public static List<IgnorePattern> readPatterns(String text, List<String> domain) {
    return readPatterns(text.getBytes(StandardCharsets.UTF_8), domain);
  }

  /**
   * ReadPatterns: one pattern per line (bufio.Scanner lines: {@code \n}, one trailing {@code \r}
   * dropped); lines starting with {@code #} and blank lines (Go's TrimSpace) are skipped; nothing
   * else is trimmed here. A line over 64 KiB silently ends the file, as Flux ignores the scanner's
   * error.
   */
  public static List<IgnorePattern> readPatterns(byte[] text, List<String> domain) {
    List<IgnorePattern> out = new ArrayList<>();
    int start = 0;
    while (start < text.length) {
      int nl = start;
      while (nl < text.length && text[nl] != '\n') {
        nl++;
      }
      if (nl - start > MAX_LINE) {
        break;
      }
      int end = nl > start && text[nl - 1] == '\r' ? nl - 1 : nl;
      String line = new String(text, start, end - start, StandardCharsets.UTF_8);
      if (!line.startsWith("#") && !isBlank(line)) {
        out.add(IgnorePattern.parse(line, domain));
      }
      start = nl + 1;
    }
    return out;
  }

  /** True when {@code path} (a tree path, {@code ""} being the root) is left out. */
  public boolean isIgnored(String path, boolean isDir) {
    return isIgnored(elements(path), isDir);
  }

  boolean isIgnored(byte[][] path, boolean isDir) {
    if (bucket && path.length == 1 && Arrays.equals(path[0], IGNORE_FILE_BYTES)) {
      return true;
    }
    return matcher.match(path, isDir);
  }

  /** False only when nothing strictly below the (ignored) folder {@code dir} can be kept. */
  boolean mayKeepBelow(byte[][] dir) {
    return matcher.mayReincludeBelow(dir);
  }

  /**
   * True for a Bucket, whose artifact holds only objects: a folder exists only when an object below
   * it is kept, and is never matched itself.
   */
  boolean filesOnly() {
    return bucket;
  }

  public GitIgnore matcher() {
    return matcher;
  }

  private static final byte[] IGNORE_FILE_BYTES = IGNORE_FILE.getBytes(StandardCharsets.UTF_8);

  static byte[][] elements(String path) {
    return path.isEmpty() ? new byte[0][] : IgnorePattern.bytes(List.of(path.split("/", -1)));
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  /** strings.TrimSpace(s) == "" with Go's unicode.IsSpace. */
  private static boolean isBlank(String s) {
    return s.codePoints().allMatch(SourceIgnore::isGoSpace);
  }

  private static boolean isGoSpace(int c) {
    if (c <= 0xFF) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
