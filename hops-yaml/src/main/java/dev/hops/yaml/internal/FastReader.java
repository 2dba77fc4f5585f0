package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;

/**
 * A reader for the YAML that Kubernetes and Flux repositories hold, several times faster than
 * snakeyaml-engine: block mappings and sequences (also sequences at their key's indentation),
 * one-line plain and quoted scalars, comments, block scalars without indentation indicator,
 * one-line flow collections ({@link FastFlow}), anchors, aliases and merge keys ({@link
 * FastNodes}). It builds exactly the tree {@link TreeBuilder} builds from snakeyaml-engine's (tags,
 * styles, flow flags, positions, node count) and throws {@link GiveUp} on anything else before
 * anything is seen outside: tags, directives, tabs, scalars over several lines, complex keys,
 * unusual indentation... The caller then parses the document with snakeyaml-engine, so every limit,
 * error and oddity stays snakeyaml's.
 *
 * <p>The structure is read line by line: a block collection's entries start on lines indented
 * exactly as its first one; a line indented more that no value took, a line indented between two
 * levels, or a value that could go on over the next line gives up.
 */
final class FastReader {

  /** Thrown when the document is not one this reader is sure about; has no stack trace. */
  static final class GiveUp extends RuntimeException {
    GiveUp(String reason) {
      super(reason, null, false, false);
    }
  }

  /** snakeyaml-engine stops looking for a simple key's ':' after 1024 code points. */
  static final int MAX_KEY_LENGTH = 1000;

  private final String file;
  private final int lineOffset;
  private final String source;
  private final FastNodes nodes;
  private FastText t;
  private FastScalars scalars;
  private FastFlow flow;

  /** The next line with content (not blank, not a comment) and its indentation. */
  private int cur;

  private int curIndent;

  /** {@code text} is one document starting at the 0-based line {@code lineOffset} of the file. */
  FastReader(String text, String file, int lineOffset, int maxDepth) {
    this.source = text;
    this.file = file;
    this.lineOffset = lineOffset;
    this.nodes = new FastNodes(maxDepth);
  }

  /** The document's root, or null when it has none; throws {@link GiveUp}. */
  Node read() {
    t = new FastText(source, file, lineOffset);
    scalars = new FastScalars(source);
    flow = new FastFlow(t, scalars, nodes);
    int first = source.startsWith("---") ? 1 : 0; // FastText refuses any other marker
    next(first);
    if (cur == t.lines) {
      if (first == 1) {
        throw new GiveUp("empty document after ---");
      }
      return null;
    }
    Node root = blockNode(cur, curIndent, 0, null, false);
    if (cur != t.lines) {
      throw new GiveUp("content after the root node");
    }
    return root;
  }

  /** Nodes built, counted as TreeBuilder counts them. */
  long nodes() {
    return nodes.nodes();
  }

  private void next(int line) {
    cur = t.contentLine(line);
    curIndent = cur < t.lines ? t.indent(cur) : -1;
  }

  /** The block collection whose first line is {@code line}, indented by {@code col}. */
  private Node blockNode(int line, int col, int depth, SourcePos anchor, boolean indentless) {
    int i = t.start(line) + col;
    if (t.isEntry(i, t.end(line))) {
      return blockSequence(line, col, depth, anchor, indentless);
    }
    return blockMapping(line, i, depth, anchor);
  }

  /** A block mapping whose first key is at index {@code i} of {@code line}. */
  private MappingNode blockMapping(int line, int i, int depth, SourcePos anchor) {
    nodes.count(depth);
    int col = i - t.start(line);
    MappingNode map = new MappingNode(anchor != null ? anchor : t.pos(line, i));
    int l = line;
    while (true) {
      int k = t.start(l) + col;
      int e = t.end(l);
      int colon = keyColon(k, e);
      Node key = key(l, k, e, colon, depth + 1);
      map.entries().add(new MappingNode.Entry(key, mappingValue(l, colon + 1, col, depth + 1)));
      if (cur == t.lines || curIndent < col) {
        break;
      }
      if (curIndent > col) {
        throw new GiveUp("unexpected indentation");
      }
      l = cur;
    }
    FastNodes.merge(map);
    return map;
  }

  private SequenceNode blockSequence(
      int line, int col, int depth, SourcePos anchor, boolean indentless) {
    nodes.count(depth);
    SequenceNode seq = new SequenceNode(anchor != null ? anchor : t.pos(line, t.start(line) + col));
    int l = line;
    while (true) {
      int e = t.end(l);
      int j = t.skipSpaces(t.start(l) + col + 1, e);
      seq.add(
          j == e || t.charAt(j) == '#'
              ? nested(l, j, col, depth + 1, null, false)
              : entry(l, j, e, col, depth + 1));
      if (cur == t.lines || curIndent < col) {
        break;
      }
      if (curIndent > col) {
        throw new GiveUp("unexpected indentation");
      }
      if (!t.isEntry(t.start(cur) + col, t.end(cur))) {
        if (indentless) {
          break; // the next key of the mapping this sequence is a value of
        }
        throw new GiveUp("not a sequence entry");
      }
      l = cur;
    }
    return seq;
  }

  /** A sequence entry starting at index {@code i} of {@code line}, after "- ". */
  private Node entry(int line, int i, int e, int seqIndent, int depth) {
    if (t.isEntry(i, e)) {
      throw new GiveUp("nested sequence on one line");
    }
    if (t.charAt(i) == '&') {
      int nameEnd = t.anchorEnd(i + 1, e, false);
      int j = t.skipSpaces(nameEnd, e);
      if (j < e && t.charAt(j) != '#' && keyColon(j, e) >= 0) {
        throw new GiveUp("anchored key");
      }
      return anchored(line, i, nameEnd, j, seqIndent, depth, false);
    }
    if (keyColon(i, e) >= 0) {
      return blockMapping(line, i, depth, null);
    }
    return inline(line, i, seqIndent, depth, null);
  }

  /**
   * The index of the ':' ending a key at {@code i}, or -1 when the text there is no key (a comment
   * or the end of the line comes first, or it cannot start a scalar).
   */
  private int keyColon(int i, int e) {
    char c = t.charAt(i);
    int j;
    if (c == '"' || c == '\'') {
      if (c == '"') {
        scalars.doubleQuoted(i, e);
      } else {
        scalars.singleQuoted(i, e);
      }
      j = t.skipSpaces(scalars.end, e);
    } else {
      if (!t.plainStart(i, e, false)) {
        return -1;
      }
      for (j = i; j < e; j++) {
        char d = t.charAt(j);
        if (d == ':' && (j + 1 == e || t.charAt(j + 1) == ' ')) {
          break;
        }
        if (d == '#' && t.charAt(j - 1) == ' ') {
          return -1;
        }
      }
    }
    return j < e && t.charAt(j) == ':' && (j + 1 == e || t.charAt(j + 1) == ' ') ? j : -1;
  }

  /** The key at index {@code i} of {@code line}, whose ':' is at {@code colon}. */
  private Node key(int line, int i, int e, int colon, int depth) {
    if (colon < 0) {
      throw new GiveUp("not a key");
    }
    if (colon - i > MAX_KEY_LENGTH) {
      throw new GiveUp("long key");
    }
    char c = t.charAt(i);
    Node key;
    if (c == '"') {
      key = FastNodes.scalar(scalars.doubleQuoted(i, e), ScalarStyle.DOUBLE_QUOTED, t.pos(line, i));
    } else if (c == '\'') {
      key = FastNodes.scalar(scalars.singleQuoted(i, e), ScalarStyle.SINGLE_QUOTED, t.pos(line, i));
    } else {
      key = FastNodes.scalar(t.trimmed(i, colon), ScalarStyle.PLAIN, t.pos(line, i));
    }
    nodes.count(depth);
    return key;
  }

  /** The value after a key's ':' (index {@code i}); {@code col} is the mapping's indentation. */
  private Node mappingValue(int line, int i, int col, int depth) {
    int e = t.end(line);
    int j = t.skipSpaces(i, e);
    if (j == e || t.charAt(j) == '#') {
      return nested(line, i, col, depth, null, true);
    }
    if (t.charAt(j) == '&') {
      int nameEnd = t.anchorEnd(j + 1, e, false);
      return anchored(line, j, nameEnd, t.skipSpaces(nameEnd, e), col, depth, true);
    }
    return inline(line, j, col, depth, null);
  }

  /**
   * The block collection on the lines after a mapping value's ':' or a sequence entry's '-', more
   * indented than {@code col} (or, for a mapping value, a sequence at {@code col}), or else the
   * empty scalar just after the ':' at {@code i - 1}.
   */
  private Node nested(int line, int i, int col, int depth, SourcePos anchor, boolean mappingValue) {
    next(line + 1);
    if (cur < t.lines) {
      if (curIndent > col) {
        return blockNode(cur, curIndent, depth, anchor, false);
      }
      if (mappingValue && curIndent == col && t.isEntry(t.start(cur) + col, t.end(cur))) {
        return blockNode(cur, col, depth, anchor, true);
      }
    }
    if (anchor != null || !mappingValue) {
      throw new GiveUp("empty value");
    }
    nodes.count(depth);
    return new ScalarNode("", Tags.NULL, ScalarStyle.PLAIN, false, t.pos(line, i));
  }

  /** The node after the anchor at {@code amp}; its content starts at {@code j}. */
  private Node anchored(
      int line, int amp, int nameEnd, int j, int col, int depth, boolean mappingValue) {
    SourcePos pos = t.pos(line, amp);
    boolean onNextLines = j == t.end(line) || t.charAt(j) == '#';
    return nodes.anchored(
        t.text.substring(amp + 1, nameEnd),
        depth,
        () ->
            onNextLines
                ? nested(line, j, col, depth, pos, mappingValue)
                : inline(line, j, col, depth, pos));
  }

  /**
   * The node written on the rest of the line from {@code i} (or, for a block scalar, on the lines
   * after it), inside a block collection indented by {@code col}; moves {@link #cur} past it.
   */
  private Node inline(int line, int i, int col, int depth, SourcePos anchor) {
    int e = t.end(line);
    char c = t.charAt(i);
    SourcePos pos = anchor != null ? anchor : t.pos(line, i);
    if (c == '|' || c == '>') {
      return blockScalar(line, i, e, col, depth, pos);
    }
    Node node;
    int after;
    if (c == '*') {
      if (anchor != null) {
        throw new GiveUp("anchored alias");
      }
      after = t.anchorEnd(i + 1, e, false);
      node = nodes.alias(t.text.substring(i + 1, after), depth); // counted as its anchor's nodes
    } else {
      if (c == '"') {
        node = FastNodes.scalar(scalars.doubleQuoted(i, e), ScalarStyle.DOUBLE_QUOTED, pos);
        after = scalars.end;
      } else if (c == '\'') {
        node = FastNodes.scalar(scalars.singleQuoted(i, e), ScalarStyle.SINGLE_QUOTED, pos);
        after = scalars.end;
      } else if (c == '[' || c == '{') {
        node = flow.collection(line, i, e, depth, pos);
        after = flow.end;
      } else {
        node = plain(i, e, pos);
        after = e;
      }
      nodes.count(depth);
    }
    if (!t.onlyComment(after)) {
      throw new GiveUp("content after a value");
    }
    next(line + 1);
    return node;
  }

  private Node blockScalar(int line, int i, int e, int col, int depth, SourcePos pos) {
    String v = scalars.block(i, e, col, line);
    if (scalars.endMark >= t.length && !t.text.endsWith("\n") && v.endsWith("\n")) {
      // as TreeBuilder: yaml.v3 keeps no line break the text does not have
      v = v.substring(0, v.length() - 1);
    }
    ScalarStyle style = t.charAt(i) == '|' ? ScalarStyle.LITERAL : ScalarStyle.FOLDED;
    Node node = new ScalarNode(v, Tags.STR, style, false, pos);
    nodes.count(depth);
    if (scalars.lineAfter < 0) {
      cur = t.lines;
    } else {
      next(scalars.lineAfter);
    }
    return node;
  }

  /** A plain scalar running to the end of the line or a comment. */
  private Node plain(int i, int e, SourcePos pos) {
    if (!t.plainStart(i, e, false)) {
      throw new GiveUp("plain scalar start");
    }
    int end = e;
    for (int j = i; j < e; j++) {
      char d = t.charAt(j);
      if (d == ':' && (j + 1 == e || t.charAt(j + 1) == ' ')) {
        throw new GiveUp("':' in a plain scalar");
      }
      if (d == '#' && t.charAt(j - 1) == ' ') {
        end = j;
        break;
      }
    }
    return FastNodes.scalar(t.trimmed(i, end), ScalarStyle.PLAIN, pos);
  }
}
