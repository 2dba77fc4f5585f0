package dev.hops.flux.internal.helm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Helm's {@code strvals} (the {@code --set} parser) that Flux's {@code targetPath}
 * uses: a dotted path ({@code \.} escapes a dot, {@code name[2]} indexes a list) and Helm's value
 * typing. One assignment per entry: a comma in the value is kept, where {@code --set} would split.
 */
final class StrVals {

  private StrVals() {}

  /**
   * fluxcd/pkg ReplacePathValue's typing: a value in single or double quotes is the string inside
   * them; otherwise {@code true}/{@code false} are booleans, {@code null} is null, an integer
   * without leading zeros is a number, anything else a string (strvals typedVal).
   */
  static Object typedAssignment(String value) {
    boolean single = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
    boolean dbl = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
    if (single || dbl) {
      return trimQuotes(value);
    }
    switch (value) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      case "0":
        return 0L;
      default:
        break;
    }
    if (value.length() > 1 && value.startsWith("0")) {
      return value;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** strings.Trim(value, "'\""): every leading and trailing quote character. */
  private static String trimQuotes(String v) {
    int b = 0;
    int e = v.length();
    while (b < e && (v.charAt(b) == '\'' || v.charAt(b) == '"')) {
      b++;
    }
    while (e > b && (v.charAt(e - 1) == '\'' || v.charAt(e - 1) == '"')) {
      e--;
    }
    return v.substring(b, e);
  }

  private record Step(String key, int index) {}

  private static List<Step> steps(String path) {
    List<Step> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length()) {
        cur.append(path.charAt(++i));
      } else if (c == '.') {
        out.add(step(cur.toString()));
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(step(cur.toString()));
    return out;
  }

  private static Step step(String s) {
    int open = s.indexOf('[');
    if (open > 0 && s.endsWith("]")) {
      try {
        return new Step(
            s.substring(0, open), Integer.parseInt(s.substring(open + 1, s.length() - 1)));
      } catch (NumberFormatException e) {
        return new Step(s, -1);
      }
    }
    return new Step(s, -1);
  }

  /** Writes {@code value} at {@code path}, creating maps (and lists) on the way. */
  @SuppressWarnings("unchecked")
  static void set(Map<String, Object> root, String path, Object value) {
    List<Step> steps = steps(path);
    Map<String, Object> cur = root;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      boolean last = i == steps.size() - 1;
      if (s.index() < 0) {
        if (last) {
          cur.put(s.key(), value);
          return;
        }
        Object next = cur.get(s.key());
        if (!(next instanceof Map<?, ?>)) {
          next = new LinkedHashMap<String, Object>();
          cur.put(s.key(), next);
        }
        cur = (Map<String, Object>) next;
        continue;
      }
      List<Object> list =
          cur.get(s.key()) instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
      if (!(cur.get(s.key()) instanceof ArrayList<?>)) {
        list = new ArrayList<>(list);
      }
      cur.put(s.key(), list);
      while (list.size() <= s.index()) {
        list.add(null);
      }
      if (last) {
        list.set(s.index(), value);
        return;
      }
      if (!(list.get(s.index()) instanceof Map<?, ?>)) {
        list.set(s.index(), new LinkedHashMap<String, Object>());
      }
      cur = (Map<String, Object>) list.get(s.index());
    }
  }

  /** True when every step above the last of {@code path} is a map in {@code root}. */
  static boolean parentExists(Map<String, Object> root, String path) {
    List<Step> steps = steps(path);
    Object cur = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      Step s = steps.get(i);
      if (!(cur instanceof Map<?, ?> m) || s.index() >= 0) {
        return false;
      }
      cur = m.get(s.key());
    }
    return cur instanceof Map<?, ?>;
  }
}
