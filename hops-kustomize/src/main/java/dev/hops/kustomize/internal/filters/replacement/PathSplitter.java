package dev.hops.kustomize.internal.filters.replacement;

import java.util.ArrayList;
import java.util.List;

/** kyaml's utils.PathSplitter and SmarterPathSplitter. */
public final class PathSplitter {

  private PathSplitter() {}

  /** Splits on {@code delimiter}; a backslash before it escapes it; a leading one is dropped. */
  public static List<String> split(String path, String delimiter) {
    List<String> ps = goSplit(path, delimiter);
    if (ps.size() > 1 && ps.get(0).isEmpty()) {
      ps = ps.subList(1, ps.size());
    }
    List<String> res = new ArrayList<>();
    res.add(ps.get(0));
    for (int i = 1; i < ps.size(); i++) {
      int last = res.size() - 1;
      String prev = res.get(last);
      if (prev.endsWith("\\")) {
        res.set(last, prev.substring(0, prev.length() - 1) + delimiter + ps.get(i));
      } else {
        res.add(ps.get(i));
      }
    }
    return res;
  }

  /**
   * As {@link #split}, keeping bracketed elements whole: {@code [name=a.b]} stays one element with
   * its brackets, {@code [a.b]} (no {@code =}) becomes the map key {@code a.b}.
   */
  public static List<String> smarter(String path, String delimiter) {
    List<String> result = new ArrayList<>();
    List<String> split = split(path, delimiter);
    for (int i = 0; i < split.size(); i++) {
      String elem = split.get(i);
      if (elem.startsWith("[") && !elem.endsWith("]")) {
        List<String> bracketed = new ArrayList<>();
        bracketed.add(elem);
        while (i < split.size() - 1) {
          i++;
          bracketed.add(split.get(i));
          if (split.get(i).endsWith("]")) {
            break;
          }
        }
        String joined = String.join(delimiter, bracketed);
        if (joined.contains("=")) {
          result.add(joined);
        } else {
          result.add(trim(joined, "[]"));
        }
      } else {
        result.add(elem);
      }
    }
    return result;
  }

  /** Go's strings.Split. */
  static List<String> goSplit(String s, String sep) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (true) {
      int i = s.indexOf(sep, start);
      if (i < 0) {
        out.add(s.substring(start));
        return out;
      }
      out.add(s.substring(start, i));
      start = i + sep.length();
    }
  }

  /** Go's strings.Trim with a cutset. */
  static String trim(String s, String cutset) {
    int b = 0;
    int e = s.length();
    while (b < e && cutset.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    while (e > b && cutset.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(b, e);
  }
}
