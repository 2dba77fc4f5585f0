package dev.hops.flux.internal.subst;

import dev.hops.flux.internal.subst.TemplateNode.Func;
import dev.hops.flux.internal.subst.TemplateNode.Seq;
import dev.hops.flux.internal.subst.TemplateNode.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed envsubst template (fluxcd/pkg {@code envsubst/template.go} and {@code eval.go}).
 *
 * <p>Evaluation follows Go's order: a function's arguments are evaluated first (a default is
 * evaluated even when the variable has a value, so a nested unset variable fails in strict mode),
 * then the variable is looked up; an unset variable is an error unless the operator supplies a
 * default. A non-strict lookup never reports "not set" (Flux maps unknown names to "").
 */
public final class Template {

  private final TemplateNode root;

  private Template(TemplateNode root) {
    this.root = root;
  }

  /**
   * Parses a template.
   *
   * @throws EnvsubstException with Go's message and the byte offset of the error
   */
  public static Template parse(String text) {
    return new Template(Parser.parse(GoStrings.fromJava(text)));
  }

  /** envsubst.Eval: parse, then execute. */
  public static String eval(String text, Lookup lookup) {
    return parse(text).execute(lookup);
  }

  TemplateNode root() {
    return root;
  }

  /**
   * A variable the template substitutes; {@code defaulted} when its operator supplies a default.
   */
  public record Use(String name, boolean defaulted) {}

  /** The variables the template substitutes, in order (arguments of an operator included). */
  public List<Use> uses() {
    List<Use> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(TemplateNode node, List<Use> out) {
    TemplateNode n = node;
    while (n instanceof Seq seq) {
      List<TemplateNode> nodes = seq.nodes();
      for (int i = 0; i < nodes.size() - 1; i++) {
        collect(nodes.get(i), out);
      }
      n = nodes.isEmpty() ? Parser.EMPTY : nodes.getLast();
    }
    if (n instanceof Func f) {
      f.args().forEach(a -> collect(a, out));
      out.add(new Use(GoStrings.toJava(f.param()), Funcs.isDefaultOp(f.name())));
    }
  }

  /**
   * Substitutes the variables.
   *
   * @throws EnvsubstException for a variable not set ({@code lookup} returned null) in strict use
   */
  public String execute(Lookup lookup) {
    StringBuilder out = new StringBuilder();
    eval(root, out, lookup);
    return GoStrings.toJava(out.toString());
  }

  private static void eval(TemplateNode node, StringBuilder out, Lookup lookup) {
    // Seq nodes nest to the right: walk them without recursion.
    TemplateNode n = node;
    while (n instanceof Seq seq) {
      List<TemplateNode> nodes = seq.nodes();
      for (int i = 0; i < nodes.size() - 1; i++) {
        eval(nodes.get(i), out, lookup);
      }
      n = nodes.isEmpty() ? Parser.EMPTY : nodes.getLast();
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof Text t) {
      out.append(t.value());
    } else if (n instanceof Func f) {
      out.append(evalFunc(f, lookup));
    } else {
      throw new AssertionError(n);
    }
  }

  private static String evalFunc(Func node, Lookup lookup) {
    List<String> args = new ArrayList<>(node.args().size());
    for (TemplateNode arg : node.args()) {
      StringBuilder b = new StringBuilder();
      eval(arg, b, lookup);
      args.add(b.toString());
    }
    String value = lookup.get(GoStrings.toJava(node.param()));
    if (value == null && !Funcs.isDefaultOp(node.name())) {
      throw EnvsubstException.notSet(node.param());
    }
    String v = value == null ? "" : GoStrings.fromJava(value);
    return Funcs.lookup(node.name(), args.size()).apply(v, args);
  }
}
