package dev.hops.kustomize.internal.types;

import dev.hops.yaml.MappingNode;
import java.util.List;
import java.util.Set;

/** {@code sortOptions}: "legacy" (with optional custom first/last kinds) or "fifo". */
public record SortOptions(String order, List<String> orderFirst, List<String> orderLast) {

  public static SortOptions parse(MappingNode m) {
    Strict s = new Strict(m, "SortOptions", Set.of("order", "legacySortOptions"));
    MappingNode legacy = s.mapping("legacySortOptions");
    List<String> first = null;
    List<String> last = null;
    if (legacy != null) {
      Strict l = new Strict(legacy, "LegacySortOptions", Set.of("orderFirst", "orderLast"));
      first = l.stringList("orderFirst");
      last = l.stringList("orderLast");
    }
    return new SortOptions(s.string("order"), first, last);
  }
}
