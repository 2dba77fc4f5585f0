package dev.hops.cli;

import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.graph.BlockedNode;
import dev.hops.flux.graph.Dependency;
import dev.hops.flux.graph.DependencyGraph;
import dev.hops.flux.graph.GraphNode;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code hops graph -o tree}: each object once, under what it waits for last (a predecessor in the
 * previous wave, dependsOn targets before the applying Kustomization), so depth is wave. Blocked
 * objects follow, under the first blocked object that holds them up.
 */
final class TreeGraphOutput implements GraphOutput {

  @Override
  public void print(PrintWriter out, List<DependencyGraph> graphs) {
    for (int i = 0; i < graphs.size(); i++) {
      if (i > 0) {
        out.println();
      }
      print(out, graphs.get(i));
    }
  }

  private void print(PrintWriter out, DependencyGraph g) {
    int waves = g.waves().size();
    out.println(
        "cluster "
            + g.cluster()
            + ": "
            + count(g.nodes().size(), "object")
            + " in "
            + count(waves, "wave")
            + (g.blocked().isEmpty() ? "" : ", " + g.blocked().size() + " blocked"));
    Map<ObjectRef, ObjectRef> under = new LinkedHashMap<>();
    List<GraphNode> roots = new ArrayList<>();
    for (List<GraphNode> wave : g.waves()) {
      for (GraphNode n : wave) {
        GraphNode parent = placement(g, n);
        if (parent == null) {
          roots.add(n);
        } else {
          under.put(n.ref(), parent.ref());
        }
      }
    }
    Map<ObjectRef, String> reasons = new LinkedHashMap<>();
    List<GraphNode> blockedRoots = placeBlocked(g, under, reasons);
    TreePrinter printer = new TreePrinter(out, g, under, reasons);
    roots.forEach(printer::root);
    if (!blockedRoots.isEmpty()) {
      out.println();
      out.println("blocked: Flux never reconciles these");
      blockedRoots.forEach(printer::root);
    }
  }

  /** The predecessor in the wave just before {@code n}'s; null for wave 0. */
  private static GraphNode placement(DependencyGraph g, GraphNode n) {
    int wave = g.wave(n.ref()).orElseThrow();
    for (GraphNode p : g.predecessors(n)) {
      if (g.wave(p.ref()).orElse(-1) == wave - 1) {
        return p;
      }
    }
    return null;
  }

  /**
   * Places blocked objects under the first blocked predecessor that reaches them, starting from
   * those with none (missing targets) and then from cycles; returns the roots. Fills in the reasons
   * worth showing (those that do not just name the object above).
   */
  private static List<GraphNode> placeBlocked(
      DependencyGraph g, Map<ObjectRef, ObjectRef> under, Map<ObjectRef, String> reasons) {
    Map<ObjectRef, BlockedNode> blocked = new LinkedHashMap<>();
    g.blocked().forEach(b -> blocked.put(b.node().ref(), b));
    List<GraphNode> starts = new ArrayList<>();
    for (BlockedNode b : blocked.values()) {
      if (g.predecessors(b.node()).stream().noneMatch(p -> blocked.containsKey(p.ref()))) {
        starts.add(b.node());
      }
    }
    for (BlockedNode b : blocked.values()) {
      starts.add(b.node()); // cycle members: the first unplaced one starts its own tree
    }
    List<GraphNode> roots = new ArrayList<>();
    Set<ObjectRef> placed = new HashSet<>();
    for (GraphNode start : starts) {
      if (!placed.add(start.ref())) {
        continue;
      }
      roots.add(start);
      Deque<GraphNode> queue = new ArrayDeque<>(List.of(start));
      while (!queue.isEmpty()) {
        GraphNode at = queue.poll();
        for (GraphNode s : successors(g, at)) {
          if (blocked.containsKey(s.ref()) && placed.add(s.ref())) {
            under.put(s.ref(), at.ref());
            queue.add(s);
          }
        }
      }
    }
    for (BlockedNode b : blocked.values()) {
      ObjectRef parent = under.get(b.node().ref());
      if (parent == null || !mentions(b.reason(), parent)) {
        reasons.put(b.node().ref(), b.reason());
      }
    }
    return roots;
  }

  private static List<GraphNode> successors(DependencyGraph g, GraphNode n) {
    List<GraphNode> out = new ArrayList<>(g.dependents(n));
    for (GraphNode a : g.applied(n)) {
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /** Whether {@code text} names {@code ref} (not merely a longer name starting with it). */
  static boolean mentions(String text, ObjectRef ref) {
    String r = ref.toString();
    for (int i = text.indexOf(r); i >= 0; i = text.indexOf(r, i + 1)) {
      int end = i + r.length();
      if (end == text.length() || !isNameChar(text.charAt(end))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_';
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** Draws the trees with the seeds' box characters. */
  private static final class TreePrinter {
    private final PrintWriter out;
    private final DependencyGraph g;
    private final Map<ObjectRef, List<GraphNode>> children = new LinkedHashMap<>();
    private final Map<ObjectRef, ObjectRef> under;
    private final Map<ObjectRef, String> reasons;
    private final Set<ObjectRef> printed = new HashSet<>();

    TreePrinter(
        PrintWriter out,
        DependencyGraph g,
        Map<ObjectRef, ObjectRef> under,
        Map<ObjectRef, String> reasons) {
      this.out = out;
      this.g = g;
      this.under = under;
      this.reasons = reasons;
      // HelmReleases first: they are mostly leaves, and stay next to their Kustomization.
      for (String kind : List.of(GraphNode.HELM_RELEASE, GraphNode.KUSTOMIZATION)) {
        for (GraphNode n : g.nodes()) {
          ObjectRef parent = under.get(n.ref());
          if (parent != null && n.ref().kind().equals(kind)) {
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(n);
          }
        }
      }
    }

    void root(GraphNode n) {
      print(n, "", "");
    }

    private void print(GraphNode n, String lead, String indent) {
      out.println(lead + label(n));
      if (!printed.add(n.ref())) {
        return;
      }
      List<GraphNode> kids = children.getOrDefault(n.ref(), List.of());
      for (int i = 0; i < kids.size(); i++) {
        boolean last = i == kids.size() - 1;
        print(kids.get(i), indent + (last ? "└── " : "├── "), indent + (last ? "    " : "│   "));
      }
    }

    private String label(GraphNode n) {
      List<String> notes = new ArrayList<>();
      if (n.status() == KsStatus.EXTERNAL) {
        notes.add("external source, not rendered");
      } else if (n.status() == KsStatus.FAILED) {
        notes.add("failed to render");
      }
      if (n.suspended()) {
        notes.add("suspended");
      }
      ObjectRef parent = under.get(n.ref());
      String reason = reasons.get(n.ref());
      List<String> others = new ArrayList<>();
      boolean underDependency = false;
      for (Dependency d : n.dependsOn()) {
        if (d.target().equals(parent)) {
          underDependency = true;
        } else if ((reason == null || !mentions(reason, d.target()))
            && !others.contains(shortName(d.target()))) {
          others.add(shortName(d.target()));
        }
      }
      if (!others.isEmpty()) {
        notes.add(
            (underDependency ? "also depends on: " : "depends on: ") + String.join(", ", others));
      }
      if (reason != null) {
        notes.add(reason);
      }
      return n.ref() + (notes.isEmpty() ? "" : "  (" + String.join("; ", notes) + ")");
    }

    private static String shortName(ObjectRef r) {
      return r.namespace() + "/" + r.name();
    }
  }
}
