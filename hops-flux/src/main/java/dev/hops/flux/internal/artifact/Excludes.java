package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.PathMatch.BadPattern;
import java.util.List;

/**
 * A copy operation's {@code exclude} patterns (builder.go {@code shouldExcludePath}, {@code
 * relativeToBase}, {@code shouldExclude}): doublestar patterns matched against the path from the
 * source root and against the path below the selection root of {@code from}; patterns without a
 * slash also match the file name alone.
 */
final class Excludes {

  private final List<String> patterns;

  private Excludes(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** applyCopyOperation's check: each pattern must match {@code "."} without a syntax error. */
  static Excludes of(List<String> patterns) throws BuildFailure {
    for (String pattern : patterns) {
      try {
        Doublestar.match(pattern, ".");
      } catch (BadPattern e) {
        throw new BuildFailure("invalid exclude pattern '" + pattern + "'");
      }
    }
    return new Excludes(patterns);
  }

  /**
   * shouldExcludePath: {@code basePath} is the selection root of the pattern ({@code "."} none).
   */
  boolean excludes(String filePath, String basePath) {
    if (matches(filePath)) {
      return true;
    }
    String rel = relativeToBase(basePath, filePath);
    if (rel == null || rel.equals(".") || rel.equals(filePath)) {
      return false;
    }
    return matches(rel);
  }

  /** relativeToBase: the path below the base, or null when it is not below. */
  private static String relativeToBase(String basePath, String filePath) {
    String base = GoPath.clean(basePath);
    String file = GoPath.clean(filePath);
    if (base.equals(".")) {
      return file;
    }
    return GoPath.relWithin(base, file);
  }

  /** shouldExclude. */
  private boolean matches(String filePath) {
    String fileName = GoPath.base(filePath);
    for (String pattern : patterns) {
      if (Doublestar.matchUnvalidated(pattern, filePath)) {
        return true;
      }
      // "*.md" excludes markdown files at any depth
      if (!pattern.contains("/") && Doublestar.matchUnvalidated(pattern, fileName)) {
        return true;
      }
    }
    return false;
  }
}
