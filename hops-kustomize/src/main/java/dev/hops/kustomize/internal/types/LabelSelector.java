package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.KustomizeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes label selector in its string form ({@code a=b,c!=d,e in (x,y),!f,g}), as
 * apimachinery's {@code labels.Parse} reads it; the empty selector matches everything.
 */
public final class LabelSelector {

  private enum Op {
    EQUALS,
    NOT_EQUALS,
    IN,
    NOT_IN,
    EXISTS,
    NOT_EXISTS
  }

  private record Requirement(String key, Op op, Set<String> values) {
    boolean matches(Map<String, String> labels) {
      String v = labels.get(key);
      return switch (op) {
        case EQUALS, IN -> v != null && values.contains(v);
        case NOT_EQUALS, NOT_IN -> v == null || !values.contains(v);
        case EXISTS -> v != null;
        case NOT_EXISTS -> v == null;
      };
    }
  }

  private final List<Requirement> requirements;

  private LabelSelector(List<Requirement> requirements) {
    this.requirements = requirements;
  }

  public static LabelSelector parse(String s) {
    List<Requirement> reqs = new ArrayList<>();
    for (String part : splitTopLevel(s)) {
      String p = part.strip();
      if (p.isEmpty()) {
        if (!s.isBlank()) {
          throw invalid(s);
        }
        continue;
      }
      reqs.add(requirement(p, s));
    }
    return new LabelSelector(reqs);
  }

  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static Requirement requirement(String p, String whole) {
    if (p.startsWith("!")) {
      return new Requirement(key(p.substring(1).strip(), whole), Op.NOT_EXISTS, Set.of());
    }
    int paren = p.indexOf('(');
    if (paren > 0) {
      String head = p.substring(0, paren).strip();
      if (!p.endsWith(")")) {
        throw invalid(whole);
      }
      Set<String> values = new LinkedHashSet<>();
      for (String v : p.substring(paren + 1, p.length() - 1).split(",", -1)) {
        values.add(v.strip());
      }
      String[] words = head.split("\\s+");
      if (words.length == 2 && words[1].equals("in")) {
        return new Requirement(key(words[0], whole), Op.IN, values);
      }
      if (words.length == 2 && words[1].equals("notin")) {
        return new Requirement(key(words[0], whole), Op.NOT_IN, values);
      }
      throw invalid(whole);
    }
    int ne = p.indexOf("!=");
    if (ne > 0) {
      return new Requirement(
          key(p.substring(0, ne).strip(), whole),
          Op.NOT_EQUALS,
          Set.of(p.substring(ne + 2).strip()));
    }
    int eq = p.indexOf('=');
    if (eq > 0) {
      int valueStart = p.startsWith("==", eq) ? eq + 2 : eq + 1;
      return new Requirement(
          key(p.substring(0, eq).strip(), whole),
          Op.EQUALS,
          Set.of(p.substring(valueStart).strip()));
    }
    return new Requirement(key(p, whole), Op.EXISTS, Set.of());
  }

  private static String key(String k, String whole) {
    if (k.isEmpty() || k.contains(" ")) {
      throw invalid(whole);
    }
    return k;
  }

  private static KustomizeException invalid(String s) {
    return new KustomizeException(
        "unable to parse requirement: invalid label selector \"" + s + "\"");
  }

  public boolean matches(Map<String, String> labels) {
    for (Requirement r : requirements) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}
