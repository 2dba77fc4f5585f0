package dev.hops.kustomize.internal.filters;

import java.util.ArrayList;
import java.util.List;

/** kyaml's SmarterPathSplitter: split on a delimiter, keeping {@code [a.b=c]} together. */
public final class PathSplit {

  private PathSplit() {}

  /** kyaml PathSplitter: a backslash before the delimiter keeps it in the element. */
  public static List<String> simple(String path, String delim) {
    String[] ps = path.split(java.util.regex.Pattern.quote(delim), -1);
    List<String> res = new ArrayList<>();
    int start = ps.length > 1 && ps[0].isEmpty() ? 1 : 0;
    res.add(ps[start]);
    for (int i = start + 1; i < ps.length; i++) {
      int last = res.size() - 1;
      if (res.get(last).endsWith("\\")) {
        String prev = res.get(last);
        res.set(last, prev.substring(0, prev.length() - 1) + delim + ps[i]);
      } else {
        res.add(ps[i]);
      }
    }
    return res;
  }

  public static List<String> smarter(String path, String delim) {
    List<String> result = new ArrayList<>();
    List<String> split = simple(path, delim);
    for (int i = 0; i < split.size(); i++) {
      String elem = split.get(i);
      if (elem.startsWith("[") && !elem.endsWith("]")) {
        List<String> bracketed = new ArrayList<>(List.of(elem));
        while (i < split.size() - 1) {
          i++;
          bracketed.add(split.get(i));
          if (split.get(i).endsWith("]")) {
            break;
          }
        }
        String joined = String.join(delim, bracketed);
        if (joined.contains("=")) {
          result.add(joined);
        } else {
          result.add(trimBrackets(joined));
        }
      } else {
        result.add(elem);
      }
    }
    return result;
  }

  private static String trimBrackets(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (s.charAt(a) == '[' || s.charAt(a) == ']')) {
      a++;
    }
    while (b > a && (s.charAt(b - 1) == '[' || s.charAt(b - 1) == ']')) {
      b--;
    }
    return s.substring(a, b);
  }
}
