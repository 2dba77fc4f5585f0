package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@link TreeBuilder}'s conversion does to each node, done by {@link FastReader} as it reads:
 * the node count and depth limit, tags, {@code <<} merges, anchors and aliases (an alias is a copy
 * of its anchor's node, as converting the same snakeyaml node again gives). Where TreeBuilder would
 * throw, this gives up instead, so that snakeyaml-engine's path throws the same.
 */
final class FastNodes {

  /** An anchored node with what converting it again costs: its nodes and the depth below it. */
  private record Anchor(Node node, long count, int height) {}

  /** TreeBuilder's alias-bomb guard starts beyond this many nodes from aliases. */
  private static final int MAX_ALIAS_NODES = 100;

  private final int maxDepth;
  private long nodes;
  private long aliasNodes;
  private int deepest;
  private Map<String, Anchor> anchors;
  private List<String> open;

  FastNodes(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** Nodes built, counted as TreeBuilder counts them (an alias counts its anchor's nodes). */
  long nodes() {
    return nodes;
  }

  /** Counts a node at {@code depth}, with the depth limit. */
  void count(int depth) {
    checkDepth(depth);
    nodes++;
    deepest = Math.max(deepest, depth);
  }

  void checkDepth(int depth) {
    if (depth > maxDepth) {
      throw new FastReader.GiveUp("too deep");
    }
  }

  /** As TreeBuilder's scalar for an untagged scalar. */
  static ScalarNode scalar(String value, ScalarStyle style, dev.hops.yaml.SourcePos pos) {
    String tag =
        style != ScalarStyle.PLAIN
            ? Tags.STR
            : value.equals("<<") ? Tags.MERGE : V3Resolver.resolveTag(value);
    return new ScalarNode(value, tag, style, false, pos);
  }

  static void merge(MappingNode map) {
    try {
      MergeKeys.apply(map);
    } catch (YamlException e) {
      throw new FastReader.GiveUp("merge error");
    }
  }

  /** The node {@code content} reads, anchored as {@code name}, at {@code depth}. */
  Node anchored(String name, int depth, Supplier<Node> content) {
    if (open == null) {
      open = new ArrayList<>(2);
      anchors = new HashMap<>();
    }
    if (open.contains(name)) {
      // snakeyaml registers a collection's anchor before its content: an inner definition wins
      throw new FastReader.GiveUp("anchor inside itself");
    }
    open.add(name);
    long before = nodes;
    int outerDeepest = deepest;
    deepest = depth;
    Node node = content.get();
    open.remove(name);
    anchors.put(name, new Anchor(node, nodes - before, deepest - depth));
    deepest = Math.max(deepest, outerDeepest);
    return node;
  }

  /** A copy of the node anchored as {@code name}, for an alias at {@code depth}. */
  Node alias(String name, int depth) {
    Anchor a = anchors == null ? null : anchors.get(name);
    if (a == null || open.contains(name)) {
      throw new FastReader.GiveUp("unknown alias");
    }
    checkDepth(depth + a.height);
    nodes += a.count;
    deepest = Math.max(deepest, depth + a.height);
    if (!(a.node instanceof ScalarNode)) {
      // TreeBuilder counts every node converted again through an alias of a collection
      aliasNodes += a.count;
      if (aliasNodes > MAX_ALIAS_NODES) {
        throw new FastReader.GiveUp("many aliases");
      }
    }
    return a.node.copy();
  }
}
