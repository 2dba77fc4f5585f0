package dev.hops.check;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code options:} of one rule in {@code .hops.yaml}; a wrong type is a configuration error.
 */
public final class RuleOptions {

  static final RuleOptions NONE = new RuleOptions("", MappingNode.empty());

  private final String rule;
  private final MappingNode node;

  RuleOptions(String rule, MappingNode node) {
    this.rule = rule;
    this.node = node;
  }

  public boolean has(String key) {
    return node.get(key) != null;
  }

  /** A string option, or {@code fallback} when it is not set. */
  public String string(String key, String fallback) {
    Node n = node.get(key);
    if (n == null) {
      return fallback;
    }
    if (!(n instanceof ScalarNode s)) {
      throw wrong(n, key, "a string");
    }
    return s.value();
  }

  /** A boolean option, or {@code fallback} when it is not set. */
  public boolean bool(String key, boolean fallback) {
    Node n = node.get(key);
    if (n == null) {
      return fallback;
    }
    if (n instanceof ScalarNode s && (s.value().equals("true") || s.value().equals("false"))) {
      return Boolean.parseBoolean(s.value());
    }
    throw wrong(n, key, "true or false");
  }

  /** A list of strings (a single string is a list of one), or {@code fallback} when not set. */
  public List<String> strings(String key, List<String> fallback) {
    Node n = node.get(key);
    if (n == null) {
      return fallback;
    }
    if (n instanceof ScalarNode s) {
      return List.of(s.value());
    }
    List<String> out = new ArrayList<>();
    if (n instanceof SequenceNode seq) {
      for (Node item : seq.items()) {
        if (!(item instanceof ScalarNode s)) {
          throw wrong(item, key, "a list of strings");
        }
        out.add(s.value());
      }
      return out;
    }
    throw wrong(n, key, "a list of strings");
  }

  private CheckConfigException wrong(Node n, String key, String what) {
    return new CheckConfigException(
        n.pos(), "rules." + rule + ".options." + key + " must be " + what);
  }
}
