package dev.hops.yaml;

import java.util.Objects;

/**
 * A node of a YAML document: a mapping, a sequence or a scalar. Nodes are mutable, as kustomize's
 * are: transformers edit resource trees in place. Every node remembers where it was read.
 *
 * <p>The tag is the resolved short tag ({@code !!str}, {@code !!int}, {@code !!map}, or a custom
 * tag such as {@code !Ref}), as Go's yaml.v3 sets it while parsing. Aliases are never seen here:
 * readers expand them.
 */
public abstract sealed class Node permits MappingNode, SequenceNode, ScalarNode {

  private String tag;
  private SourcePos pos;

  Node(String tag, SourcePos pos) {
    this.tag = Objects.requireNonNull(tag, "tag");
    this.pos = pos == null ? SourcePos.UNKNOWN : pos;
  }

  public String tag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = Objects.requireNonNull(tag, "tag");
  }

  public SourcePos pos() {
    return pos;
  }

  public void setPos(SourcePos pos) {
    this.pos = pos == null ? SourcePos.UNKNOWN : pos;
  }

  /** A deep copy, positions included. */
  public abstract Node copy();

  public boolean isMapping() {
    return this instanceof MappingNode;
  }

  public boolean isSequence() {
    return this instanceof SequenceNode;
  }

  public boolean isScalar() {
    return this instanceof ScalarNode;
  }

  /** True for a scalar that is null ({@code null}, {@code ~} or empty, untagged or tagged null). */
  public boolean isNull() {
    return this instanceof ScalarNode s && Tags.NULL.equals(s.tag());
  }

  /** kyaml's IsYNodeNilOrEmpty: tagged null, empty mapping or empty sequence. */
  public boolean isNullOrEmpty() {
    return isNull()
        || (this instanceof MappingNode m && m.isEmpty())
        || (this instanceof SequenceNode s && s.isEmpty());
  }

  public MappingNode asMapping() {
    return (MappingNode) this;
  }

  public SequenceNode asSequence() {
    return (SequenceNode) this;
  }

  public ScalarNode asScalar() {
    return (ScalarNode) this;
  }

  /** Structural equality: kind, tag and values, ignoring positions and styles. */
  public abstract boolean sameAs(Node other);
}
