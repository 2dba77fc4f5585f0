package dev.hops.flux.internal.artifact;

import java.util.Comparator;

/** Go's {@code path/filepath} on Unix ({@code Clean}, {@code Join}, {@code Base}, {@code Dir}). */
final class GoPath {

  /** The order of Go strings (UTF-8 bytes), which is code point order; Go's ReadDir sorts so. */
  static final Comparator<String> BYTE_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int x = a.codePointAt(i);
          int y = b.codePointAt(j);
          if (x != y) {
            return Integer.compare(x, y);
          }
          i += Character.charCount(x);
          j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private GoPath() {}

  /** filepath.Clean: lexical processing of {@code .}, {@code ..} and repeated slashes. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    int n = path.length();
    StringBuilder out = new StringBuilder(n);
    int r = 0;
    int dotdot = 0;
    if (rooted) {
      out.append('/');
      r = 1;
      dotdot = 1;
    }
    while (r < n) {
      if (path.charAt(r) == '/') {
        r++;
      } else if (path.charAt(r) == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
        r++;
      } else if (path.charAt(r) == '.'
          && path.charAt(r + 1) == '.'
          && (r + 2 == n || path.charAt(r + 2) == '/')) {
        r += 2;
        if (out.length() > dotdot) {
          int w = out.length() - 1;
          while (w > dotdot && out.charAt(w) != '/') {
            w--;
          }
          out.setLength(w);
        } else if (!rooted) {
          if (!out.isEmpty()) {
            out.append('/');
          }
          out.append("..");
          dotdot = out.length();
        }
      } else {
        if (rooted && out.length() != 1 || !rooted && !out.isEmpty()) {
          out.append('/');
        }
        for (; r < n && path.charAt(r) != '/'; r++) {
          out.append(path.charAt(r));
        }
      }
    }
    return out.isEmpty() ? "." : out.toString();
  }

  /** filepath.Join: the non-empty elements joined with slashes and cleaned; "" when all empty. */
  static String join(String... elems) {
    for (int i = 0; i < elems.length; i++) {
      if (!elems[i].isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < elems.length; j++) {
          if (j > i) {
            sb.append('/');
          }
          sb.append(elems[j]);
        }
        return clean(sb.toString());
      }
    }
    return "";
  }

  /** filepath.Base: the last element, trailing slashes removed. */
  static String base(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    String p = path.substring(0, end);
    int slash = p.lastIndexOf('/');
    if (slash >= 0) {
      p = p.substring(slash + 1);
    }
    return p.isEmpty() ? "/" : p;
  }

  /** filepath.Dir: all but the last element, cleaned. */
  static String dir(String path) {
    return clean(path.substring(0, path.lastIndexOf('/') + 1));
  }

  /**
   * filepath.Rel for the clean relative paths the builder relates: the path of {@code target} below
   * {@code base} ({@code "."} when equal), or null when it is not below (where Go returns a path
   * starting with {@code ..}).
   */
  static String relWithin(String base, String target) {
    base = clean(base);
    target = clean(target);
    if (target.equals(base)) {
      return ".";
    }
    if (base.equals(".")) {
      return target.equals("..") || target.startsWith("../") || target.startsWith("/")
          ? null
          : target;
    }
    return target.startsWith(base + "/") ? target.substring(base.length() + 1) : null;
  }

  /** io/fs.ValidPath: unrooted, slash-separated, no empty, {@code .} or {@code ..} elements. */
  static boolean validFsPath(String name) {
    if (name.equals(".")) {
      return true;
    }
    if (name.isEmpty()) {
      return false;
    }
    for (String elem : name.split("/", -1)) {
      if (elem.isEmpty() || elem.equals(".") || elem.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
