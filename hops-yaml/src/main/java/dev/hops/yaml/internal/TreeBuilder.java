package dev.hops.yaml.internal;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlException;
import dev.hops.yaml.YamlLimits;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Parses one document with snakeyaml-engine and turns its node graph into a Hops tree: aliases are
 * expanded into copies (kyaml's DeAnchor), {@code <<} merges applied, tags resolved as yaml.v3
 * resolves them. The number of nodes built per file and the depth are bounded. Documents that
 * {@link FastReader} is sure about are read by it instead, with the same result, faster.
 */
public final class TreeBuilder {

  /** Marks scalars without an explicit tag; their tag is resolved here, with yaml.v3's rules. */
  private static final Tag IMPLICIT = new Tag("tag:hops.dev,2026:implicit");

  private static final Schema SCHEMA =
      new Schema() {
        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
          return (value, implicit) -> IMPLICIT;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
          return Map.of();
        }
      };

  private final String file;
  private final YamlLimits limits;
  private LoadSettings settings;
  private long nodes;
  private int lineOffset;
  private final Set<org.snakeyaml.engine.v2.nodes.Node> inProgress =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<org.snakeyaml.engine.v2.nodes.Node> seen =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private int aliasDepth;
  private int textLength;
  private boolean textEndsWithNewline;
  private long aliasCount;
  private final boolean fastPath;

  public TreeBuilder(String file, YamlLimits limits) {
    this(file, limits, true);
  }

  /** With {@code fastPath} false, every document is parsed by snakeyaml-engine (for tests). */
  public TreeBuilder(String file, YamlLimits limits, boolean fastPath) {
    this.file = file;
    this.limits = limits;
    this.fastPath = fastPath;
  }

  /** Nodes built so far for this file, aliases expanded (bounded by the limits). */
  long nodes() {
    return nodes;
  }

  /** Settings per limits, made once: positions and errors use this class's file, not a label. */
  private static final Map<YamlLimits, LoadSettings> SETTINGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static LoadSettings settings(YamlLimits limits) {
    return LoadSettings.builder()
        .setSchema(SCHEMA)
        .setParseComments(false)
        .setAllowDuplicateKeys(true)
        .setAllowRecursiveKeys(true)
        .setMaxAliasesForCollections(Integer.MAX_VALUE)
        .setCodePointLimit(limits.maxFileChars())
        .setAllowNonScalarKeys(true)
        .build();
  }

  /** The first document of {@code text} (which starts at 0-based line {@code firstLine}). */
  public Node build(String text, int firstLine) {
    if (fastPath) {
      FastReader fast = new FastReader(text, file, firstLine, limits.maxDepth());
      try {
        Node doc = fast.read();
        if (nodes + fast.nodes() <= limits.maxNodesPerFile()) {
          nodes += fast.nodes();
          return doc;
        }
      } catch (RuntimeException | StackOverflowError e) {
        // FastReader.GiveUp, or a bug (FastReaderTest would tell): snakeyaml-engine reads it
      }
    }
    if (settings == null) { // only when needed: computing it is a good part of a small file's time
      settings = SETTINGS.computeIfAbsent(limits, TreeBuilder::settings);
    }
    this.lineOffset = firstLine;
    this.textLength = text.codePointCount(0, text.length());
    this.textEndsWithNewline = text.endsWith("\n");
    seen.clear();
    aliasDepth = 0;
    aliasCount = 0;
    org.snakeyaml.engine.v2.nodes.Node root;
    try {
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      Iterator<org.snakeyaml.engine.v2.nodes.Node> it = composer;
      if (!it.hasNext()) {
        return null;
      }
      root = it.next();
    } catch (MarkedYamlEngineException e) {
      throw new YamlException(pos(e.getProblemMark()), describe(e), e);
    } catch (YamlEngineException e) {
      throw new YamlException(new SourcePos(file, firstLine + 1, 0), e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw tooDeep(new SourcePos(file, firstLine + 1, 0));
    }
    try {
      return convert(root, 0);
    } catch (StackOverflowError e) {
      throw tooDeep(pos(root.getStartMark()));
    }
  }

  private YamlException tooDeep(SourcePos pos) {
    return new YamlException(
        pos, "YAML is nested deeper than the limit of " + limits.maxDepth() + " levels");
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem().strip();
    String context = e.getContext() == null ? "" : e.getContext().strip();
    String msg = context.isEmpty() ? problem : context + ": " + problem;
    return "malformed YAML: " + msg;
  }

  private SourcePos pos(Optional<Mark> mark) {
    return mark.map(m -> new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
        .orElse(new SourcePos(file, lineOffset + 1, 0));
  }

  private Node convert(org.snakeyaml.engine.v2.nodes.Node n, int depth) {
    boolean viaAlias = !(n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) && !seen.add(n);
    if (viaAlias) {
      aliasDepth++;
    }
    try {
      return convertCounted(n, depth);
    } finally {
      if (viaAlias) {
        aliasDepth--;
      }
    }
  }

  /**
   * yaml.v3's guard against alias bombs (decode.go allowedAliasRatio): beyond 100 alias-driven
   * nodes and 1000 in all, at most 99% of a small document may come from alias expansion, falling
   * to 10% for four million nodes. kustomize itself has no such guard and hangs.
   */
  private static double allowedAliasRatio(long count) {
    if (count <= 400_000) {
      return 0.99;
    }
    if (count >= 4_000_000) {
      return 0.10;
    }
    return 0.99 - 0.89 * ((count - 400_000) / 3_600_000.0);
  }

  private Node convertCounted(org.snakeyaml.engine.v2.nodes.Node n, int depth) {
    if (depth > limits.maxDepth()) {
      throw tooDeep(pos(n.getStartMark()));
    }
    if (aliasDepth > 0) {
      aliasCount++;
    }
    if (++nodes > limits.maxNodesPerFile()
        || (aliasCount > 100
            && nodes > 1000
            && (double) aliasCount / nodes > allowedAliasRatio(nodes))) {
      throw new YamlException(
          pos(n.getStartMark()),
          "document contains excessive aliasing (an alias bomb?): refusing to expand it"
              + " beyond "
              + nodes
              + " nodes");
    }
    SourcePos pos = pos(n.getStartMark());
    if (n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) {
      return scalar(s, pos, blockAtEndWithoutNewline(s));
    }
    if (!inProgress.add(n)) {
      throw new YamlException(
          pos, "anchor '" + n.getAnchor().map(Object::toString).orElse("?") + "' contains itself");
    }
    try {
      if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s) {
        SequenceNode seq = new SequenceNode(pos);
        seq.setTag(collectionTag(s.getTag(), Tags.SEQ));
        seq.setFlow(s.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW);
        for (org.snakeyaml.engine.v2.nodes.Node item : s.getValue()) {
          seq.add(convert(item, depth + 1));
        }
        return seq;
      }
      org.snakeyaml.engine.v2.nodes.MappingNode m = (org.snakeyaml.engine.v2.nodes.MappingNode) n;
      MappingNode map = new MappingNode(pos);
      map.setTag(collectionTag(m.getTag(), Tags.MAP));
      map.setFlow(m.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW);
      for (NodeTuple t : m.getValue()) {
        map.entries()
            .add(
                new MappingNode.Entry(
                    convert(t.getKeyNode(), depth + 1), convert(t.getValueNode(), depth + 1)));
      }
      MergeKeys.apply(map);
      return map;
    } finally {
      inProgress.remove(n);
    }
  }

  private static String collectionTag(Tag tag, String implicit) {
    String t = Tags.shortTag(tag.getValue());
    return t.equals("!") ? implicit : t;
  }

  /**
   * A block scalar that runs to the end of a text without a final line break: yaml.v3 keeps no line
   * break there (the last line has none), snakeyaml-engine adds one.
   */
  private boolean blockAtEndWithoutNewline(org.snakeyaml.engine.v2.nodes.ScalarNode s) {
    if (textEndsWithNewline) {
      return false;
    }
    org.snakeyaml.engine.v2.common.ScalarStyle st = s.getScalarStyle();
    if (st != org.snakeyaml.engine.v2.common.ScalarStyle.LITERAL
        && st != org.snakeyaml.engine.v2.common.ScalarStyle.FOLDED) {
      return false;
    }
    return s.getEndMark().map(m -> m.getIndex() >= textLength).orElse(false);
  }

  private static ScalarNode scalar(
      org.snakeyaml.engine.v2.nodes.ScalarNode s, SourcePos pos, boolean trimFinalBreak) {
    ScalarStyle style =
        switch (s.getScalarStyle()) {
          case PLAIN -> ScalarStyle.PLAIN;
          case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
          case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
          case LITERAL -> ScalarStyle.LITERAL;
          case FOLDED -> ScalarStyle.FOLDED;
        };
    String value = s.getValue();
    if (trimFinalBreak && value.endsWith("\n")) {
      value = value.substring(0, value.length() - 1);
    }
    Tag tag = s.getTag();
    if (tag.equals(IMPLICIT)) {
      // yaml.v3's parser gives a plain "<<" the merge tag itself (resolve() would not).
      String resolved =
          style != ScalarStyle.PLAIN
              ? Tags.STR
              : value.equals("<<") ? Tags.MERGE : V3Resolver.resolveTag(value);
      return new ScalarNode(value, resolved, style, false, pos);
    }
    return new ScalarNode(value, Tags.shortTag(tag.getValue()), style, true, pos);
  }
}
