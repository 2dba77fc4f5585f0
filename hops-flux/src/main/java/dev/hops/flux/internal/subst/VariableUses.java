package dev.hops.flux.internal.subst;

import dev.hops.flux.KsVariables;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the variables the objects of one Kustomization use, each with the position of the text
 * that uses it (the scalar in the object's source that holds {@code ${NAME} or $NAME}).
 */
public final class VariableUses {

  private final List<KsVariables.Use> uses = new ArrayList<>();

  void add(MappingNode object, List<Template.Use> found) {
    if (found.isEmpty()) {
      return;
    }
    String ref = describe(object);
    for (Template.Use u : found) {
      SourcePos pos = find(object, u.name());
      uses.add(new KsVariables.Use(u.name(), u.defaulted(), ref, pos == null ? object.pos() : pos));
    }
  }

  public List<KsVariables.Use> uses() {
    return uses;
  }

  /** The first scalar (key or value) that mentions the variable, when its position is known. */
  private static SourcePos find(Node node, String name) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (node instanceof ScalarNode s) {
      return mentions(s.value(), name) && s.pos().isKnown() ? s.pos() : null;
    }
    if (node instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        SourcePos p = find(e.key(), name);
        if (p == null) {
          p = find(e.value(), name);
        }
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    for (Node item : ((SequenceNode) node).items()) {
      SourcePos p = find(item, name);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** {@code ${NAME}}, {@code ${NAME:...}}, or {@code $NAME} not followed by a name character. */
  static boolean mentions(String text, String name) {
    int from = 0;
    while (true) {
      int i = text.indexOf('$', from);
      if (i < 0 || i + 1 >= text.length()) {
        return false;
      }
      int start = text.charAt(i + 1) == '{' ? i + 2 : i + 1;
      if (text.startsWith(name, start)) {
        int end = start + name.length();
        if (end == text.length() || !isNameChar(text.charAt(end))) {
          return true;
        }
      }
      from = i + 1;
    }
  }

  private static boolean isNameChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static String describe(MappingNode obj) {
    MappingNode md = obj.getMapping("metadata");
    String ns = md == null || md.getString("namespace") == null ? "" : md.getString("namespace");
    String kind = obj.getString("kind") == null ? "" : obj.getString("kind");
    String name = md == null || md.getString("name") == null ? "" : md.getString("name");
    return ns.isEmpty() ? kind + "/" + name : kind + "/" + ns + "/" + name;
  }
}
