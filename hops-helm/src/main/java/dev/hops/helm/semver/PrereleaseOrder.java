package dev.hops.helm.semver;

import java.util.Arrays;

/**
 * Masterminds/semver's {@code comparePrerelease} and {@code comparePrePart}: prereleases compared
 * dot-separated identifier by identifier; numbers (what {@code strconv.ParseUint} accepts) compare
 * numerically and sort below strings, strings compare bytewise, and a missing identifier sorts
 * first.
 */
final class PrereleaseOrder {

  private PrereleaseOrder() {}

  static int compare(String v, String o) {
    String[] sparts = v.split("\\.", -1);
    String[] oparts = o.split("\\.", -1);
    int l = Math.max(sparts.length, oparts.length);
    for (int i = 0; i < l; i++) {
      String s = i < sparts.length ? sparts[i] : "";
      String t = i < oparts.length ? oparts[i] : "";
      int d = comparePart(s, t);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }

  private static int comparePart(String s, String o) {
    if (s.equals(o)) {
      return 0;
    }
    if (s.isEmpty()) {
      return -1;
    }
    if (o.isEmpty()) {
      return 1;
    }
    boolean sNumber = GoStrconv.isUint(s);
    boolean oNumber = GoStrconv.isUint(o);
    if (!sNumber && !oNumber) {
      return compareBytes(s, o) > 0 ? 1 : -1;
    } else if (!oNumber) {
      return -1;
    } else if (!sNumber) {
      return 1;
    }
    return Long.compareUnsigned(GoStrconv.parseUint(s), GoStrconv.parseUint(o)) > 0 ? 1 : -1;
  }

  /** Go's string order: UTF-8 bytes, which is code point order. */
  private static int compareBytes(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}
