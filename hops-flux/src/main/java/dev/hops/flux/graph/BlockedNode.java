package dev.hops.flux.graph;

import java.util.Objects;

/** An object Flux would never reconcile, and why (the first cause found). */
public record BlockedNode(GraphNode node, String reason) {

  public BlockedNode {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(reason, "reason");
  }
}
