package dev.hops.flux.internal.graph;

import dev.hops.flux.ObjectRef;
import java.util.Collection;
import java.util.List;

/** Object lists and "did you mean" suggestions for messages. */
final class Names {

  private Names() {}

  /** The first {@code max} refs, then "and N more". */
  static String list(List<ObjectRef> refs, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < refs.size() && i < max; i++) {
      sb.append(i == 0 ? "" : ", ").append(refs.get(i));
    }
    if (refs.size() > max) {
      sb.append(" and ").append(refs.size() - max).append(" more");
    }
    return sb.toString();
  }

  /**
   * An object of the same kind that was probably meant: the same name in another namespace (a
   * dependsOn without namespace means the dependent's), else a close name in the same namespace.
   */
  static ObjectRef suggest(ObjectRef target, Collection<ObjectRef> known) {
    for (ObjectRef r : known) {
      if (r.kind().equals(target.kind()) && r.name().equals(target.name())) {
        return r;
      }
    }
    ObjectRef best = null;
    int bestDistance = Math.min(2, target.name().length() / 3);
    for (ObjectRef r : known) {
      if (r.kind().equals(target.kind()) && r.namespace().equals(target.namespace())) {
        int d = distance(r.name(), target.name());
        if (d > 0 && d <= bestDistance) {
          best = r;
          bestDistance = d - 1;
        }
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
