package dev.hops.kustomize.internal.res;

import dev.hops.kustomize.KustomizeException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.internal.NonStringCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * The kyaml node functions kustomize's transformers are written with (Get, FieldSetter, Clear,
 * PathGetter with create, ElementMatcher), with kyaml's exact semantics, styles included: a value
 * set on an existing field takes that field's style.
 */
public final class Kyaml {

  /** What to create for a missing path element, as kyaml's {@code yaml.Kind}. */
  public enum Create {
    NONE,
    MAPPING,
    SEQUENCE,
    SCALAR
  }

  private Kyaml() {}

  /** kyaml IsMissingOrNull. */
  public static boolean isMissingOrNull(Node n) {
    return n == null || n.isNull();
  }

  /** kyaml GetValue: the scalar text, "" for missing or null. */
  public static String value(Node n) {
    if (isMissingOrNull(n)) {
      return "";
    }
    return n instanceof ScalarNode s ? s.value() : "";
  }

  /** kyaml Get(name) (FieldMatcher): the first field's value; null when absent or rn null. */
  public static Node get(Node rn, String name) {
    if (isMissingOrNull(rn)) {
      return null;
    }
    if (!(rn instanceof MappingNode m)) {
      throw invalidKind(rn, "mapping");
    }
    return m.get(name);
  }

  static KustomizeException invalidKind(Node rn, String expected) {
    return new KustomizeException(
        rn.pos(),
        null,
        "wrong node kind: expected " + expected + " but got " + kindName(rn) + " (" + rn + ")");
  }

  public static String kindName(Node n) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof MappingNode) {
      return "MappingNode";
    }
    return n instanceof SequenceNode ? "SequenceNode" : "ScalarNode";
  }

  /** kyaml FieldClearer: removes the first field named {@code name}; returns its value or null. */
  public static Node clear(Node rn, String name) {
    if (isMissingOrNull(rn)) {
      return null;
    }
    if (!(rn instanceof MappingNode m)) {
      throw invalidKind(rn, "mapping");
    }
    return m.remove(name);
  }

  /**
   * kyaml FieldSetter{Name, Value}: a null or tagged-null value clears the field; an existing field
   * gets the value (taking the old value's style); else the field is appended. String values that
   * YAML 1.1 would read as something else are double-quoted first. Returns the value set.
   */
  public static Node setField(Node rn, String name, Node value) {
    if (value instanceof ScalarNode s
        && s.isStringValue()
        && s.style() == ScalarStyle.PLAIN
        && NonStringCheck.isValueNonString(s.value())) {
      s.setStyle(ScalarStyle.DOUBLE_QUOTED);
    }
    if (value == null || value.isNull()) {
      clear(rn, name);
      return null;
    }
    if (isMissingOrNull(rn)) {
      return null;
    }
    if (!(rn instanceof MappingNode m)) {
      throw invalidKind(rn, "mapping");
    }
    MappingNode.Entry e = m.entry(name);
    if (e != null) {
      if (e.value() instanceof ScalarNode old && value instanceof ScalarNode nv) {
        nv.setStyle(old.style());
      } else if (value instanceof ScalarNode nv && !(e.value() instanceof ScalarNode)) {
        nv.setStyle(ScalarStyle.PLAIN);
      }
      e.setValue(value);
      return value;
    }
    m.entries().add(new MappingNode.Entry(ScalarNode.untagged(name), value));
    return value;
  }

  /** kyaml Lookup(path...). */
  public static Node lookup(Node rn, String... path) {
    return pathGet(rn, List.of(path), Create.NONE);
  }

  /** kyaml LookupCreate(kind, path...). */
  public static Node lookupCreate(Node rn, Create kind, String... path) {
    return pathGet(rn, List.of(path), kind);
  }

  /** kyaml PathGetter{Path, Create}. */
  public static Node pathGet(Node rn, List<String> rawPath, Create create) {
    List<String> path = cleanPath(rawPath);
    Node match = rn;
    for (int i = 0; i < path.size(); i++) {
      String part = path.get(i);
      String next = i + 1 < path.size() ? path.get(i + 1) : "";
      match = step(match, part, next, create);
      if (match == null) {
        return null;
      }
    }
    return match;
  }

  private static Node step(Node match, String part, String next, Create create) {
    Integer idx = atoi(part);
    if (idx != null) {
      if (idx < 0) {
        throw new KustomizeException("array index " + idx + " cannot be negative");
      }
      return elementByIndex(match, idx);
    }
    if (part.equals("-")) {
      return elementByIndex(match, -1);
    }
    if (part.equals("*")) {
      throw new KustomizeException("wildcard is not supported in PathGetter");
    }
    if (isListIndex(part)) {
      String[] nv = splitIndexNameValue(part);
      return elementMatch(match, nv[0], nv[1], create != Create.NONE);
    }
    if (create == Create.NONE) {
      return get(match, part);
    }
    return fieldMatchCreate(match, part, kindFor(next, create));
  }

  private static Create kindFor(String next, Create dflt) {
    if (isListIndex(next)) {
      return Create.SEQUENCE;
    }
    Integer idx = atoi(next);
    if (idx != null && idx >= 0) {
      return Create.SEQUENCE;
    }
    if (next.isEmpty()) {
      return dflt;
    }
    return Create.MAPPING;
  }

  /** FieldMatcher{Name, Create}: existing value, or a new empty node of {@code kind} set there. */
  private static Node fieldMatchCreate(Node rn, String name, Create kind) {
    if (isMissingOrNull(rn)) {
      return null;
    }
    Node existing = get(rn, name);
    if (existing != null) {
      return existing;
    }
    Node created = newNode(kind);
    return setField(rn, name, created);
  }

  static Node newNode(Create kind) {
    return switch (kind) {
      case SEQUENCE -> new SequenceNode(dev.hops.yaml.SourcePos.UNKNOWN);
      case SCALAR -> ScalarNode.untagged("");
      default -> MappingNode.empty();
    };
  }

  /** kyaml GetElementByIndex: -1 is the last element. */
  private static Node elementByIndex(Node rn, int idx) {
    if (isMissingOrNull(rn)) {
      return null;
    }
    if (!(rn instanceof SequenceNode s)) {
      throw invalidKind(rn, "sequence");
    }
    if (idx == -1) {
      return s.isEmpty() ? null : s.get(s.size() - 1);
    }
    return idx < s.size() ? s.get(idx) : null;
  }

  /** kyaml ElementMatcher for one key (or a primitive value when the key is empty). */
  public static Node elementMatch(Node rn, String key, String value, boolean create) {
    if (isMissingOrNull(rn)) {
      return null;
    }
    if (!(rn instanceof SequenceNode s)) {
      throw invalidKind(rn, "sequence");
    }
    if (key.isEmpty()) {
      for (Node item : s.items()) {
        if (item instanceof ScalarNode sc && sc.value().equals(value)) {
          return item;
        }
      }
      if (create) {
        ScalarNode elem = ScalarNode.untagged(value);
        s.add(elem);
        return elem;
      }
      return null;
    }
    for (Node item : s.items()) {
      if (!(item instanceof MappingNode m)) {
        continue;
      }
      Node f = m.get(key);
      String text = f instanceof ScalarNode sc ? sc.value() : "";
      if (f != null && text.equals(value)) {
        return item;
      }
    }
    if (create) {
      MappingNode elem = MappingNode.empty();
      elem.entries()
          .add(new MappingNode.Entry(ScalarNode.untagged(key), ScalarNode.untagged(value)));
      s.add(elem);
      return elem;
    }
    return null;
  }

  public static List<String> cleanPath(List<String> path) {
    List<String> p = new ArrayList<>(path.size());
    for (String e : path) {
      String t = e.strip();
      if (!t.isEmpty()) {
        p.add(t);
      }
    }
    return p;
  }

  public static boolean isListIndex(String p) {
    return p.startsWith("[") && p.endsWith("]");
  }

  /** kyaml SplitIndexNameValue: {@code [name=value]} into name and value. */
  public static String[] splitIndexNameValue(String p) {
    String elem = p;
    if (elem.endsWith("]")) {
      elem = elem.substring(0, elem.length() - 1);
    }
    if (elem.startsWith("[")) {
      elem = elem.substring(1);
    }
    int eq = elem.indexOf('=');
    if (eq < 0) {
      throw new KustomizeException(
          "list path element must contain fieldName=fieldValue for element to match");
    }
    return new String[] {elem.substring(0, eq), elem.substring(eq + 1)};
  }

  /** Go strconv.Atoi for small decimal numbers; null when not a number. */
  public static Integer atoi(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return null;
    }
    int i = 0;
    boolean neg = false;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      neg = s.charAt(0) == '-';
      i = 1;
      if (s.length() == 1) {
        return null;
      }
    }
    long v = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    return (int) (neg ? -v : v);
  }
}
