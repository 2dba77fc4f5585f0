package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;

/**
 * Flow collections on one line for {@link FastReader}: {@code []}, {@code {}}, {@code [a, "b",
 * *x]}, {@code {k: v, l: [x]}}. Entries are scalars, aliases or flow collections; keys are scalars
 * followed by ": ". Anything else (pairs in sequences, keys without values, trailing commas,
 * comments, anchors, several lines) gives up.
 */
final class FastFlow {

  private final FastText t;
  private final FastScalars scalars;
  private final FastNodes nodes;

  /** The index after the last node read. */
  int end;

  FastFlow(FastText t, FastScalars scalars, FastNodes nodes) {
    this.t = t;
    this.scalars = scalars;
    this.nodes = nodes;
  }

  /** The collection opened at {@code i} ('[' or '{'), at {@code pos}; not counted yet. */
  Node collection(int line, int i, int e, int depth, SourcePos pos) {
    nodes.checkDepth(depth);
    boolean isSeq = t.charAt(i) == '[';
    char close = isSeq ? ']' : '}';
    SequenceNode seq = isSeq ? new SequenceNode(pos) : null;
    MappingNode map = isSeq ? null : new MappingNode(pos);
    int j = t.skipSpaces(i + 1, e);
    if (j < e && t.charAt(j) == close) {
      end = j + 1;
    } else {
      while (true) {
        if (isSeq) {
          seq.add(node(line, j, e, depth + 1));
        } else {
          Node key = key(line, j, e, depth + 1);
          Node value = node(line, t.skipSpaces(end + 1, e), e, depth + 1);
          map.entries().add(new MappingNode.Entry(key, value));
        }
        j = t.skipSpaces(end, e);
        if (j < e && t.charAt(j) == close) {
          end = j + 1;
          break;
        }
        if (j >= e || t.charAt(j) != ',') {
          throw new FastReader.GiveUp("flow collection");
        }
        j = t.skipSpaces(j + 1, e);
        if (j >= e || t.charAt(j) == close) {
          throw new FastReader.GiveUp("flow collection");
        }
      }
    }
    if (isSeq) {
      seq.setFlow(true);
      return seq;
    }
    map.setFlow(true);
    FastNodes.merge(map);
    return map;
  }

  private Node node(int line, int i, int e, int depth) {
    if (i >= e) {
      throw new FastReader.GiveUp("flow collection");
    }
    char c = t.charAt(i);
    Node node;
    if (c == '[' || c == '{') {
      node = collection(line, i, e, depth, t.pos(line, i));
    } else if (c == '"' || c == '\'') {
      node = quoted(line, i, e);
      end = scalars.end;
    } else if (c == '*') {
      int nameEnd = t.anchorEnd(i + 1, e, true);
      end = nameEnd;
      return nodes.alias(t.text.substring(i + 1, nameEnd), depth); // counted as its anchor's
    } else {
      int plainEnd = plainEnd(i, e);
      if (plainEnd < e && t.charAt(plainEnd) == ':') {
        throw new FastReader.GiveUp("flow pair");
      }
      node = FastNodes.scalar(t.trimmed(i, plainEnd), ScalarStyle.PLAIN, t.pos(line, i));
      end = plainEnd;
    }
    nodes.count(depth);
    return node;
  }

  /** A key of a flow mapping; leaves its ':' in {@link #end}. */
  private Node key(int line, int i, int e, int depth) {
    if (i >= e) {
      throw new FastReader.GiveUp("flow collection");
    }
    Node key;
    int j;
    if (t.charAt(i) == '"' || t.charAt(i) == '\'') {
      key = quoted(line, i, e);
      j = t.skipSpaces(scalars.end, e);
    } else {
      j = plainEnd(i, e);
      key = FastNodes.scalar(t.trimmed(i, j), ScalarStyle.PLAIN, t.pos(line, i));
    }
    if (j + 1 >= e
        || t.charAt(j) != ':'
        || t.charAt(j + 1) != ' '
        || j - i > FastReader.MAX_KEY_LENGTH) {
      throw new FastReader.GiveUp("flow key");
    }
    nodes.count(depth);
    end = j;
    return key;
  }

  private Node quoted(int line, int i, int e) {
    boolean dq = t.charAt(i) == '"';
    String v = dq ? scalars.doubleQuoted(i, e) : scalars.singleQuoted(i, e);
    ScalarStyle style = dq ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
    return FastNodes.scalar(v, style, t.pos(line, i));
  }

  /** Where a plain scalar at {@code i} ends (trailing spaces included). */
  private int plainEnd(int i, int e) {
    if (!t.plainStart(i, e, true)) {
      throw new FastReader.GiveUp("flow scalar start");
    }
    int j = i;
    while (j < e) {
      char c = t.charAt(j);
      if (",[]{}".indexOf(c) >= 0) {
        break;
      }
      if (c == ':' && (j + 1 == e || " ,[]{}".indexOf(t.charAt(j + 1)) >= 0)) {
        break;
      }
      if (c == '#' && t.charAt(j - 1) == ' ') {
        throw new FastReader.GiveUp("comment in a flow collection");
      }
      j++;
    }
    return j;
  }
}
