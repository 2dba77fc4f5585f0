package dev.hops.diff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** Lining up two sequences: the merged order of keys, the common items of two lists. */
public final class Alignment {

  /** Above this many cells the longest common subsequence is not computed (lists pair up). */
  private static final long MAX_CELLS = 4_000_000;

  private Alignment() {}

  /**
   * The keys of both sides in document order: the head's order, each key only in the base placed
   * before the next key that both sides have (where it stood in the base).
   */
  static <K> List<K> mergedOrder(List<K> base, List<K> head) {
    Set<K> inHead = new HashSet<>(head);
    Map<K, Integer> inBase = new HashMap<>();
    for (int i = 0; i < base.size(); i++) {
      inBase.putIfAbsent(base.get(i), i);
    }
    List<K> out = new ArrayList<>(base.size() + head.size());
    int b = 0;
    for (K k : head) {
      Integer at = inBase.get(k);
      if (at != null) {
        for (; b < at; b++) {
          if (!inHead.contains(base.get(b))) {
            out.add(base.get(b));
          }
        }
        b = Math.max(b, at + 1);
      }
      out.add(k);
    }
    for (; b < base.size(); b++) {
      if (!inHead.contains(base.get(b))) {
        out.add(base.get(b));
      }
    }
    return out;
  }

  /**
   * The pairs of equal items of a longest common subsequence of {@code a} and {@code b}, in order,
   * as {@code [indexInA, indexInB]}; empty when the lists are too long to align (more than a few
   * million cells).
   */
  public static <T> List<int[]> commonItems(List<T> a, List<T> b, BiPredicate<T, T> equal) {
    int start = 0;
    List<int[]> out = new ArrayList<>();
    while (start < a.size() && start < b.size() && equal.test(a.get(start), b.get(start))) {
      out.add(new int[] {start, start});
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    List<int[]> tail = new ArrayList<>();
    while (endA > start && endB > start && equal.test(a.get(endA - 1), b.get(endB - 1))) {
      endA--;
      endB--;
      tail.add(0, new int[] {endA, endB});
    }
    int n = endA - start;
    int m = endB - start;
    if ((long) n * m <= MAX_CELLS) {
      out.addAll(lcs(a.subList(start, endA), b.subList(start, endB), equal, start));
    }
    out.addAll(tail);
    return out;
  }

  private static <T> List<int[]> lcs(List<T> a, List<T> b, BiPredicate<T, T> equal, int offset) {
    int n = a.size();
    int m = b.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] =
            equal.test(a.get(i), b.get(j))
                ? len[i + 1][j + 1] + 1
                : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (equal.test(a.get(i), b.get(j))) {
        out.add(new int[] {i + offset, j + offset});
        i++;
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
