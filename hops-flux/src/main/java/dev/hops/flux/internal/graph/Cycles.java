package dev.hops.flux.internal.graph;

import dev.hops.flux.ObjectRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency cycles of a graph: its strongly connected components (Tarjan, iteratively, so a
 * long chain cannot overflow the stack), then the elementary cycles inside each, every cycle once,
 * starting at its member that comes first in node order. Enumeration stops after {@link
 * #MAX_CYCLES} cycles per component; the component's members are still all known.
 */
public final class Cycles {

  static final int MAX_CYCLES = 20;
  private static final int MAX_STEPS = 200_000;
  private static final int MAX_MEMBERS = 2_000;

  /** The cycles (first member not repeated at the end), every member, components cut short. */
  public record Result(
      List<List<ObjectRef>> cycles, Set<ObjectRef> members, List<Set<ObjectRef>> truncated) {}

  private final List<ObjectRef> order;
  private final Map<ObjectRef, Integer> index = new HashMap<>();
  private final Map<ObjectRef, List<ObjectRef>> edges;

  public Cycles(List<ObjectRef> order, Map<ObjectRef, List<ObjectRef>> edges) {
    this.order = List.copyOf(order);
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i), i);
    }
    this.edges = edges;
  }

  public Result find() {
    List<List<ObjectRef>> cycles = new ArrayList<>();
    Set<ObjectRef> members = new LinkedHashSet<>();
    List<Set<ObjectRef>> truncated = new ArrayList<>();
    for (Set<ObjectRef> scc : components()) {
      if (scc.size() < 2) {
        continue;
      }
      members.addAll(scc);
      if (!enumerate(scc, cycles)) {
        truncated.add(scc);
      }
    }
    return new Result(cycles, members, truncated);
  }

  private List<ObjectRef> targets(ObjectRef n) {
    return edges.getOrDefault(n, List.of());
  }

  /** Tarjan's components, each in node order. */
  private List<Set<ObjectRef>> components() {
    int n = order.size();
    int[] low = new int[n];
    int[] num = new int[n];
    boolean[] onStack = new boolean[n];
    Deque<Integer> stack = new ArrayDeque<>();
    List<Set<ObjectRef>> out = new ArrayList<>();
    int counter = 0;
    for (int root = 0; root < n; root++) {
      if (num[root] != 0) {
        continue;
      }
      Deque<int[]> work = new ArrayDeque<>(); // {node, next edge}
      work.push(new int[] {root, 0});
      num[root] = low[root] = ++counter;
      stack.push(root);
      onStack[root] = true;
      while (!work.isEmpty()) {
        int[] top = work.peek();
        int v = top[0];
        List<ObjectRef> ts = targets(order.get(v));
        if (top[1] < ts.size()) {
          Integer w = index.get(ts.get(top[1]++));
          if (w == null) {
            continue;
          }
          if (num[w] == 0) {
            num[w] = low[w] = ++counter;
            stack.push(w);
            onStack[w] = true;
            work.push(new int[] {w, 0});
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], num[w]);
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          int parent = work.peek()[0];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == num[v]) {
          out.add(popComponent(stack, onStack, v));
        }
      }
    }
    out.sort((a, b) -> index.get(a.iterator().next()) - index.get(b.iterator().next()));
    return out;
  }

  /** Pops the component rooted at {@code v} off Tarjan's stack, in node order. */
  private Set<ObjectRef> popComponent(Deque<Integer> stack, boolean[] onStack, int v) {
    List<Integer> comp = new ArrayList<>();
    int w;
    do {
      w = stack.pop();
      onStack[w] = false;
      comp.add(w);
    } while (w != v);
    comp.sort(null);
    Set<ObjectRef> scc = new LinkedHashSet<>();
    comp.forEach(i -> scc.add(order.get(i)));
    return scc;
  }

  /** Adds the elementary cycles of {@code scc}; false when cut short. */
  private boolean enumerate(Set<ObjectRef> scc, List<List<ObjectRef>> out) {
    if (scc.size() > MAX_MEMBERS) {
      return false;
    }
    int[] budget = {MAX_STEPS, MAX_CYCLES};
    for (ObjectRef start : scc) {
      List<ObjectRef> path = new ArrayList<>(List.of(start));
      if (!walk(start, start, scc, path, new LinkedHashSet<>(path), out, budget)) {
        return false;
      }
    }
    return true;
  }

  /** Depth-first from the end of {@code path}, through members after {@code start} only. */
  private boolean walk(
      ObjectRef start,
      ObjectRef at,
      Set<ObjectRef> scc,
      List<ObjectRef> path,
      Set<ObjectRef> onPath,
      List<List<ObjectRef>> out,
      int[] budget) {
    for (ObjectRef next : targets(at)) {
      if (--budget[0] < 0) {
        return false;
      }
      if (next.equals(start)) {
        if (budget[1]-- <= 0) {
          return false;
        }
        out.add(List.copyOf(path));
      } else if (scc.contains(next)
          && index.get(next) > index.get(start)
          && !onPath.contains(next)) {
        path.add(next);
        onPath.add(next);
        boolean more = walk(start, next, scc, path, onPath, out, budget);
        path.removeLast();
        onPath.remove(next);
        if (!more) {
          return false;
        }
      }
    }
    return true;
  }
}
