package dev.hops.kustomize.internal.filters.replacement;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * kyaml's {@code PathMatcher}: every node matching a path whose parts are field names, {@code *}
 * (every element of a sequence), {@code [field=regex]} / {@code [=regex]} (elements whose field, or
 * whose own text, matches an unanchored Go regular expression) and element indices; with {@code
 * create}, missing fields, a missing {@code [field=value]} element and the element just past the
 * end are created.
 *
 * <p>Each match carries a way to replace the node where it sits, since kustomize overwrites
 * non-scalar targets in place. Like kyaml, creating under a null value attaches the new nodes to
 * nothing visible: they are remembered as "hidden content" of that null node, which later element
 * walks over the same node do see.
 */
final class PathMatcher {

  /** A matched node and how to put another node in its place. */
  record Match(Node node, Consumer<Node> replace) {}

  private static final Consumer<Node> DETACHED = n -> {};

  private final Kyaml.Create create;

  /** Content appended to null scalars (Go appends to their Content slice; nothing shows it). */
  private final Map<Node, List<Node>> hidden;

  PathMatcher(Kyaml.Create create, Map<Node, List<Node>> hidden) {
    this.create = create;
    this.hidden = hidden == null ? new IdentityHashMap<>() : hidden;
  }

  private boolean isCreate() {
    return create != Kyaml.Create.NONE;
  }

  /** The matches of {@code path} under {@code rn}; empty when nothing matches. */
  List<Match> filter(Node rn, Consumer<Node> replaceRn, List<String> path) {
    if (path.isEmpty()) {
      List<Match> one = new ArrayList<>();
      one.add(new Match(rn, replaceRn));
      return one;
    }
    String p0 = path.get(0);
    if (isIdxNumber(p0)) {
      return doIndexSeq(rn, path);
    }
    if (Kyaml.isListIndex(p0)) {
      return doSeq(rn, path, 0);
    }
    if (p0.equals("*")) {
      return doMatchEvery(rn, path);
    }
    return doField(rn, path);
  }

  private static boolean isIdxNumber(String p) {
    Integer i = Kyaml.atoi(p);
    return i != null && i >= 0;
  }

  private Kyaml.Create pathPartKind(List<String> path) {
    String next = path.size() > 1 ? path.get(1) : "";
    if (Kyaml.isListIndex(next) || isIdxNumber(next)) {
      return Kyaml.Create.SEQUENCE;
    }
    if (next.isEmpty()) {
      return create;
    }
    return Kyaml.Create.MAPPING;
  }

  private static Node newNode(Kyaml.Create kind) {
    return switch (kind) {
      case SEQUENCE -> new SequenceNode(SourcePos.UNKNOWN);
      case MAPPING -> new MappingNode(SourcePos.UNKNOWN);
      default -> ScalarNode.untagged("");
    };
  }

  // --- fields ---

  private List<Match> doField(Node rn, List<String> path) {
    String name = path.get(0);
    Node field;
    Consumer<Node> replace;
    if (name.isEmpty()) {
      // FieldMatcher without a name matches a scalar with empty text (itself).
      if (Kyaml.isMissingOrNull(rn)) {
        field = null;
      } else if (!(rn instanceof ScalarNode)) {
        throw wrongKind(rn, "ScalarNode");
      } else {
        field = Kyaml.value(rn).isEmpty() ? rn : null;
      }
      replace = DETACHED;
    } else {
      MappingNode.Entry e = fieldEntry(rn, name);
      field = e == null ? null : e.value();
      replace = e == null ? DETACHED : e::setValue;
    }
    if (field == null) {
      if (!isCreate()) {
        return List.of();
      }
      field = newNode(pathPartKind(path));
      if (rn instanceof MappingNode m && !Kyaml.isMissingOrNull(rn)) {
        Kyaml.setField(m, name, field);
        MappingNode.Entry created = m.entries().get(m.entries().size() - 1);
        replace = created::setValue;
      } else {
        // FieldSetter on a null node appends the key and value to its content.
        List<Node> content = hidden.computeIfAbsent(rn, k -> new ArrayList<>());
        content.add(ScalarNode.untagged(name));
        content.add(field);
        replace = DETACHED;
      }
    }
    return filter(field, replace, path.subList(1, path.size()));
  }

  /** FieldMatcher{Name}: the first field so named; null when rn is missing or null. */
  private static MappingNode.Entry fieldEntry(Node rn, String name) {
    if (Kyaml.isMissingOrNull(rn)) {
      return null;
    }
    if (!(rn instanceof MappingNode m)) {
      throw wrongKind(rn, "MappingNode");
    }
    return m.entry(name);
  }

  // --- sequences ---

  /** rn.Elements(): a sequence's items, nothing for a null node (but its hidden content). */
  private List<Node> elements(Node rn) {
    if (Kyaml.isMissingOrNull(rn)) {
      List<Node> h = rn == null ? null : hidden.get(rn);
      return h == null ? new ArrayList<>() : new ArrayList<>(h);
    }
    if (!(rn instanceof SequenceNode s)) {
      throw wrongKind(rn, "SequenceNode");
    }
    return new ArrayList<>(s.items());
  }

  private void append(Node rn, Node elem) {
    if (rn instanceof SequenceNode s) {
      s.add(elem);
    } else {
      hidden.computeIfAbsent(rn, k -> new ArrayList<>()).add(elem);
    }
  }

  private static Consumer<Node> itemSetter(Node rn, Node item) {
    if (!(rn instanceof SequenceNode s)) {
      return DETACHED;
    }
    return n -> {
      List<Node> items = s.items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == item) {
          items.set(i, n);
          return;
        }
      }
    };
  }

  private List<Match> doIndexSeq(Node rn, List<String> path) {
    int idx = Kyaml.atoi(path.get(0));
    List<Node> elements = elements(rn);
    if (elements.size() == idx && isCreate()) {
      Node elem = newNode(pathPartKind(path));
      append(rn, elem);
      elements.add(elem);
    }
    if (elements.size() < idx + 1) {
      throw new KustomizeException(
          "index " + idx + " specified but only " + elements.size() + " elements found");
    }
    Node element = elements.get(idx);
    return filter(element, itemSetter(rn, element), path.subList(1, path.size()));
  }

  private List<Match> doMatchEvery(Node rn, List<String> path) {
    List<Match> val = new ArrayList<>();
    for (Node elem : elements(rn)) {
      val.addAll(filter(elem, itemSetter(rn, elem), path.subList(1, path.size())));
    }
    return val;
  }

  private List<Match> doSeq(Node rn, List<String> path, int depth) {
    String[] nv = Kyaml.splitIndexNameValue(path.get(0));
    String field = nv[0];
    String regex = nv[1];
    boolean primitive = field.isEmpty();
    List<Match> val = new ArrayList<>();
    for (Node elem : elements(rn)) {
      Pattern p = compile(regex);
      if (primitive) {
        String str = NodeText.of(elem).strip();
        if (p.matcher(str).find()) {
          val.add(new Match(elem, itemSetter(rn, elem)));
        }
        continue;
      }
      if (!(elem instanceof MappingNode m)) {
        continue;
      }
      Node fv = m.get(field);
      if (fv == null) {
        continue;
      }
      String str = NodeText.of(fv).strip();
      if (!p.matcher(str).find()) {
        continue;
      }
      val.addAll(filter(elem, itemSetter(rn, elem), path.subList(1, path.size())));
    }
    if (!isCreate() || !val.isEmpty() || depth > 0) {
      return val;
    }
    ScalarNode valueNode = ScalarNode.untagged(regex);
    Node elem;
    if (primitive) {
      elem = valueNode;
    } else {
      MappingNode m = new MappingNode(SourcePos.UNKNOWN);
      m.entries().add(new MappingNode.Entry(ScalarNode.untagged(field), valueNode));
      elem = m;
    }
    append(rn, elem);
    // re-do the search; this time it finds the element just created
    return doSeq(rn, path, depth + 1);
  }

  /** Go's regexp.Compile, as a Java pattern (RE2 syntax is close enough for field values). */
  static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new KustomizeException(
          "error parsing regexp: " + e.getDescription() + ": `" + regex + "`");
    }
  }

  /** kyaml's InvalidNodeKindError. */
  static KustomizeException wrongKind(Node rn, String expected) {
    return new KustomizeException(
        rn.pos(),
        null,
        "wrong node kind: expected "
            + expected
            + " but got "
            + Kyaml.kindName(rn)
            + ": node contents:\n"
            + NodeText.of(rn));
  }
}
