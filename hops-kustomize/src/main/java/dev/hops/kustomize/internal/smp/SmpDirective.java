package dev.hops.kustomize.internal.smp;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SequenceNode;
import java.util.List;

/**
 * kyaml merge2's strategic merge patch directives ({@code $patch: replace|delete|merge}), read from
 * a patch node and elided from it.
 */
enum SmpDirective {
  UNKNOWN,
  REPLACE,
  DELETE,
  MERGE;

  static final String KEY = "$patch";

  private static SmpDirective of(String v) {
    return switch (v) {
      case "replace" -> REPLACE;
      case "delete" -> DELETE;
      case "merge" -> MERGE;
      default -> null;
    };
  }

  /**
   * {@code determineSmpDirective}: the directive of {@code patch}, removed from it. Throws for an
   * unknown directive (then nothing is removed) and for scalars.
   */
  static SmpDirective determine(Node patch) {
    if (patch == null) {
      return MERGE;
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (patch instanceof SequenceNode s) {
      return forSequence(s);
    } else if (patch instanceof MappingNode m) {
      return forMapping(m);
    }
    throw new SmpException(
        "no implemented strategic merge patch strategy for '"
            + patch.tag()
            + "' ('"
            + NodeText.render(patch)
            + "')");
  }

  /** {@link #determine}, with kyaml's ignored error: UNKNOWN instead of an exception. */
  static SmpDirective determineIgnoringErrors(Node patch) {
    try {
      return determine(patch);
    } catch (SmpException e) {
      return UNKNOWN;
    }
  }

  private static SmpDirective forSequence(SequenceNode patch) {
    Node node;
    try {
      node = KNodes.elementMatcher(patch, List.of(KEY), List.of(), true);
    } catch (SmpException e) {
      return MERGE;
    }
    // an element with more fields than $patch is not a directive for the sequence
    if (node == null || node instanceof MappingNode m && m.size() > 1) {
      return MERGE;
    }
    Node value;
    try {
      value = KNodes.get(node, KEY);
    } catch (SmpException e) {
      return MERGE;
    }
    if (value == null) {
      return MERGE;
    }
    String v = KNodes.yValue(value);
    SmpDirective d = of(v);
    if (d == null) {
      throw new SmpException("unknown patch strategy '" + v + "'");
    }
    KNodes.elementSetter(patch, null, List.of(KEY), List.of(v));
    return d;
  }

  private static SmpDirective forMapping(MappingNode patch) {
    Node node = KNodes.get(patch, KEY);
    if (node == null) {
      return MERGE;
    }
    String v = KNodes.yValue(node);
    SmpDirective d = of(v);
    if (d == null) {
      throw new SmpException("unknown patch strategy '" + v + "'");
    }
    KNodes.clear(patch, KEY);
    return d;
  }
}
