package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.PathMatch.BadPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code io/fs.Glob} over a workspace directory, as the builder calls it on {@code
 * os.Root.FS()}: {@link PathMatch} per path element, so {@code **} is just {@code *} (one level);
 * matches in lexical order, files and directories alike; unreadable directories are skipped.
 */
final class FsGlob {

  /** CVE-2022-30630: Go refuses patterns with more separators than this. */
  private static final int SEPARATORS_LIMIT = 10000;

  private FsGlob() {}

  static List<String> glob(StagingTree fs, String pattern) throws BadPattern {
    return globWithLimit(fs, pattern, 0);
  }

  private static List<String> globWithLimit(StagingTree fs, String pattern, int depth)
      throws BadPattern {
    if (depth > SEPARATORS_LIMIT) {
      throw new BadPattern();
    }
    PathMatch.match(pattern, ""); // is the pattern well-formed?
    if (!hasMeta(pattern)) {
      return fs.fsExists(pattern) ? List.of(pattern) : List.of();
    }
    int slash = pattern.lastIndexOf('/');
    String dir = cleanGlobPath(pattern.substring(0, slash + 1));
    String file = pattern.substring(slash + 1);
    List<String> matches = new ArrayList<>();
    if (!hasMeta(dir)) {
      glob(fs, dir, file, matches);
      return matches;
    }
    if (dir.equals(pattern)) {
      throw new BadPattern(); // Go issue 15879: no infinite recursion
    }
    for (String d : globWithLimit(fs, dir, depth + 1)) {
      glob(fs, d, file, matches);
    }
    return matches;
  }

  private static String cleanGlobPath(String path) {
    return path.isEmpty() ? "." : path.substring(0, path.length() - 1);
  }

  private static void glob(StagingTree fs, String dir, String pattern, List<String> matches)
      throws BadPattern {
    List<String> names = fs.fsReadDir(dir);
    if (names == null) {
      return; // Glob ignores I/O errors
    }
    for (String name : names) {
      if (PathMatch.match(pattern, name)) {
        matches.add(GoPath.join(dir, name));
      }
    }
  }

  /** The characters path.Match gives a meaning (the builder's own test omits the backslash). */
  private static boolean hasMeta(String path) {
    for (int i = 0; i < path.length(); i++) {
      switch (path.charAt(i)) {
        case '*', '?', '[', '\\' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
