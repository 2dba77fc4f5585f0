package dev.hops.kustomize.internal.filters.jsonpatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * evanphx/json-patch's {@code lazyNode}: a JSON value kept as raw text until the patch needs to
 * look inside it, then held as a document (object members) or an array. A Java null in place of a
 * node is Go's nil pointer (a JSON {@code null} inside a container or an absent value).
 */
final class LazyNode {

  static final int RAW = 0;
  static final int DOC = 1;
  static final int ARY = 2;

  /** The raw JSON text; null is Go's nil RawMessage pointer (marshals as {@code null}). */
  String raw;

  /** Object members; null is a nil map (after decoding a raw {@code null}). */
  Map<String, LazyNode> doc;

  List<LazyNode> ary;
  int which = RAW;

  LazyNode(String raw) {
    this.raw = raw;
  }

  /** A node already holding a document (the root of a patched object). */
  static LazyNode ofDoc(Map<String, LazyNode> doc) {
    LazyNode n = new LazyNode(null);
    n.doc = doc;
    n.which = DOC;
    return n;
  }

  static LazyNode ofAry(List<LazyNode> ary) {
    LazyNode n = new LazyNode(null);
    n.ary = ary;
    n.which = ARY;
    return n;
  }

  /** Decodes a JSON object's members into lazy nodes (json.Unmarshal into partialDoc). */
  static Map<String, LazyNode> members(String raw) {
    Map<String, LazyNode> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : GoJson.rawMembers(raw).entrySet()) {
      m.put(e.getKey(), e.getValue() == null ? null : new LazyNode(e.getValue()));
    }
    return m;
  }

  static List<LazyNode> elements(String raw) {
    List<LazyNode> l = new ArrayList<>();
    for (String e : GoJson.rawElements(raw)) {
      l.add(e == null ? null : new LazyNode(e));
    }
    return l;
  }

  /** lazyNode.MarshalJSON, as text. */
  String marshal() {
    return switch (which) {
      case RAW -> raw == null ? "null" : GoJson.compact(raw);
      case DOC -> {
        if (doc == null) {
          yield "null";
        }
        StringBuilder sb = new StringBuilder("{");
        List<String> keys = new ArrayList<>(doc.keySet());
        keys.sort(dev.hops.yaml.internal.GoJson::compareBytes);
        boolean first = true;
        for (String k : keys) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          sb.append(dev.hops.yaml.internal.GoJson.marshal(k)).append(':');
          LazyNode v = doc.get(k);
          sb.append(v == null ? "null" : v.marshal());
        }
        yield sb.append('}').toString();
      }
      default -> {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ary.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          LazyNode v = ary.get(i);
          sb.append(v == null ? "null" : v.marshal());
        }
        yield sb.append(']').toString();
      }
    };
  }

  /** The Go value json.Unmarshal would make of this node's marshaled JSON. */
  Object toGo() {
    return switch (which) {
      case RAW -> raw == null ? null : GoJson.decode(raw);
      case DOC -> {
        if (doc == null) {
          yield null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, LazyNode> e : doc.entrySet()) {
          m.put(e.getKey(), e.getValue() == null ? null : e.getValue().toGo());
        }
        yield m;
      }
      default -> {
        List<Object> l = new ArrayList<>(ary.size());
        for (LazyNode v : ary) {
          l.add(v == null ? null : v.toGo());
        }
        yield l;
      }
    };
  }

  /** lazyNode.intoDoc. */
  Map<String, LazyNode> intoDoc() {
    if (which == DOC) {
      return doc;
    }
    if (raw == null) {
      throw new PatchError("invalid state detected");
    }
    if (!decodeDoc()) {
      throw new PatchError(
          "json: cannot unmarshal "
              + GoJson.typeOf(raw).goName()
              + " into Go value of type jsonpatch.partialDoc");
    }
    return doc;
  }

  /** lazyNode.intoAry. */
  List<LazyNode> intoAry() {
    if (which == ARY) {
      return ary;
    }
    if (raw == null) {
      throw new PatchError("invalid state detected");
    }
    if (!decodeAry()) {
      throw new PatchError(
          "json: cannot unmarshal "
              + GoJson.typeOf(raw).goName()
              + " into Go value of type jsonpatch.partialArray");
    }
    return ary;
  }

  /** json.Unmarshal(raw, &n.doc): true on success, setting which. */
  private boolean decodeDoc() {
    GoJson.Type t = GoJson.typeOf(raw);
    if (t == GoJson.Type.NULL) {
      doc = null;
    } else if (t == GoJson.Type.OBJECT) {
      Map<String, LazyNode> m = members(raw);
      if (doc == null) {
        doc = m;
      } else {
        doc.putAll(m);
      }
    } else {
      return false;
    }
    which = DOC;
    return true;
  }

  private boolean decodeAry() {
    GoJson.Type t = GoJson.typeOf(raw);
    if (t == GoJson.Type.NULL) {
      ary = null;
    } else if (t == GoJson.Type.ARRAY) {
      ary = elements(raw);
    } else {
      return false;
    }
    which = ARY;
    return true;
  }

  boolean tryDoc() {
    return raw != null && decodeDoc();
  }

  boolean tryAry() {
    return raw != null && decodeAry();
  }

  /** lazyNode.compact: nil for a nil raw. */
  String compact() {
    return raw == null ? null : GoJson.compact(raw);
  }

  /** lazyNode.equal, with its quirks (raw scalars compare by compacted text). */
  boolean equal(LazyNode o) {
    if (which == RAW) {
      if (!tryDoc() && !tryAry()) {
        if (nil(o).which != RAW) {
          return false;
        }
        String a = compact();
        String b = o.compact();
        return a == null ? b == null || b.isEmpty() : a.equals(b == null ? "" : b);
      }
    }
    if (which == DOC) {
      if (nil(o).which == RAW) {
        if (!o.tryDoc()) {
          return false;
        }
      }
      if (o.which != DOC) {
        return false;
      }
      int n = doc == null ? 0 : doc.size();
      int on = o.doc == null ? 0 : o.doc.size();
      if (n != on) {
        return false;
      }
      if (doc == null) {
        return true;
      }
      for (Map.Entry<String, LazyNode> e : doc.entrySet()) {
        if (o.doc == null || !o.doc.containsKey(e.getKey())) {
          return false;
        }
        LazyNode v = e.getValue();
        LazyNode ov = o.doc.get(e.getKey());
        if ((v == null) != (ov == null)) {
          return false;
        }
        if (v == null) {
          continue;
        }
        if (!v.equal(ov)) {
          return false;
        }
      }
      return true;
    }
    if (nil(o).which != ARY && !o.tryAry()) {
      return false;
    }
    int n = ary == null ? 0 : ary.size();
    int on = o.ary == null ? 0 : o.ary.size();
    if (n != on) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!nil(ary.get(i)).equal(o.ary.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Go dereferences nil pointers here and panics; so do we, with Go's runtime message. */
  static LazyNode nil(LazyNode n) {
    if (n == null) {
      throw new PatchError("runtime error: invalid memory address or nil pointer dereference");
    }
    return n;
  }

  /** deepCopy: a new raw node from the marshaled text, and its size. */
  static LazyNode deepCopy(LazyNode src) {
    if (src == null) {
      return null;
    }
    return new LazyNode(src.marshal());
  }

  @Override
  public String toString() {
    return marshal();
  }
}
