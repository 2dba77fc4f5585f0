package dev.hops.kustomize.internal.filters.replacement;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.RId;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.types.LabelSelector;
import dev.hops.kustomize.internal.types.Replacement;
import dev.hops.kustomize.internal.types.Selector;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * kustomize's replacement filter ({@code api/filters/replacement}) and the loading rules of the
 * kustomization's {@code replacements:} field (ReplacementTransformer): copy the value of one field
 * of exactly one source object into fields of the selected target objects.
 *
 * <p>Source and target selection compare ids exactly (no regular expressions), over each object's
 * current id and every previous id (names before prefixes, suffixes, namespace changes); those ids
 * are never considered cluster-scoped, so an empty namespace equals {@code default}. A scalar
 * target keeps its tag and style and only takes the value's text; other targets are replaced by a
 * copy of the value node.
 */
public final class Replacements {

  public static final String DEFAULT_FIELD_PATH = "metadata.name";

  private Replacements() {}

  // --- loading ---

  /**
   * The replacements of a kustomization's {@code replacements:} entries, in order: an entry is a
   * replacement written inline or {@code {path: file}}, whose file holds one replacement or a list
   * of them. {@code readFile} loads a path (relative to the kustomization) and throws when it
   * cannot.
   */
  public static List<Replacement> load(List<Node> entries, Function<String, String> readFile) {
    return ReplacementLoader.load(entries, readFile);
  }

  // --- applying ---

  /** Applies every replacement in order to {@code resources}, changing them in place. */
  public static void apply(List<Res> resources, List<Replacement> replacements) {
    Map<Node, List<Node>> hidden = new IdentityHashMap<>();
    for (Replacement r : replacements) {
      if (r.source() == null || r.targets() == null) {
        throw new KustomizeException(
            r.pos(), null, "replacements must specify a source and at least one target");
      }
      try {
        Node value = getReplacement(resources, r.source());
        applyReplacement(resources, value, r.targets(), hidden);
      } catch (KustomizeException e) {
        if (!e.pos().isKnown() && r.pos().isKnown()) {
          throw new KustomizeException(r.pos(), e.object(), e.reason(), e);
        }
        throw e;
      }
    }
  }

  private static Node getReplacement(List<Res> nodes, Replacement.Source source) {
    Res src = selectSourceNode(nodes, source);
    String fp = source.fieldPath().isEmpty() ? DEFAULT_FIELD_PATH : source.fieldPath();
    List<String> fieldPath = PathSplitter.smarter(fp, ".");
    Node rn;
    try {
      rn = lookup(src.node(), fieldPath);
    } catch (HopsException e) {
      throw new KustomizeException(
          src.source(), null, "error looking up replacement source: " + e.reason());
    }
    if (rn == null || rn.isNullOrEmpty()) {
      throw new KustomizeException(
          "fieldPath `"
              + fp
              + "` is missing for replacement source "
              + sourceId(source).legacyString());
    }
    return refinedValue(source.options(), rn);
  }

  /** kyaml's Lookup (PathGetter without create), with kyaml's error messages. */
  static Node lookup(Node rn, List<String> rawPath) {
    Node match = rn;
    for (String part : Kyaml.cleanPath(rawPath)) {
      match = lookupStep(match, part);
      if (match == null) {
        return null;
      }
    }
    return match;
  }

  private static Node lookupStep(Node match, String part) {
    Integer idx = Kyaml.atoi(part);
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
    if (Kyaml.isListIndex(part)) {
      String[] nv = Kyaml.splitIndexNameValue(part);
      if (Kyaml.isMissingOrNull(match)) {
        return null;
      }
      if (!(match instanceof SequenceNode)) {
        throw PathMatcher.wrongKind(match, "SequenceNode");
      }
      return Kyaml.elementMatch(match, nv[0], nv[1], false);
    }
    if (Kyaml.isMissingOrNull(match)) {
      return null;
    }
    if (!(match instanceof MappingNode m)) {
      throw PathMatcher.wrongKind(match, "MappingNode");
    }
    return m.get(part);
  }

  private static Node elementByIndex(Node rn, int idx) {
    if (Kyaml.isMissingOrNull(rn)) {
      return null;
    }
    if (!(rn instanceof SequenceNode s)) {
      throw PathMatcher.wrongKind(rn, "SequenceNode");
    }
    if (idx == -1) {
      return s.isEmpty() ? null : s.get(s.size() - 1);
    }
    return idx < s.size() ? s.get(idx) : null;
  }

  private static RId sourceId(Replacement.Source s) {
    return new RId(s.gvk(), s.name(), s.namespace(), false);
  }

  private static RId selectorId(Selector s) {
    return new RId(s.gvk(), s.name(), s.namespace(), false);
  }

  /** SourceSelector.String(). */
  static String describe(Replacement.Source s) {
    StringBuilder sb = new StringBuilder(sourceId(s).legacyString());
    if (!s.fieldPath().isEmpty()) {
      sb.append(':').append(s.fieldPath());
    }
    Replacement.Options o = s.options();
    if (o != null && (!o.delimiter().isEmpty() || o.create())) {
      sb.append(':')
          .append(o.delimiter())
          .append('(')
          .append(o.index())
          .append("), create=")
          .append(o.create());
    }
    return sb.toString();
  }

  private static Res selectSourceNode(List<Res> nodes, Replacement.Source selector) {
    RId sel = sourceId(selector);
    Res match = null;
    for (Res n : nodes) {
      for (RId id : resIds(n)) {
        if (id.isSelectedBy(sel)) {
          if (match != null) {
            throw new KustomizeException("multiple matches for selector " + describe(selector));
          }
          match = n;
          break;
        }
      }
    }
    if (match == null) {
      throw new KustomizeException("nothing selected by " + describe(selector));
    }
    return match;
  }

  /** utils.MakeResIds: the current id and the previous ones, none cluster-scoped. */
  static List<RId> resIds(Res r) {
    List<RId> ids = new ArrayList<>();
    MappingNode node = r.node();
    String apiVersion = Kyaml.value(node == null ? null : node.get("apiVersion"));
    ids.add(new RId(Gvk.of(apiVersion, r.getKind()), r.getName(), r.getNamespace(), false));
    try {
      ids.addAll(r.prevIds());
    } catch (KustomizeException e) {
      throw new KustomizeException(r.source(), null, "error getting node IDs: " + e.reason());
    }
    return ids;
  }

  private static Node refinedValue(Replacement.Options options, Node rn) {
    if (options == null || options.delimiter().isEmpty()) {
      return rn;
    }
    if (!(rn instanceof ScalarNode)) {
      throw new KustomizeException("delimiter option can only be used with scalar nodes");
    }
    List<String> value = PathSplitter.goSplit(Kyaml.value(rn), options.delimiter());
    if (options.index() >= value.size() || options.index() < 0) {
      throw new KustomizeException(
          "options.index " + options.index() + " is out of bounds for value " + Kyaml.value(rn));
    }
    ScalarNode n = (ScalarNode) rn.copy();
    n.setValue(value.get(options.index()));
    return n;
  }

  private static void applyReplacement(
      List<Res> nodes, Node value, List<Replacement.Target> targets, Map<Node, List<Node>> hidden) {
    for (Replacement.Target selector : targets) {
      if (selector == null) {
        throw new KustomizeException(
            "runtime error: invalid memory address or nil pointer dereference");
      }
      if (selector.select() == null) {
        throw new KustomizeException("target must specify resources to select");
      }
      List<String> fieldPaths =
          selector.fieldPaths().isEmpty() ? List.of(DEFAULT_FIELD_PATH) : selector.fieldPaths();
      RId select = selectorId(selector.select());
      for (Res possibleTarget : nodes) {
        List<RId> ids = resIds(possibleTarget);
        if (!selectByAnnoAndLabel(possibleTarget, selector)) {
          continue;
        }
        for (RId id : ids) {
          if (id.isSelectedBy(select) && !containsRejectId(selector.reject(), ids)) {
            copyValueToTarget(possibleTarget, value, selector, fieldPaths, hidden);
            break;
          }
        }
      }
    }
  }

  private static boolean selectByAnnoAndLabel(Res n, Replacement.Target t) {
    if (!matchesAnnoAndLabelSelector(n, t.select())) {
      return false;
    }
    for (Selector reject : t.reject()) {
      if (reject == null) {
        throw new KustomizeException(
            "runtime error: invalid memory address or nil pointer dereference");
      }
      if (reject.annotationSelector().isEmpty() && reject.labelSelector().isEmpty()) {
        continue;
      }
      if (matchesAnnoAndLabelSelector(n, reject)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAnnoAndLabelSelector(Res n, Selector selector) {
    boolean annoMatch =
        LabelSelector.parse(selector.annotationSelector()).matches(n.getAnnotations());
    boolean labelMatch = LabelSelector.parse(selector.labelSelector()).matches(n.getLabels());
    return annoMatch && labelMatch;
  }

  private static boolean containsRejectId(List<Selector> rejects, List<RId> ids) {
    for (Selector r : rejects) {
      RId rid = selectorId(r);
      if (isEmpty(rid)) {
        continue;
      }
      for (RId id : ids) {
        if (id.isSelectedBy(rid)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isEmpty(RId id) {
    return id.name().isEmpty()
        && id.namespace().isEmpty()
        && id.gvk().group().isEmpty()
        && id.gvk().version().isEmpty()
        && id.gvk().kind().isEmpty();
  }

  private static void copyValueToTarget(
      Res target,
      Node value,
      Replacement.Target selector,
      List<String> fieldPaths,
      Map<Node, List<Node>> hidden) {
    Replacement.Options options = selector.options();
    for (String fp : fieldPaths) {
      Kyaml.Create createKind = Kyaml.Create.NONE;
      if (options != null && options.create()) {
        createKind = kindOf(value);
      }
      boolean isCreate = createKind != Kyaml.Create.NONE;
      List<PathMatcher.Match> targetFields;
      try {
        targetFields =
            new PathMatcher(createKind, hidden)
                .filter(target.node(), n -> {}, PathSplitter.smarter(fp, "."));
      } catch (KustomizeException e) {
        throw new KustomizeException(
            e.pos().isKnown() ? e.pos() : target.source(),
            target.curId().toString(),
            fieldRetrievalError(fp, isCreate) + ": " + e.reason());
      }
      if (targetFields.isEmpty()) {
        throw new KustomizeException(
            target.source(), target.curId().toString(), fieldRetrievalError(fp, isCreate));
      }
      for (PathMatcher.Match t : targetFields) {
        setFieldValue(options, t, value);
      }
    }
  }

  private static Kyaml.Create kindOf(Node n) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof MappingNode) {
      return Kyaml.Create.MAPPING;
    }
    return n instanceof SequenceNode ? Kyaml.Create.SEQUENCE : Kyaml.Create.SCALAR;
  }

  private static String fieldRetrievalError(String fieldPath, boolean isCreate) {
    String q = dev.hops.kustomize.internal.filters.jsonpatch.GoJson.quote(fieldPath);
    if (isCreate) {
      return "unable to find or create field " + q + " in replacement target";
    }
    return "unable to find field " + q + " in replacement target";
  }

  private static void setFieldValue(
      Replacement.Options options, PathMatcher.Match target, Node original) {
    Node value = original.copy();
    Node t = target.node();
    // the value's text (yaml.Node.Value; empty for a mapping or a sequence)
    String text = value instanceof ScalarNode s ? s.value() : "";
    if (options != null && !options.delimiter().isEmpty()) {
      if (!(t instanceof ScalarNode ts)) {
        throw new KustomizeException("delimiter option can only be used with scalar nodes");
      }
      List<String> tv = new ArrayList<>(PathSplitter.goSplit(ts.value(), options.delimiter()));
      String v = Kyaml.value(value);
      if (options.index() < 0) {
        tv.add(0, v);
      } else if (options.index() >= tv.size()) {
        tv.add(v);
      } else {
        tv.set(options.index(), v);
      }
      text = String.join(options.delimiter(), tv);
      if (value instanceof ScalarNode s) {
        s.setValue(text);
      }
    }
    if (t instanceof ScalarNode ts) {
      // only the text is copied: the target keeps its tag and style
      ts.setValue(text);
    } else {
      target.replace().accept(value);
    }
  }

  /** Where a replacement was written, for error messages. */
  static SourcePos posOf(Node n) {
    return n == null ? SourcePos.UNKNOWN : n.pos();
  }
}
