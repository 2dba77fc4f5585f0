package dev.hops.yaml;

import java.util.ArrayList;
import java.util.List;

/** A sequence; {@link #items()} is the live, mutable list. */
public final class SequenceNode extends Node {

  private final List<Node> items;
  private boolean flow;

  public SequenceNode(SourcePos pos) {
    this(new ArrayList<>(), pos);
  }

  private SequenceNode(List<Node> items, SourcePos pos) {
    super(Tags.SEQ, pos);
    this.items = items;
  }

  public static SequenceNode of(Node... items) {
    SequenceNode seq = new SequenceNode(SourcePos.UNKNOWN);
    for (Node item : items) {
      seq.add(item);
    }
    return seq;
  }

  public List<Node> items() {
    return items;
  }

  public Node get(int index) {
    return items.get(index);
  }

  public int size() {
    return items.size();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public SequenceNode add(Node item) {
    items.add(item);
    return this;
  }

  /** Written in flow style ({@code [a, b]}) in the source. */
  public boolean flow() {
    return flow;
  }

  public void setFlow(boolean flow) {
    this.flow = flow;
  }

  @Override
  public SequenceNode copy() {
    List<Node> copied = new ArrayList<>(items.size());
    for (Node item : items) {
      copied.add(item.copy());
    }
    SequenceNode seq = new SequenceNode(copied, pos());
    seq.setTag(tag());
    seq.flow = flow;
    return seq;
  }

  @Override
  public boolean sameAs(Node other) {
    if (!(other instanceof SequenceNode s) || s.items.size() != items.size()) {
      return false;
    }
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).sameAs(s.items.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
