package dev.hops.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * A mapping, in source order. Keys are nodes (almost always string scalars); lookups by name
 * compare the key's text, as kustomize's kyaml does.
 */
public final class MappingNode extends Node {

  /** One key/value pair; both sides may be replaced in place. */
  public static final class Entry {
    private Node key;
    private Node value;

    public Entry(Node key, Node value) {
      this.key = key;
      this.value = value;
    }

    public Node key() {
      return key;
    }

    /** The key's text, or null for a non-scalar key. */
    public String name() {
      return key instanceof ScalarNode s ? s.value() : null;
    }

    public Node value() {
      return value;
    }

    public void setKey(Node key) {
      this.key = key;
    }

    public void setValue(Node value) {
      this.value = value;
    }

    @Override
    public String toString() {
      return key + ": " + value;
    }
  }

  private final List<Entry> entries;
  private boolean flow;

  public MappingNode(SourcePos pos) {
    this(new ArrayList<>(), pos);
  }

  private MappingNode(List<Entry> entries, SourcePos pos) {
    super(Tags.MAP, pos);
    this.entries = entries;
  }

  public static MappingNode empty() {
    return new MappingNode(SourcePos.UNKNOWN);
  }

  /** The live list of entries. */
  public List<Entry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public Entry entry(String key) {
    // indexed: the most frequent call of a build, and an iterator is an allocation per call
    // until the JIT removes it
    for (int i = 0, n = entries.size(); i < n; i++) {
      Entry e = entries.get(i);
      if (e.key instanceof ScalarNode s && key.equals(s.value())) {
        return e;
      }
    }
    return null;
  }

  public boolean has(String key) {
    return entry(key) != null;
  }

  public Node get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.value;
  }

  /** The value as a mapping, or null if absent or not a mapping. */
  public MappingNode getMapping(String key) {
    return get(key) instanceof MappingNode m ? m : null;
  }

  /** The value as a sequence, or null if absent or not a sequence. */
  public SequenceNode getSequence(String key) {
    return get(key) instanceof SequenceNode s ? s : null;
  }

  /** The text of a scalar value, or null if absent, null-valued or not a scalar. */
  public String getString(String key) {
    return get(key) instanceof ScalarNode s && !s.isNull() ? s.value() : null;
  }

  /** Sets the value of {@code key}, replacing the existing value in place or appending. */
  public MappingNode put(String key, Node value) {
    Entry e = entry(key);
    if (e != null) {
      e.value = value;
    } else {
      entries.add(new Entry(ScalarNode.ofString(key), value));
    }
    return this;
  }

  public MappingNode put(String key, String value) {
    return put(key, ScalarNode.ofString(value));
  }

  /** The mapping under {@code key}, created (and appended) when absent or not a mapping. */
  public MappingNode getOrCreateMapping(String key) {
    MappingNode m = getMapping(key);
    if (m == null) {
      m = MappingNode.empty();
      put(key, m);
    }
    return m;
  }

  /** Removes {@code key}; returns its value or null. */
  public Node remove(String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (key.equals(entries.get(i).name())) {
        return entries.remove(i).value;
      }
    }
    return null;
  }

  public List<String> keys() {
    List<String> keys = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      keys.add(e.name());
    }
    return keys;
  }

  /** Written in flow style ({@code {a: b}}) in the source. */
  public boolean flow() {
    return flow;
  }

  public void setFlow(boolean flow) {
    this.flow = flow;
  }

  @Override
  public MappingNode copy() {
    List<Entry> copied = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      copied.add(new Entry(e.key.copy(), e.value == null ? null : e.value.copy()));
    }
    MappingNode m = new MappingNode(copied, pos());
    m.setTag(tag());
    m.flow = flow;
    return m;
  }

  @Override
  public boolean sameAs(Node other) {
    if (!(other instanceof MappingNode m) || m.entries.size() != entries.size()) {
      return false;
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry a = entries.get(i);
      Entry b = m.entries.get(i);
      if (!a.key.sameAs(b.key) || !a.value.sameAs(b.value)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
