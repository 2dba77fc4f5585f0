package dev.hops.yaml.internal.v2;

/**
 * The order in which goyaml.v2 writes the keys of a map whose keys are all strings ({@code
 * keyList.Less} in sorter.go): rune by rune, letters before anything else, runs of digits compared
 * by value ({@code a9} before {@code a10}), and the shorter string first when one is a prefix of
 * the other.
 *
 * <p>Go sorts with {@code sort.Sort}; the comparison is a strict order on distinct strings in
 * practice, so a stable merge sort gives the same result. The sort here never throws, whatever the
 * comparison does, unlike {@code Arrays.sort} with an inconsistent comparator.
 */
public final class V2KeyOrder {

  private V2KeyOrder() {}

  /**
   * Sorts {@code keys} (with {@code runes} their code points) and reorders {@code payload} alike.
   */
  public static void sort(String[] keys, int[][] runes, int[] payload) {
    int n = keys.length;
    if (n < 2) {
      return;
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] tmp = new int[n];
    mergeSort(order, tmp, 0, n, runes);
    String[] k2 = keys.clone();
    int[][] r2 = runes.clone();
    int[] p2 = payload.clone();
    for (int i = 0; i < n; i++) {
      keys[i] = k2[order[i]];
      runes[i] = r2[order[i]];
      payload[i] = p2[order[i]];
    }
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, int[][] runes) {
    if (to - from <= 8) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && less(runes[x], runes[a[j]])) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, runes);
    mergeSort(a, tmp, mid, to, runes);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      tmp[k++] = less(runes[a[j]], runes[a[i]]) ? a[j++] : a[i++];
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < to) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, from, a, from, to - from);
  }

  private static final int CACHE_LIMIT = 20_000;

  /** Runes of keys seen before: map keys repeat a great deal (apiVersion, name, labels...). */
  private static final java.util.concurrent.ConcurrentHashMap<String, int[]> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The code points of a key, as Go's {@code []rune(s)}; never modify the array. */
  public static int[] runes(String s) {
    int[] r = CACHE.get(s);
    if (r == null) {
      r = computeRunes(s);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.putIfAbsent(s, r);
      }
    }
    return r;
  }

  private static int[] computeRunes(String s) {
    int n = s.length();
    int[] r = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        r[count++] = Character.toCodePoint(c, s.charAt(++i));
      } else {
        r[count++] = c;
      }
    }
    return count == n ? r : java.util.Arrays.copyOf(r, count);
  }

  /** keyList.Less for two strings given as runes. */
  public static boolean less(int[] ar, int[] br) {
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        continue;
      }
      boolean al = isLetter(ar[i]);
      boolean bl = isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return bl;
      }
      return digitsLess(ar, br, i);
    }
    return ar.length < br.length;
  }

  /** Go's unicode.IsLetter (categories Lu, Ll, Lt, Lm, Lo), with an ASCII fast path. */
  private static boolean isLetter(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  /** Go's unicode.IsDigit (category Nd), with an ASCII fast path. */
  private static boolean isDigit(int c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** The numeric comparison of the digit runs at {@code i}, with v2's handling of leading zeros. */
  private static boolean digitsLess(int[] ar, int[] br, int i) {
    long an = 0;
    long bn = 0;
    if (ar[i] == '0' || br[i] == '0') {
      for (int j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] != '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    int ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) {
      an = an * 10 + (ar[ai] - '0');
    }
    int bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) {
      bn = bn * 10 + (br[bi] - '0');
    }
    if (an != bn) {
      return an < bn;
    }
    if (ai != bi) {
      return ai < bi;
    }
    return ar[i] < br[i];
  }
}
