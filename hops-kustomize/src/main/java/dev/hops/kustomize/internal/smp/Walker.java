package dev.hops.kustomize.internal.smp;

import dev.hops.kustomize.internal.openapi.OpenApiSchema;
import dev.hops.kustomize.internal.openapi.ResourceSchema;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A port of kyaml's {@code walk.Walker} with merge2's {@code Merger} as its visitor, as {@code
 * merge2.Merge} runs it: sources {@code [dest, patch]}, {@code InferAssociativeLists} off, lists
 * growing by {@code MergeOptionsListPrepend}. Nodes of the patch end up in the result; the dest
 * (the resource) is edited in place.
 */
final class Walker {

  private static final int DEST = 0;
  private static final int ORIGIN = 1;

  /** State shared by the walkers of one merge. */
  static final class Context {
    final OpenApiSchema openApi;

    /** Null nodes kyaml marks {@code ShouldKeep} (explicit nulls of the dest to be preserved). */
    final Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());

    Context(OpenApiSchema openApi) {
      this.openApi = openApi;
    }
  }

  private final Context ctx;
  private ResourceSchema schema;
  private final Node[] sources;

  Walker(Context ctx, ResourceSchema schema, Node[] sources) {
    this.ctx = ctx;
    this.schema = schema;
    this.sources = sources;
  }

  private Node dest() {
    return sources[DEST];
  }

  private Node origin() {
    return sources[ORIGIN];
  }

  /** {@code Walker.Kind}: the kind of the first source that is neither missing nor null. */
  private KNodes.Kind kind() {
    for (Node s : sources) {
      if (!KNodes.isMissingOrNull(s)) {
        return KNodes.kind(s);
      }
    }
    return KNodes.Kind.NONE;
  }

  Node walk() {
    schema = getSchema();
    return switch (kind()) {
      case MAPPING -> {
        KNodes.errorIfAnyInvalidAndNonNull(KNodes.Kind.MAPPING, sources);
        yield walkMap();
      }
      case SEQUENCE -> {
        KNodes.errorIfAnyInvalidAndNonNull(KNodes.Kind.SEQUENCE, sources);
        // schema.IsAssociative with InferAssociativeLists off: only a schema can tell
        if (schema != null && schema.hasMergeStrategy()) {
          yield walkAssociativeSequence();
        }
        yield visitList(false);
      }
      case SCALAR -> {
        KNodes.errorIfAnyInvalidAndNonNull(KNodes.Kind.SCALAR, sources);
        yield visitScalar();
      }
      case NONE -> walkMap();
    };
  }

  /**
   * {@code Walker.GetSchema}: the schema handed down, else the schema of the type named by the
   * {@code apiVersion} and {@code kind} of the first source that has both. (kyaml would first look
   * for a schema in the nodes' comments; comments are not kept here.)
   */
  private ResourceSchema getSchema() {
    if (schema != null) {
      return schema;
    }
    for (Node r : sources) {
      if (KNodes.isMissingOrNull(r)) {
        continue;
      }
      String kind = metaValue(r, "kind");
      String apiVersion = metaValue(r, "apiVersion");
      if (kind.isEmpty() || apiVersion.isEmpty()) {
        continue;
      }
      ResourceSchema s = ctx.openApi.schemaForResourceType(apiVersion, kind);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String metaValue(Node r, String field) {
    Node v = KNodes.fieldValue(r, field);
    return KNodes.isNilOrEmpty(v) ? "" : KNodes.getValue(v);
  }

  // ---------------------------------------------------------------- maps

  private Node walkMap() {
    Node dest = visitMap();
    sources[DEST] = dest;
    if (dest == null) {
      return null;
    }
    for (String key : fieldNames()) {
      ResourceSchema s = schema != null ? schema.field(key) : null;
      Node[] fv = new Node[sources.length];
      for (int i = 0; i < sources.length; i++) {
        fv[i] = sources[i] == null ? null : KNodes.fieldValue(sources[i], key);
      }
      Node val = new Walker(ctx, s, fv).walk();
      setField(dest, key, val);
    }
    return dest;
  }

  /** {@code Walker.fieldNames}: the field names of all sources, sorted as Go sorts strings. */
  private List<String> fieldNames() {
    Set<String> names = new HashSet<>();
    for (Node s : sources) {
      if (s instanceof MappingNode m) {
        for (MappingNode.Entry e : m.entries()) {
          names.add(KNodes.keyText(e));
        }
      }
    }
    if (names.isEmpty()) {
      return List.of();
    }
    TreeSet<String> sorted = new TreeSet<>(Walker::compareGo);
    sorted.addAll(names);
    return new ArrayList<>(sorted);
  }

  /** Go's string order: byte-wise UTF-8, which is code point order. */
  static int compareGo(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** merge2 {@code Merger.VisitMap}. */
  private Node visitMap() {
    Node dest = dest();
    Node origin = origin();
    if (KNodes.isMissingOrNull(dest)) {
      // Add
      SmpDirective ps = SmpDirective.determineIgnoringErrors(origin);
      if (ps == SmpDirective.DELETE) {
        return null;
      }
      // If Origin is missing, preserve explicitly set null in Dest ("null", "~", etc)
      if (origin == null && dest != null && !KNodes.yValue(dest).isEmpty()) {
        ScalarNode keep =
            new ScalarNode(KNodes.yValue(dest), Tags.NULL, ScalarStyle.PLAIN, false, dest.pos());
        ctx.keep.add(keep);
        return keep;
      }
      return origin;
    }
    if (KNodes.isTaggedNull(origin)) {
      return null; // clear the value
    }
    return switch (SmpDirective.determine(origin)) {
      case DELETE -> null;
      case REPLACE -> origin;
      default -> dest;
    };
  }

  /** merge2 {@code Merger.VisitScalar}. */
  private Node visitScalar() {
    return origin() != null ? origin() : dest();
  }

  /** merge2 {@code Merger.VisitList}. */
  private Node visitList(boolean associative) {
    Node dest = dest();
    Node origin = origin();
    if (!associative) {
      return origin != null ? origin : dest;
    }
    if (KNodes.isMissingOrNull(dest)) {
      return origin;
    }
    if (KNodes.isTaggedNull(origin)) {
      return null;
    }
    return switch (SmpDirective.determine(origin)) {
      case DELETE -> null;
      case REPLACE -> origin;
      default -> dest;
    };
  }

  /**
   * {@code FieldSetter{Name: key, Value: val}} on the merged map: clears the field for a nil or
   * null value (unless it is a kept null), else replaces the field's value (taking the style of the
   * value it replaces, as kyaml does) or appends the field.
   */
  private void setField(Node dest, String key, Node val) {
    // strings YAML 1.1 would read as something else are double-quoted (the style stays when the
    // node is the field's own value, e.g. an unchanged field, and so affects later patches)
    if (val instanceof ScalarNode s
        && s.style() == ScalarStyle.PLAIN
        && !s.explicitTag()
        && Tags.STR.equals(s.tag())
        && Yaml11.isValueNonString(s.value())) {
      s.setStyle(ScalarStyle.DOUBLE_QUOTED);
    }
    if (val == null || KNodes.isTaggedNull(val) && !ctx.keep.contains(val)) {
      KNodes.clear(dest, key);
      return;
    }
    KNodes.errorIfInvalid(dest, KNodes.Kind.MAPPING);
    if (!(dest instanceof MappingNode map)) {
      throw new SmpException("cannot set field " + key + " on a null node");
    }
    MappingNode.Entry existing = KNodes.field(map, key);
    if (existing != null) {
      takeStyle(val, existing.value());
      assign(existing, val);
      return;
    }
    map.entries().add(new MappingNode.Entry(ScalarNode.ofString(key), val));
  }

  /**
   * kyaml's {@code field.SetYNode(val)}: {@code *field = *val}, the value's content copied into the
   * field's node, which keeps its identity (so the patch's node stays apart from the resource's).
   * Between nodes of different kinds the value itself takes the field's place.
   */
  private static void assign(MappingNode.Entry field, Node val) {
    Node old = field.value();
    if (old == val) {
      return;
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (old instanceof ScalarNode o && val instanceof ScalarNode v) {
      o.setValue(v.value());
      o.setTag(v.tag());
      o.setStyle(v.style());
      o.setExplicitTag(v.explicitTag());
    } else if (old instanceof MappingNode o && val instanceof MappingNode v) {
      List<MappingNode.Entry> entries = new ArrayList<>(v.entries());
      o.entries().clear();
      o.entries().addAll(entries);
      o.setTag(v.tag());
      o.setFlow(v.flow());
    } else if (old instanceof SequenceNode o && val instanceof SequenceNode v) {
      List<Node> items = new ArrayList<>(v.items());
      o.items().clear();
      o.items().addAll(items);
      o.setTag(v.tag());
      o.setFlow(v.flow());
    } else {
      field.setValue(val);
    }
  }

  /**
   * kyaml copies the style of the node being replaced onto its replacement ({@code
   * s.Value.YNode().Style = field.YNode().Style}); kustomize then writes the result out as text, so
   * a number replacing a quoted string becomes a string. The tag is settled accordingly.
   */
  private static void takeStyle(Node val, Node old) {
    if (val == old) {
      return;
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (val instanceof ScalarNode s) {
      if (old instanceof ScalarNode o) {
        s.setStyle(o.style());
        s.setExplicitTag(o.explicitTag());
      } else {
        s.setStyle(ScalarStyle.PLAIN);
        s.setExplicitTag(false);
      }
      KNodes.settleTag(s);
    } else if (val instanceof MappingNode m) {
      m.setFlow(
          old instanceof MappingNode om ? om.flow() : old instanceof SequenceNode os && os.flow());
    } else {
      SequenceNode q = (SequenceNode) val;
      q.setFlow(
          old instanceof SequenceNode os ? os.flow() : old instanceof MappingNode om && om.flow());
    }
  }

  // ---------------------------------------------------------------- associative lists

  private Node walkAssociativeSequence() {
    Node dest = visitList(true);
    sources[DEST] = dest;
    if (dest == null) {
      return null;
    }
    // the merge key(s) from the schema; with InferAssociativeLists off there always is a
    // schema with a patch strategy here, so kyaml's key inference never runs
    List<String> keys = schema != null ? schema.patchKeys() : List.of();
    List<List<String>> values = elementValues(keys);
    if (!values.isEmpty() || !keys.isEmpty()) {
      return setAssociativeSequenceElements(values, keys, dest);
    }
    // primitive associative list -- merge the values
    return setAssociativeSequenceElements(elementPrimitiveValues(), List.of(""), dest);
  }

  /**
   * {@code elementValues}: each element's values for the keys, patch elements first, without
   * duplicates or empty lists.
   */
  private List<List<String>> elementValues(List<String> keys) {
    List<List<String>> out = new ArrayList<>();
    for (Node src : prependOrder()) {
      if (src == null) {
        continue;
      }
      for (List<String> s : KNodes.elementValuesList(src, keys)) {
        if (s.isEmpty() || out.contains(s)) {
          continue;
        }
        out.add(s);
      }
    }
    return out;
  }

  /** {@code elementPrimitiveValues}: the distinct values of all items, patch items first. */
  private List<List<String>> elementPrimitiveValues() {
    List<List<String>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node src : prependOrder()) {
      if (src == null) {
        continue;
      }
      for (Node item : KNodes.items(src)) {
        String v = KNodes.yValue(item);
        if (seen.add(v)) {
          out.add(List.of(v));
        }
      }
    }
    return out;
  }

  /** With {@code ListIncreaseDirection: Prepend}, sources are read patch first. */
  private Node[] prependOrder() {
    Node[] order = new Node[sources.length];
    for (int i = 0; i < sources.length; i++) {
      order[i] = sources[(i + 1) % sources.length];
    }
    return order;
  }

  private Node setAssociativeSequenceElements(
      List<List<String>> valuesList, List<String> keys, Node dest) {
    SequenceNode itemsToBeAdded = new SequenceNode(SourcePos.UNKNOWN);
    ResourceSchema elementSchema = schema != null ? schema.elements() : null;
    if (keys.size() > 1) {
      valuesList = mergeValues(valuesList);
    }
    List<String> validKeys = null;
    for (List<String> values : valuesList) {
      if (values.isEmpty()) {
        continue;
      }
      List<String>[] valid = validateKeys(valuesList, values, keys);
      validKeys = valid[0];
      List<String> validValues = valid[1];
      Node val = new Walker(ctx, elementSchema, elementValueList(validKeys, validValues)).walk();

      boolean exit = false;
      for (int i = 0; i < validKeys.size(); i++) {
        String key = validKeys.get(i);
        if (KNodes.isMissingOrNull(val) || KNodes.isEmptyMap(val)) {
          // delete the node from **dest** if it's null or empty
          KNodes.elementSetter(dest, null, validKeys, validValues);
          exit = true;
        } else if (KNodes.field(val, key) == null && !validValues.get(i).isEmpty()) {
          // make sure the key is set on the field
          setKeyField(val, key, validValues.get(i));
        }
      }
      if (exit) {
        continue;
      }
      KNodes.elementSetter(itemsToBeAdded, val, validKeys, validValues);
    }
    Node result = dest;
    if (!valuesList.isEmpty()) {
      // items from patches are prepended: the dest is appended to itemsToBeAdded
      result = appendListNode(itemsToBeAdded, dest, validKeys);
    }
    if (KNodes.isMissingOrNull(result)) {
      return null;
    }
    return result;
  }

  /** {@code val.Pipe(SetField(key, NewScalarRNode(value)))}. */
  private static void setKeyField(Node val, String key, String value) {
    if (key.isEmpty()) {
      // FieldSetter without a name replaces the scalar itself: *val = *NewScalarRNode(value),
      // keeping val's style; the new node has no tag, so it resolves from its text when plain
      KNodes.errorIfInvalid(val, KNodes.Kind.SCALAR);
      if (val instanceof ScalarNode s) {
        s.setValue(value);
        s.setExplicitTag(false);
        s.setTag(s.style() == ScalarStyle.PLAIN ? ScalarNode.ofPlain(value).tag() : Tags.STR);
      }
      return;
    }
    if (KNodes.isMissingOrNull(val)) {
      return;
    }
    KNodes.errorIfInvalid(val, KNodes.Kind.MAPPING);
    // a new untagged scalar: quoted when YAML 1.1 would not read it as a string
    ScalarNode scalar;
    if (Yaml11.isValueNonString(value)) {
      scalar = ScalarNode.ofString(value);
      scalar.setStyle(ScalarStyle.DOUBLE_QUOTED);
    } else {
      scalar = ScalarNode.ofPlain(value);
    }
    ((MappingNode) val).entries().add(new MappingNode.Entry(ScalarNode.ofString(key), scalar));
  }

  /** {@code elementValueList}: each source's element matching the keys' values. */
  private Node[] elementValueList(List<String> keys, List<String> values) {
    List<String>[] valid = validateKeys(List.of(values), values, keys);
    Node[] fields = new Node[sources.length];
    for (int i = 0; i < sources.length; i++) {
      fields[i] = sources[i] == null ? null : KNodes.elementList(sources[i], valid[0], valid[1]);
    }
    return fields;
  }

  /**
   * {@code validateKeys}: the keys that have a value in some element of the list (all keys when
   * none has), and the given values for those keys.
   */
  @SuppressWarnings("unchecked")
  static List<String>[] validateKeys(
      List<List<String>> valuesList, List<String> values, List<String> keys) {
    Set<String> validKeySet = new HashSet<>();
    for (List<String> vs : valuesList) {
      for (int i = 0; i < vs.size(); i++) {
        if (!vs.get(i).isEmpty()) {
          validKeySet.add(keys.get(i));
        }
      }
    }
    if (validKeySet.isEmpty()) {
      return new List[] {keys, values};
    }
    List<String> validKeys = new ArrayList<>();
    for (String k : keys) {
      if (validKeySet.contains(k)) {
        validKeys.add(k);
      }
    }
    List<String> validValues = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (!v.isEmpty() || validKeySet.contains(keys.get(i))) {
        validValues.add(v);
      }
    }
    return new List[] {validKeys, validValues};
  }

  /**
   * {@code mergeValues}: value lists that agree where both have a value are unified (a port {@code
   * [80, ""]} and a port {@code [80, TCP]} both become {@code [80, TCP]}).
   */
  static List<List<String>> mergeValues(List<List<String>> valuesList) {
    List<List<String>> list = new ArrayList<>(valuesList);
    for (int i = 0; i < list.size(); i++) {
      // Go's range variable: values1 keeps the list's entry as it was when the outer step began
      List<String> values1 = list.get(i);
      for (int j = 0; j < list.size(); j++) {
        List<String> merged = match(values1, list.get(j));
        if (merged != null) {
          list.set(i, merged);
          list.set(j, merged);
        }
      }
    }
    return list;
  }

  private static List<String> match(List<String> values1, List<String> values2) {
    if (values1.size() != values2.size()) {
      return null;
    }
    boolean common = false;
    List<String> res = new ArrayList<>(values1.size());
    for (int i = 0; i < values1.size(); i++) {
      String a = values1.get(i);
      String b = values2.get(i);
      if (a.equals(b)) {
        common = true;
        res.add(a);
        continue;
      }
      if (!a.isEmpty() && !b.isEmpty()) {
        return null;
      }
      res.add(a.isEmpty() ? b : a);
    }
    return common ? res : null;
  }

  /**
   * {@code appendListNode(dst, src, keys)}: sets each element of {@code src} into {@code dst} by
   * its key values, replacing the matching element or appending.
   */
  private static Node appendListNode(SequenceNode dst, Node src, List<String> keys) {
    for (Node elem : new ArrayList<>(KNodes.items(src))) {
      if (keys.get(0).isEmpty()) {
        KNodes.elementSetter(dst, elem, List.of(""), List.of(KNodes.yValue(elem)));
        continue;
      }
      List<String> v = new ArrayList<>(keys.size());
      for (String key : keys) {
        Node valueNode = KNodes.get(elem, key);
        if (valueNode == null) {
          // no key found, directly append to dst
          dst.items().add(elem);
          continue;
        }
        v.add(KNodes.yValue(valueNode));
      }
      // with several keys, ElementSetter would append a duplicate: remove the match first
      if (keys.size() > 1) {
        KNodes.elementSetter(dst, null, keys, v);
      }
      KNodes.elementSetter(dst, elem, keys, v);
    }
    return dst;
  }
}
