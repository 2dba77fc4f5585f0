package dev.hops.check.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Globs over repository paths ({@code a/b/c.yaml}, relative to the root): {@code *} and {@code ?}
 * stay within one folder, {@code **} crosses folders, a pattern ending in {@code /} or naming a
 * folder covers everything below it, and a pattern without {@code /} matches a file or folder name
 * at any depth.
 */
public final class PathGlob {

  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private PathGlob() {}

  public static boolean matches(String glob, String path) {
    return CACHE.computeIfAbsent(glob, PathGlob::compile).matcher(path).matches();
  }

  static Pattern compile(String glob) {
    String g = glob.startsWith("./") ? glob.substring(2) : glob;
    boolean anyDepth = !g.contains("/") || g.startsWith("**/");
    if (g.startsWith("/")) {
      g = g.substring(1);
      anyDepth = false;
    }
    if (g.endsWith("/")) {
      g = g.substring(0, g.length() - 1);
    }
    StringBuilder re = new StringBuilder(anyDepth && !g.startsWith("**/") ? "(?:.*/)?" : "");
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
        re.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    re.append("(?:/.*)?"); // a folder covers what is below it
    return Pattern.compile(re.toString());
  }
}
