package dev.hops.flux.internal.ignore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One gitignore pattern, parsed and matched as go-git v5.16.4 {@code
 * plumbing/format/gitignore/pattern.go} does; fluxcd/pkg {@code sourceignore/gitignore} is a copy
 * of it and is what source-controller uses. Go-git's later wildmatch rewrite is deliberately not
 * followed.
 *
 * <p>Rules worth knowing: a pattern only applies below its domain (the folder of the ignore file,
 * never the folder itself); without a slash it matches any path element ({@code foo} also hides
 * everything below a folder {@code foo}); with a slash it is anchored to the domain and matches a
 * prefix of the path, so a match on a folder covers its contents; a trailing slash restricts only
 * the last element to folders; {@code **} as a whole element spans any number of elements, and
 * trailing {@code /**} also matches the folder itself; an element containing {@code **} otherwise
 * never matches; elements are matched with Go's {@code filepath.Match}.
 */
public final class IgnorePattern {

  /** The outcome of matching one path. */
  public enum Result {
    NO_MATCH,
    EXCLUDE,
    INCLUDE
  }

  private static final byte[] DOUBLE_STAR = {'*', '*'};

  private final String text;
  private final byte[][] domain;
  private final byte[][] elements;
  private final boolean inclusion;
  private final boolean dirOnly;
  private final boolean glob;

  private IgnorePattern(
      String text, byte[][] domain, byte[][] elements, boolean inclusion, boolean dirOnly) {
    this.text = text;
    this.domain = domain;
    this.elements = elements;
    this.inclusion = inclusion;
    this.dirOnly = dirOnly;
    this.glob = elements.length > 1;
  }

  /**
   * ParsePattern: {@code domain} is the folder (as path elements) the pattern is scoped to; null or
   * empty for the root.
   */
  public static IgnorePattern parse(String pattern, List<String> domain) {
    String p = pattern;
    boolean inclusion = p.startsWith("!");
    if (inclusion) {
      p = p.substring(1);
    }
    if (!p.endsWith("\\ ")) {
      int end = p.length();
      while (end > 0 && p.charAt(end - 1) == ' ') {
        end--;
      }
      p = p.substring(0, end);
    }
    boolean dirOnly = p.endsWith("/");
    if (dirOnly) {
      p = p.substring(0, p.length() - 1);
    }
    return new IgnorePattern(
        pattern, bytes(domain == null ? List.of() : domain), bytes(split(p)), inclusion, dirOnly);
  }

  /** Matches {@code path} (elements from the tree's root); {@code isDir} tells about its last. */
  public Result match(List<String> path, boolean isDir) {
    return match(bytes(path), isDir);
  }

  Result match(byte[][] path, boolean isDir) {
    if (path.length <= domain.length) {
      return Result.NO_MATCH;
    }
    for (int i = 0; i < domain.length; i++) {
      if (!Arrays.equals(path[i], domain[i])) {
        return Result.NO_MATCH;
      }
    }
    boolean matched =
        glob ? globMatch(path, domain.length, isDir) : simpleNameMatch(path, domain.length, isDir);
    if (!matched) {
      return Result.NO_MATCH;
    }
    return inclusion ? Result.INCLUDE : Result.EXCLUDE;
  }

  private boolean simpleNameMatch(byte[][] path, int from, boolean isDir) {
    for (int i = from; i < path.length; i++) {
      GoGlob.Outcome m = GoGlob.match(elements[0], path[i]);
      if (m == GoGlob.Outcome.BAD_PATTERN) {
        return false;
      }
      if (m == GoGlob.Outcome.NO_MATCH) {
        continue;
      }
      return !(dirOnly && !isDir && i == path.length - 1);
    }
    return false;
  }

  private boolean globMatch(byte[][] path, int from, boolean isDir) {
    int pos = from;
    boolean matched = false;
    boolean canTraverse = false;
    for (int i = 0; i < elements.length; i++) {
      byte[] e = elements[i];
      if (e.length == 0) {
        canTraverse = false;
        continue;
      }
      if (Arrays.equals(e, DOUBLE_STAR)) {
        if (i == elements.length - 1) {
          break;
        }
        canTraverse = true;
        continue;
      }
      if (containsDoubleStar(e)) {
        return false;
      }
      if (pos == path.length) {
        return false;
      }
      if (canTraverse) {
        canTraverse = false;
        while (pos < path.length) {
          GoGlob.Outcome m = GoGlob.match(e, path[pos]);
          pos++;
          if (m == GoGlob.Outcome.BAD_PATTERN) {
            return false;
          } else if (m == GoGlob.Outcome.MATCH) {
            matched = true;
            break;
          } else if (pos == path.length) {
            matched = false;
          }
        }
      } else {
        if (GoGlob.match(e, path[pos]) != GoGlob.Outcome.MATCH) {
          return false;
        }
        matched = true;
        pos++;
      }
    }
    if (matched && dirOnly && !isDir && pos == path.length) {
      matched = false;
    }
    return matched;
  }

  /**
   * False only when this pattern cannot match any path strictly below {@code dir} (elements from
   * the root): lets a caller skip a hidden folder's contents when no re-inclusion can reach them.
   */
  boolean mayMatchBelow(byte[][] dir) {
    int common = Math.min(dir.length, domain.length);
    for (int i = 0; i < common; i++) {
      if (!Arrays.equals(dir[i], domain[i])) {
        return false;
      }
    }
    if (domain.length >= dir.length || !glob) {
      return true;
    }
    int pos = domain.length;
    for (byte[] e : elements) {
      if (e.length == 0) {
        continue;
      }
      if (containsDoubleStar(e)) {
        return Arrays.equals(e, DOUBLE_STAR);
      }
      if (pos == dir.length) {
        return true;
      }
      if (GoGlob.match(e, dir[pos]) != GoGlob.Outcome.MATCH) {
        return false;
      }
      pos++;
    }
    return true;
  }

  public boolean inclusion() {
    return inclusion;
  }

  /** The line the pattern was parsed from. */
  public String text() {
    return text;
  }

  /** The folder the pattern is scoped to, as path elements. */
  public List<String> domain() {
    List<String> out = new ArrayList<>(domain.length);
    for (byte[] d : domain) {
      out.add(new String(d, StandardCharsets.UTF_8));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    String dir = String.join("/", domain());
    return dir.isEmpty() ? text : dir + ": " + text;
  }

  private static boolean containsDoubleStar(byte[] e) {
    for (int i = 0; i + 1 < e.length; i++) {
      if (e[i] == '*' && e[i + 1] == '*') {
        return true;
      }
    }
    return false;
  }

  /** strings.Split(p, "/"): keeps empty elements, and "" gives one empty element. */
  static List<String> split(String p) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', start)) {
      out.add(p.substring(start, i));
      start = i + 1;
    }
    out.add(p.substring(start));
    return out;
  }

  static byte[][] bytes(List<String> elements) {
    byte[][] out = new byte[elements.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = elements.get(i).getBytes(StandardCharsets.UTF_8);
    }
    return out;
  }
}
