package dev.hops.kustomize;

import java.util.ArrayDeque;
import java.util.Deque;

/** Normalization of the slash-separated relative paths used by {@link SourceTree}. */
public final class TreePaths {

  private TreePaths() {}

  /**
   * {@code dir} joined with {@code rel}, with {@code .} and {@code ..} resolved; null when the
   * result would leave the root.
   */
  public static String join(String dir, String rel) {
    if (rel.startsWith("/")) {
      return normalize(rel.substring(1));
    }
    return normalize(dir.isEmpty() ? rel : dir + "/" + rel);
  }

  /** Resolves {@code .}, {@code ..} and repeated slashes; null when {@code ..} leaves the root. */
  public static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  /** The directory part of a path ({@code ""} for a top-level entry). */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The last element of a path. */
  public static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** True when {@code path} is {@code dir} or below it. */
  public static boolean isWithin(String path, String dir) {
    return dir.isEmpty() || path.equals(dir) || path.startsWith(dir + "/");
  }
}
