package dev.hops.flux.internal.graph;

import dev.hops.flux.ObjectRef;
import dev.hops.yaml.EditDistance;
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
        int d = EditDistance.between(r.name(), target.name());
        if (d > 0 && d <= bestDistance) {
          best = r;
          bestDistance = d - 1;
        }
      }
    }
    return best;
  }
}
