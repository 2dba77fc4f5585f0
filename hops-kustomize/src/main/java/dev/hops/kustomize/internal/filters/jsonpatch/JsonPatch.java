package dev.hops.kustomize.internal.filters.jsonpatch;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 6902 JSON patch, decoded and applied exactly as evanphx/json-patch v4.12.0 does (what
 * kustomize v5.5.0 uses): negative indices, {@code -} for appending, its error messages and its
 * quirks (a {@code replace} of a missing object key adds it, a {@code copy} from a missing key
 * copies null, a {@code replace} of the whole document with a scalar does nothing).
 *
 * <p>{@link #apply(MappingNode)} is kustomize's patchjson6902 filter: the object becomes JSON as
 * Go's yaml.v3 decodes it, the patch is applied, and the object is rebuilt from the JSON the way
 * kyaml's {@code RNode.UnmarshalJSON} does (every number goes through float64, keys come back
 * sorted, see {@link GoToNode}).
 */
public final class JsonPatch {

  private final List<Map<String, String>> ops;
  private final SourcePos pos;

  private JsonPatch(List<Map<String, String>> ops, SourcePos pos) {
    this.ops = ops;
    this.pos = pos == null ? SourcePos.UNKNOWN : pos;
  }

  /**
   * kustomize's jsonPatchFromBytes: the text is JSON when it starts with {@code [}, otherwise YAML
   * converted as sigs.k8s.io/yaml's YAMLToJSON does; then the patch is decoded. Throws when the
   * text is empty or not a list of operations.
   */
  public static JsonPatch parse(String text, SourcePos pos) {
    if (text.isEmpty()) {
      throw new KustomizeException(pos, null, "empty json patch operations");
    }
    String json = text;
    if (text.charAt(0) != '[') {
      try {
        json = YamlToJson.convert(text, pos == null ? "" : pos.file());
      } catch (HopsException e) {
        throw new KustomizeException(pos, null, e.reason(), e);
      }
    }
    return decode(json, pos);
  }

  /** jsonpatch.DecodePatch: json.Unmarshal of the text into a list of operations. */
  public static JsonPatch decode(String json, SourcePos pos) {
    try {
      GoJson.checkValid(json);
    } catch (GoJson.JsonError e) {
      throw new KustomizeException(pos, null, e.getMessage());
    }
    GoJson.Type t = GoJson.typeOf(json);
    if (t == GoJson.Type.NULL) {
      return new JsonPatch(List.of(), pos);
    }
    if (t != GoJson.Type.ARRAY) {
      throw new KustomizeException(
          pos,
          null,
          "json: cannot unmarshal " + t.goName() + " into Go value of type jsonpatch.Patch");
    }
    List<Map<String, String>> ops = new ArrayList<>();
    for (String raw : GoJson.rawElements(json)) {
      if (raw == null) {
        ops.add(Collections.emptyMap());
        continue;
      }
      GoJson.Type et = GoJson.typeOf(raw);
      if (et != GoJson.Type.OBJECT) {
        throw new KustomizeException(
            pos,
            null,
            "json: cannot unmarshal " + et.goName() + " into Go value of type jsonpatch.Operation");
      }
      ops.add(GoJson.rawMembers(raw));
    }
    return new JsonPatch(ops, pos);
  }

  /** The number of operations. */
  public int size() {
    return ops.size();
  }

  public SourcePos pos() {
    return pos;
  }

  // --- applying ---

  /**
   * The patchjson6902 filter on one object: returns the object rebuilt from the patched JSON (the
   * argument itself is not changed).
   */
  public MappingNode apply(MappingNode resource) {
    checkStringKeys(resource, true);
    String json;
    try {
      json = KustomizeYaml.toJson(resource);
    } catch (IllegalArgumentException e) {
      throw new KustomizeException(resource.pos(), null, e.getMessage());
    }
    Object result;
    try {
      result = applyToGo(json);
    } catch (PatchError | GoJson.JsonError e) {
      throw new KustomizeException(pos, null, e.getMessage());
    }
    if (result == null) {
      // json.Unmarshal of null leaves the map nil; yaml.v3 marshals it as {}.
      return GoToNode.fromMap(new LinkedHashMap<>());
    }
    if (!(result instanceof Map<?, ?> m)) {
      String type = result instanceof List<?> ? "array" : "?";
      throw new KustomizeException(
          pos,
          null,
          "json: cannot unmarshal " + type + " into Go value of type map[string]interface {}");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) m;
    return GoToNode.fromMap(map);
  }

  /**
   * yaml.v3 decodes a nested mapping whose keys are not all strings into a
   * map[interface{}]interface{}, which encoding/json refuses.
   */
  private static void checkStringKeys(Node n, boolean root) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (!root
            && !(e.key() instanceof ScalarNode k
                && (k.effectiveTag().equals(Tags.STR) || k.effectiveTag().equals(Tags.MERGE)))) {
          throw new KustomizeException(
              e.key().pos(), null, "json: unsupported type: map[interface {}]interface {}");
        }
        checkStringKeys(e.value(), false);
      }
    } else if (n instanceof SequenceNode s) {
      for (Node item : s.items()) {
        checkStringKeys(item, false);
      }
    } // a scalar has no keys
  }

  /** Patch.Apply on a JSON document; returns the patched JSON as Go marshals it. */
  public String applyJson(String doc) {
    State st = start(doc);
    run(st);
    return st.root.marshal();
  }

  private Object applyToGo(String doc) {
    State st = start(doc);
    run(st);
    return st.root.toGo();
  }

  private static State start(String doc) {
    GoJson.checkValid(doc);
    State st = new State();
    if (doc.charAt(0) == '[') {
      st.root = LazyNode.ofAry(LazyNode.elements(doc));
    } else {
      st.root = LazyNode.ofDoc(LazyNode.members(doc));
    }
    return st;
  }

  /** The patched document: the container the operations work on (replaced by replace ""). */
  private static final class State {
    LazyNode root;
  }

  private void run(State st) {
    for (Map<String, String> op : ops) {
      String kind = kind(op);
      switch (kind) {
        case "add" -> add(st, op);
        case "remove" -> remove(st, op);
        case "replace" -> replace(st, op);
        case "move" -> move(st, op);
        case "test" -> test(st, op);
        case "copy" -> copy(st, op);
        default -> throw new PatchError("Unexpected kind: " + kind);
      }
    }
  }

  // --- Operation accessors ---

  private static String kind(Map<String, String> op) {
    String raw = op.get("op");
    if (raw == null) {
      return "unknown";
    }
    try {
      return GoJson.unmarshalString(raw);
    } catch (GoJson.JsonError e) {
      return "unknown";
    }
  }

  private static String path(Map<String, String> op) {
    String raw = op.get("path");
    if (raw == null) {
      throw PatchError.wrap("operation missing path field", PatchError.MISSING);
    }
    try {
      return GoJson.unmarshalString(raw);
    } catch (GoJson.JsonError e) {
      throw new PatchError(e.getMessage());
    }
  }

  private static String from(Map<String, String> op) {
    String raw = op.get("from");
    if (raw == null) {
      throw PatchError.wrap("operation, missing from field", PatchError.MISSING);
    }
    try {
      return GoJson.unmarshalString(raw);
    } catch (GoJson.JsonError e) {
      throw new PatchError(e.getMessage());
    }
  }

  /** Operation.value: a new node over the raw value (raw null for JSON null), null if absent. */
  private static LazyNode value(Map<String, String> op) {
    if (op.containsKey("value")) {
      return new LazyNode(op.get("value"));
    }
    return null;
  }

  // --- containers ---

  private interface Container {
    LazyNode get(String key);

    void set(String key, LazyNode val);

    void add(String key, LazyNode val);

    void remove(String key);
  }

  private record Doc(Map<String, LazyNode> m) implements Container {
    @Override
    public LazyNode get(String key) {
      return m == null ? null : m.get(key);
    }

    @Override
    public void set(String key, LazyNode val) {
      add(key, val);
    }

    @Override
    public void add(String key, LazyNode val) {
      if (m == null) {
        throw new PatchError("assignment to entry in nil map");
      }
      m.put(key, val);
    }

    @Override
    public void remove(String key) {
      if (m == null || !m.containsKey(key)) {
        throw PatchError.wrap("Unable to remove nonexistent key: " + key, PatchError.MISSING);
      }
      m.remove(key);
    }
  }

  /** A partialArray: the list of its owner node (Go replaces the slice on insert and delete). */
  private record Ary(LazyNode owner) implements Container {

    private List<LazyNode> list() {
      if (owner.ary == null) {
        owner.ary = new ArrayList<>();
      }
      return owner.ary;
    }

    private static PatchError invalidIndex(long idx) {
      return PatchError.wrap("Unable to access invalid index: " + idx, PatchError.INVALID_INDEX);
    }

    @Override
    public void set(String key, LazyNode val) {
      long idx = atoi(key);
      List<LazyNode> d = list();
      if (idx < 0) {
        if (idx < -d.size()) {
          throw invalidIndex(idx);
        }
        idx += d.size();
      }
      if (idx >= d.size()) {
        throw new PatchError(
            "runtime error: index out of range [" + idx + "] with length " + d.size());
      }
      d.set((int) idx, val);
    }

    @Override
    public void add(String key, LazyNode val) {
      List<LazyNode> d = list();
      if (key.equals("-")) {
        d.add(val);
        return;
      }
      long idx;
      try {
        idx = atoi(key);
      } catch (PatchError e) {
        throw PatchError.wrap("value was not a proper array index: '" + key + "'", e);
      }
      long sz = d.size() + 1L;
      if (idx >= sz) {
        throw invalidIndex(idx);
      }
      if (idx < 0) {
        if (idx < -sz) {
          throw invalidIndex(idx);
        }
        idx += sz;
      }
      d.add((int) idx, val);
    }

    @Override
    public LazyNode get(String key) {
      long idx = atoi(key);
      List<LazyNode> d = list();
      if (idx < 0) {
        if (idx < -d.size()) {
          throw invalidIndex(idx);
        }
        idx += d.size();
      }
      if (idx >= d.size()) {
        throw invalidIndex(idx);
      }
      return d.get((int) idx);
    }

    @Override
    public void remove(String key) {
      long idx = atoi(key);
      List<LazyNode> d = list();
      if (idx >= d.size()) {
        throw invalidIndex(idx);
      }
      if (idx < 0) {
        if (idx < -d.size()) {
          throw invalidIndex(idx);
        }
        idx += d.size();
      }
      d.remove((int) idx);
    }
  }

  private static Container container(LazyNode n) {
    return n.which == LazyNode.ARY ? new Ary(n) : new Doc(n.doc);
  }

  /** Go's strconv.Atoi (64-bit int), with its error text. */
  static long atoi(String s) {
    int i = 0;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      neg = s.charAt(0) == '-';
      i = 1;
    }
    if (i >= s.length()) {
      throw atoiError(s, "invalid syntax");
    }
    java.math.BigInteger v = java.math.BigInteger.ZERO;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw atoiError(s, "invalid syntax");
      }
      v = v.multiply(java.math.BigInteger.TEN).add(java.math.BigInteger.valueOf(c - '0'));
    }
    if (neg) {
      v = v.negate();
    }
    if (v.bitLength() > 63) {
      throw atoiError(s, "value out of range");
    }
    return v.longValue();
  }

  private static PatchError atoiError(String s, String reason) {
    return new PatchError("strconv.Atoi: parsing " + GoJson.quote(s) + ": " + reason);
  }

  // --- paths ---

  private record Found(Container con, String key) {}

  /** findObject: the container holding the last path element, or null when missing. */
  private static Found findObject(State st, String path) {
    String[] split = path.split("/", -1);
    if (split.length < 2) {
      return null;
    }
    Container doc = container(st.root);
    for (int i = 1; i < split.length - 1; i++) {
      LazyNode next;
      try {
        next = doc.get(decodeKey(split[i]));
      } catch (PatchError e) {
        return null;
      }
      if (next == null) {
        return null;
      }
      if (next.raw == null) {
        throw new PatchError("runtime error: invalid memory address or nil pointer dereference");
      }
      try {
        if (isArray(next.raw)) {
          next.intoAry();
          doc = new Ary(next);
        } else {
          doc = new Doc(next.intoDoc());
        }
      } catch (PatchError e) {
        return null;
      }
    }
    return new Found(doc, decodeKey(split[split.length - 1]));
  }

  private static boolean isArray(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t') {
        continue;
      }
      return c == '[';
    }
    return false;
  }

  /** RFC 6901 unescaping: {@code ~1} is {@code /}, {@code ~0} is {@code ~}, in one pass. */
  static String decodeKey(String k) {
    if (k.indexOf('~') < 0) {
      return k;
    }
    StringBuilder sb = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c == '~' && i + 1 < k.length() && (k.charAt(i + 1) == '1' || k.charAt(i + 1) == '0')) {
        sb.append(k.charAt(i + 1) == '1' ? '/' : '~');
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // --- operations ---

  private static void add(State st, Map<String, String> op) {
    String path;
    try {
      path = path(op);
    } catch (PatchError e) {
      throw PatchError.wrap("add operation failed to decode path", PatchError.MISSING);
    }
    Found f = findObject(st, path);
    if (f == null) {
      throw PatchError.wrap(
          "add operation does not apply: doc is missing path: \"" + path + "\"",
          PatchError.MISSING);
    }
    try {
      f.con.add(f.key, value(op));
    } catch (PatchError e) {
      throw PatchError.wrap("error in add for path: '" + path + "'", e);
    }
  }

  private static void remove(State st, Map<String, String> op) {
    String path;
    try {
      path = path(op);
    } catch (PatchError e) {
      throw PatchError.wrap("remove operation failed to decode path", PatchError.MISSING);
    }
    Found f = findObject(st, path);
    if (f == null) {
      throw PatchError.wrap(
          "remove operation does not apply: doc is missing path: \"" + path + "\"",
          PatchError.MISSING);
    }
    try {
      f.con.remove(f.key);
    } catch (PatchError e) {
      throw PatchError.wrap("error in remove for path: '" + path + "'", e);
    }
  }

  private static void replace(State st, Map<String, String> op) {
    String path;
    try {
      path = path(op);
    } catch (PatchError e) {
      throw PatchError.wrap("replace operation failed to decode path", e);
    }
    if (path.isEmpty()) {
      LazyNode val = LazyNode.nil(value(op));
      if (val.which == LazyNode.RAW) {
        if (!val.tryDoc() && !val.tryAry()) {
          // errors.Wrapf(nil, ...) is nil: the operation silently does nothing.
          return;
        }
      }
      st.root = val;
      return;
    }
    Found f = findObject(st, path);
    if (f == null) {
      throw PatchError.wrap(
          "replace operation does not apply: doc is missing path: " + path, PatchError.MISSING);
    }
    try {
      f.con.get(f.key);
    } catch (PatchError e) {
      throw PatchError.wrap(
          "replace operation does not apply: doc is missing key: " + path, PatchError.MISSING);
    }
    try {
      f.con.set(f.key, value(op));
    } catch (PatchError e) {
      throw PatchError.wrap("error in remove for path: '" + path + "'", e);
    }
  }

  private static void move(State st, Map<String, String> op) {
    String from;
    try {
      from = from(op);
    } catch (PatchError e) {
      throw PatchError.wrap("move operation failed to decode from", e);
    }
    Found f = findObject(st, from);
    if (f == null) {
      throw PatchError.wrap(
          "move operation does not apply: doc is missing from path: " + from, PatchError.MISSING);
    }
    LazyNode val;
    try {
      val = f.con.get(f.key);
    } catch (PatchError e) {
      throw PatchError.wrap("error in move for path: '" + f.key + "'", e);
    }
    try {
      f.con.remove(f.key);
    } catch (PatchError e) {
      throw PatchError.wrap("error in move for path: '" + f.key + "'", e);
    }
    String path;
    try {
      path = path(op);
    } catch (PatchError e) {
      throw PatchError.wrap("move operation failed to decode path", e);
    }
    Found t = findObject(st, path);
    if (t == null) {
      throw PatchError.wrap(
          "move operation does not apply: doc is missing destination path: " + path,
          PatchError.MISSING);
    }
    try {
      t.con.add(t.key, val);
    } catch (PatchError e) {
      throw PatchError.wrap("error in move for path: '" + path + "'", e);
    }
  }

  private static void test(State st, Map<String, String> op) {
    String path;
    try {
      path = path(op);
    } catch (PatchError e) {
      throw PatchError.wrap("test operation failed to decode path", e);
    }
    if (path.isEmpty()) {
      LazyNode self =
          st.root.which == LazyNode.ARY ? LazyNode.ofAry(st.root.ary) : LazyNode.ofDoc(st.root.doc);
      if (self.equal(value(op))) {
        return;
      }
      throw PatchError.wrap("testing value " + path + " failed", PatchError.TEST_FAILED);
    }
    Found f = findObject(st, path);
    if (f == null) {
      throw PatchError.wrap(
          "test operation does not apply: is missing path: " + path, PatchError.MISSING);
    }
    LazyNode val;
    try {
      val = f.con.get(f.key);
    } catch (PatchError e) {
      throw PatchError.wrap("error in test for path: '" + path + "'", e);
    }
    LazyNode expected = value(op);
    if (val == null) {
      if (LazyNode.nil(expected).raw == null) {
        return;
      }
      throw PatchError.wrap("testing value " + path + " failed", PatchError.TEST_FAILED);
    } else if (expected == null) {
      throw PatchError.wrap("testing value " + path + " failed", PatchError.TEST_FAILED);
    }
    if (val.equal(expected)) {
      return;
    }
    throw PatchError.wrap("testing value " + path + " failed", PatchError.TEST_FAILED);
  }

  private static void copy(State st, Map<String, String> op) {
    String from;
    try {
      from = from(op);
    } catch (PatchError e) {
      throw PatchError.wrap("copy operation failed to decode from", e);
    }
    Found f = findObject(st, from);
    if (f == null) {
      throw PatchError.wrap(
          "copy operation does not apply: doc is missing from path: " + from, PatchError.MISSING);
    }
    LazyNode val;
    try {
      val = f.con.get(f.key);
    } catch (PatchError e) {
      throw PatchError.wrap("error in copy for from: '" + from + "'", e);
    }
    String path;
    try {
      path = path(op);
    } catch (PatchError e) {
      throw PatchError.wrap("copy operation failed to decode path", PatchError.MISSING);
    }
    Found t = findObject(st, path);
    if (t == null) {
      throw PatchError.wrap(
          "copy operation does not apply: doc is missing destination path: " + path,
          PatchError.MISSING);
    }
    LazyNode valCopy = LazyNode.deepCopy(val);
    try {
      t.con.add(t.key, valCopy);
    } catch (PatchError e) {
      throw PatchError.wrap("error while adding value during copy", e);
    }
  }

  // --- kustomize's transformJson6902, for one selected resource ---

  /**
   * What kustomize's PatchTransformer does to each resource selected by a JSON patch's target:
   * store the previous id, remember the internal annotations, apply the patch, and put the internal
   * annotations back (every annotation is rewritten as a string, keys sorted).
   */
  public static void applyToResource(Res res, JsonPatch patch) {
    res.storePreviousId();
    Map<String, String> internal = internalAnnotations(res);
    res.setNode(patch.apply(res.node()));
    Map<String, String> annotations = new LinkedHashMap<>(res.getAnnotations());
    annotations.putAll(internal);
    try {
      res.setAnnotations(annotations);
    } catch (HopsException e) {
      // PatchTransformer assigns this error and never returns it
    }
  }

  /**
   * PatchJson6902Transformer (the deprecated {@code patchesJson6902} field): as {@link
   * #applyToResource} but without storing the previous id.
   */
  public static void applyToResourceLegacy(Res res, JsonPatch patch) {
    Map<String, String> internal = internalAnnotations(res);
    res.setNode(patch.apply(res.node()));
    Map<String, String> annotations = new LinkedHashMap<>(res.getAnnotations());
    annotations.putAll(internal);
    res.setAnnotations(annotations);
  }

  /** kioutil.GetInternalAnnotations. */
  static Map<String, String> internalAnnotations(Res res) {
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : res.getAnnotations().entrySet()) {
      String k = e.getKey();
      if (k.startsWith("internal.config.kubernetes.io/")
          || k.equals("config.kubernetes.io/path")
          || k.equals("config.kubernetes.io/index")
          || k.equals("config.k8s.io/id")) {
        result.put(k, e.getValue());
      }
    }
    return result;
  }
}
