package dev.hops.flux.internal.ignore;

import java.util.List;

/**
 * A list of gitignore patterns in increasing priority (go-git v5.16.4 {@code matcher.go}): the
 * patterns are tried last to first and the first one that matches decides, {@code !} meaning
 * "keep".
 */
public record GitIgnore(List<IgnorePattern> patterns) {

  public GitIgnore {
    patterns = List.copyOf(patterns);
  }

  /** True when {@code path} (elements from the tree's root) is excluded. */
  public boolean match(List<String> path, boolean isDir) {
    return match(IgnorePattern.bytes(path), isDir);
  }

  boolean match(byte[][] path, boolean isDir) {
    for (int i = patterns.size() - 1; i >= 0; i--) {
      IgnorePattern.Result r = patterns.get(i).match(path, isDir);
      if (r != IgnorePattern.Result.NO_MATCH) {
        return r == IgnorePattern.Result.EXCLUDE;
      }
    }
    return false;
  }

  /** False only when no {@code !} pattern can match anything strictly below {@code dir}. */
  boolean mayReincludeBelow(byte[][] dir) {
    for (IgnorePattern p : patterns) {
      if (p.inclusion() && p.mayMatchBelow(dir)) {
        return true;
      }
    }
    return false;
  }
}
