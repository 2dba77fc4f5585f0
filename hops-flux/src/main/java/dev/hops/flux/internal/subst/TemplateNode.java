package dev.hops.flux.internal.subst;

import java.util.List;

/**
 * The parse tree of {@code envsubst/parse/node.go}. Texts, names and operator names are byte
 * strings (see {@link GoStrings}). A list holds two nodes, the second often a list again, as Go's
 * recursive parser builds it.
 */
sealed interface TemplateNode {

  /** Literal text, escapes already collapsed. */
  record Text(String value) implements TemplateNode {}

  /**
   * A substitution: {@code param} is the variable name, {@code name} the operator ({@code ""} for a
   * bare {@code ${X}}), {@code args} its arguments.
   */
  record Func(String param, String name, List<TemplateNode> args) implements TemplateNode {
    public Func {
      args = List.copyOf(args);
    }
  }

  /** A sequence of nodes. */
  record Seq(List<TemplateNode> nodes) implements TemplateNode {
    public Seq {
      nodes = List.copyOf(nodes);
    }
  }
}
