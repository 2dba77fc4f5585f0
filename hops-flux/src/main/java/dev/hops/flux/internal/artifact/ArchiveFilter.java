package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.PathMatch.BadPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The files an artifact tarball leaves out: fluxcd/pkg {@code artifact/storage.SourceIgnoreFilter}
 * with no patterns of its own, i.e. {@code sourceignore.NewDefaultMatcher} (the VCS patterns, then
 * the default extension, CI and extra patterns), matched as go-git's gitignore patterns ({@code
 * sourceignore/gitignore/pattern.go}). The builder archives with it, so an artifact never holds
 * {@code .git/}, {@code *.png}, {@code *.tar.gz}, {@code .github/}, {@code .sops.yaml} and the
 * like, whatever the copy operations say.
 */
final class ArchiveFilter {

  /** sourceignore.ExcludeVCS. */
  private static final String VCS = ".git/,.gitignore,.gitmodules,.gitattributes";

  /** sourceignore.ExcludeExt, ExcludeCI and ExcludeExtra. */
  private static final String DEFAULTS =
      "*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip,"
          + ".github/,.circleci/,.travis.yml,.gitlab-ci.yml,appveyor.yml,.drone.yml,"
          + "cloudbuild.yaml,codeship-services.yml,codeship-steps.yml,"
          + "**/.goreleaser.yml,**/.sops.yaml,**/.flux.yaml";

  /** What Storage.Archive drops from the staged artifact. */
  static final ArchiveFilter ARTIFACT = new ArchiveFilter(VCS + "," + DEFAULTS);

  /**
   * What no source-controller artifact holds, whatever its ignore rules: the VCS patterns are
   * always applied. Used on the fetched sources, so that a source given as a checkout reads as its
   * artifact.
   */
  static final ArchiveFilter VCS_ONLY = new ArchiveFilter(VCS);

  private final List<Pattern> patterns = new ArrayList<>();

  private ArchiveFilter(String commaSeparated) {
    for (String p : commaSeparated.split(",")) {
      patterns.add(Pattern.parse(p));
    }
  }

  /**
   * gitignore.Matcher.Match over the path's elements: the last pattern that matches decides. The
   * builder gives the absolute path; its elements above the staging directory never match.
   */
  boolean excludes(List<String> path, boolean isDir) {
    for (int i = patterns.size() - 1; i >= 0; i--) {
      Result r = patterns.get(i).match(path, isDir);
      if (r != Result.NO_MATCH) {
        return r == Result.EXCLUDE;
      }
    }
    return false;
  }

  /** The elements of {@code top/path} ({@code path} relative, {@code ""} for top itself). */
  static List<String> elements(String top, String path) {
    List<String> out = new ArrayList<>();
    if (top != null) {
      out.add(top);
    }
    if (!path.isEmpty()) {
      out.addAll(Arrays.asList(path.split("/")));
    }
    return out;
  }

  private enum Result {
    NO_MATCH,
    EXCLUDE,
    INCLUDE
  }

  /** gitignore.ParsePattern without a domain, and its Match. */
  private record Pattern(String[] parts, boolean inclusion, boolean dirOnly, boolean isGlob) {

    static Pattern parse(String p) {
      boolean inclusion = p.startsWith("!");
      if (inclusion) {
        p = p.substring(1);
      }
      if (!p.endsWith("\\ ")) {
        p = p.replaceAll(" +$", "");
      }
      boolean dirOnly = p.endsWith("/");
      if (dirOnly) {
        p = p.substring(0, p.length() - 1);
      }
      return new Pattern(p.split("/", -1), inclusion, dirOnly, p.contains("/"));
    }

    Result match(List<String> path, boolean isDir) {
      if (path.isEmpty()) {
        return Result.NO_MATCH;
      }
      boolean matched = isGlob ? globMatch(path, isDir) : simpleNameMatch(path, isDir);
      if (!matched) {
        return Result.NO_MATCH;
      }
      return inclusion ? Result.INCLUDE : Result.EXCLUDE;
    }

    /** Any element matches; a directory-only pattern does not match the file itself. */
    private boolean simpleNameMatch(List<String> path, boolean isDir) {
      for (int i = 0; i < path.size(); i++) {
        if (!fileMatch(parts[0], path.get(i))) {
          continue;
        }
        return !(dirOnly && !isDir && i == path.size() - 1);
      }
      return false;
    }

    private boolean globMatch(List<String> path, boolean isDir) {
      int at = 0;
      boolean matched = false;
      boolean canTraverse = false;
      for (int i = 0; i < parts.length; i++) {
        String pattern = parts[i];
        if (pattern.isEmpty()) {
          canTraverse = false;
          continue;
        }
        if (pattern.equals("**")) {
          if (i == parts.length - 1) {
            break;
          }
          canTraverse = true;
          continue;
        }
        if (pattern.contains("**")) {
          return false;
        }
        if (at >= path.size()) {
          return false;
        }
        if (canTraverse) {
          canTraverse = false;
          while (at < path.size()) {
            String e = path.get(at++);
            if (fileMatch(pattern, e)) {
              matched = true;
              break;
            } else if (at >= path.size()) {
              matched = false;
            }
          }
        } else {
          if (!fileMatch(pattern, path.get(at))) {
            return false;
          }
          matched = true;
          at++;
        }
      }
      if (matched && dirOnly && !isDir && at >= path.size()) {
        matched = false;
      }
      return matched;
    }

    private static boolean fileMatch(String pattern, String name) {
      try {
        return PathMatch.match(pattern, name);
      } catch (BadPattern e) {
        return false;
      }
    }
  }
}
