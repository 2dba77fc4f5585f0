package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.config.GvkOrder;
import dev.hops.kustomize.internal.res.GoSort;
import dev.hops.kustomize.internal.res.RId;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.SortOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's output order (SortOrderTransformer): "legacy" sorts by a fixed kind order, then
 * group/version/kind, namespace and name, with Go's unstable sort; "fifo" keeps load order.
 */
public final class LegacySort {

  private LegacySort() {}

  public static void apply(ResMap m, SortOptions options) {
    String order = options == null ? "legacy" : options.order();
    if (order.isEmpty() && options != null) {
      order = "fifo";
    }
    if (!order.equals("fifo") && !order.equals("legacy")) {
      throw new KustomizeException("the field 'sortOptions.order' must be one of [fifo, legacy]");
    }
    boolean hasLegacyOptions =
        options != null && (options.orderFirst() != null || options.orderLast() != null);
    if (order.equals("fifo")) {
      if (hasLegacyOptions) {
        throw new KustomizeException(
            "the field 'sortOptions.legacySortOptions' is set but the selected sort order is"
                + " 'fifo', not 'legacy'");
      }
      return;
    }
    List<String> first = hasLegacyOptions ? nonNull(options.orderFirst()) : GvkOrder.ORDER_FIRST;
    List<String> last = hasLegacyOptions ? nonNull(options.orderLast()) : GvkOrder.ORDER_LAST;
    Map<String, Integer> typeOrders = new HashMap<>();
    for (int i = 0; i < first.size(); i++) {
      typeOrders.put(first.get(i), -first.size() + i);
    }
    for (int i = 0; i < last.size(); i++) {
      typeOrders.put(last.get(i), 1 + i);
    }
    record Entry(RId id, Res res) {}
    List<Entry> entries = new java.util.ArrayList<>();
    for (Res r : m.resources()) {
      entries.add(new Entry(r.curId(), r));
    }
    List<Entry> sorted = GoSort.sort(entries, (a, b) -> less(a.id(), b.id(), typeOrders));
    m.clear();
    for (Entry e : sorted) {
      m.append(e.res());
    }
  }

  private static List<String> nonNull(List<String> l) {
    return l == null ? List.of() : l;
  }

  private static boolean less(RId a, RId b, Map<String, Integer> typeOrders) {
    if (!a.gvk().equals(b.gvk())) {
      return gvkLess(a.gvk(), b.gvk(), typeOrders);
    }
    return idSortString(a).compareTo(idSortString(b)) < 0;
  }

  private static boolean gvkLess(Gvk g1, Gvk g2, Map<String, Integer> typeOrders) {
    int i1 = typeOrders.getOrDefault(g1.kind(), 0);
    int i2 = typeOrders.getOrDefault(g2.kind(), 0);
    if (i1 != i2) {
      return i1 < i2;
    }
    if (g1.kind().equals("Namespace")
        && g2.kind().equals("Namespace")
        && (g1.group().isEmpty() || g2.group().isEmpty())) {
      return GvkOrder.stableSortString(g1).compareTo(GvkOrder.stableSortString(g2)) > 0;
    }
    return GvkOrder.stableSortString(g1).compareTo(GvkOrder.stableSortString(g2)) < 0;
  }

  private static String idSortString(RId id) {
    return id.gvk().legacyString()
        + "|"
        + (id.namespace().isEmpty() ? "~X" : id.namespace())
        + "|"
        + (id.name().isEmpty() ? "~N" : id.name());
  }
}
