package dev.hops.yaml.internal.v2;

/**
 * goyaml.v2's emitter state machine (emitterc.go), driven by events. libyaml looks ahead a few
 * events to see whether a collection is empty; here the caller says so in the start event. Only
 * what {@code yaml.Marshal} produces is supported: one implicit document per emitter, no tags, no
 * anchors, block collections (written {@code []} / {@code {}} when empty).
 */
public final class V2Emitter extends V2Scalars {

  public static final int STYLE_PLAIN = PLAIN;
  public static final int STYLE_DOUBLE_QUOTED = DOUBLE_QUOTED;
  public static final int STYLE_LITERAL = LITERAL;

  private static final int DOCUMENT_CONTENT = 1;
  private static final int DOCUMENT_END = 2;
  private static final int FLOW_SEQUENCE_FIRST_ITEM = 3;
  private static final int FLOW_SEQUENCE_ITEM = 4;
  private static final int FLOW_MAPPING_FIRST_KEY = 5;
  private static final int FLOW_MAPPING_KEY = 6;
  private static final int FLOW_MAPPING_SIMPLE_VALUE = 7;
  private static final int FLOW_MAPPING_VALUE = 8;
  private static final int BLOCK_SEQUENCE_FIRST_ITEM = 9;
  private static final int BLOCK_SEQUENCE_ITEM = 10;
  private static final int BLOCK_MAPPING_FIRST_KEY = 11;
  private static final int BLOCK_MAPPING_KEY = 12;
  private static final int BLOCK_MAPPING_SIMPLE_VALUE = 13;
  private static final int BLOCK_MAPPING_VALUE = 14;
  private static final int DOCUMENT_DONE = 15;

  private static final int SCALAR = 1;
  private static final int SEQUENCE_START = 2;
  private static final int SEQUENCE_END = 3;
  private static final int MAPPING_START = 4;
  private static final int MAPPING_END = 5;

  private int state = DOCUMENT_CONTENT;
  private int[] states = new int[32];
  private int stateDepth;
  private int flowLevel;

  private boolean rootContext;
  private boolean mappingContext;
  private boolean simpleKeyContext;

  /** The event being processed. */
  private int eventType;

  private int eventStyle;
  private boolean eventEmpty;

  /** An emitter writing one document into {@code out}. */
  public V2Emitter(StringBuilder out) {
    super(out);
  }

  public void scalar(String text, int style) {
    scalar.analyze(text);
    eventStyle = style;
    dispatch(SCALAR);
  }

  public void sequenceStart(boolean empty) {
    eventEmpty = empty;
    dispatch(SEQUENCE_START);
  }

  public void sequenceEnd() {
    dispatch(SEQUENCE_END);
  }

  public void mappingStart(boolean empty) {
    eventEmpty = empty;
    dispatch(MAPPING_START);
  }

  public void mappingEnd() {
    dispatch(MAPPING_END);
  }

  /** The document end: the last line is ended. No {@code ...} marker: the document is implicit. */
  public void documentEnd() {
    if (state != DOCUMENT_END) {
      throw new IllegalStateException("expected DOCUMENT-END");
    }
    writeIndent();
    state = DOCUMENT_DONE;
  }

  private void dispatch(int type) {
    eventType = type;
    switch (state) {
      case DOCUMENT_CONTENT -> {
        pushState(DOCUMENT_END);
        emitNode(true, false, false);
      }
      case FLOW_SEQUENCE_FIRST_ITEM -> flowSequenceItem(true);
      case FLOW_SEQUENCE_ITEM -> flowSequenceItem(false);
      case FLOW_MAPPING_FIRST_KEY -> flowMappingKey(true);
      case FLOW_MAPPING_KEY -> flowMappingKey(false);
      case FLOW_MAPPING_SIMPLE_VALUE -> flowMappingValue(true);
      case FLOW_MAPPING_VALUE -> flowMappingValue(false);
      case BLOCK_SEQUENCE_FIRST_ITEM -> blockSequenceItem(true);
      case BLOCK_SEQUENCE_ITEM -> blockSequenceItem(false);
      case BLOCK_MAPPING_FIRST_KEY -> blockMappingKey(true);
      case BLOCK_MAPPING_KEY -> blockMappingKey(false);
      case BLOCK_MAPPING_SIMPLE_VALUE -> blockMappingValue(true);
      case BLOCK_MAPPING_VALUE -> blockMappingValue(false);
      default -> throw new IllegalStateException("unexpected event in emitter state " + state);
    }
  }

  private void pushState(int s) {
    if (stateDepth == states.length) {
      states = java.util.Arrays.copyOf(states, stateDepth * 2);
    }
    states[stateDepth++] = s;
  }

  private void popState() {
    state = states[--stateDepth];
  }

  private void flowSequenceItem(boolean first) {
    if (first) {
      writeIndicator("[", true, true, false);
      increaseIndent(true, false);
      flowLevel++;
    }
    if (eventType == SEQUENCE_END) {
      flowLevel--;
      popIndent();
      writeIndicator("]", false, false, false);
      popState();
      return;
    }
    if (!first) {
      writeIndicator(",", false, false, false);
    }
    if (column > BEST_WIDTH) {
      writeIndent();
    }
    pushState(FLOW_SEQUENCE_ITEM);
    emitNode(false, false, false);
  }

  private void flowMappingKey(boolean first) {
    if (first) {
      writeIndicator("{", true, true, false);
      increaseIndent(true, false);
      flowLevel++;
    }
    if (eventType == MAPPING_END) {
      flowLevel--;
      popIndent();
      writeIndicator("}", false, false, false);
      popState();
      return;
    }
    if (!first) {
      writeIndicator(",", false, false, false);
    }
    if (column > BEST_WIDTH) {
      writeIndent();
    }
    if (checkSimpleKey()) {
      pushState(FLOW_MAPPING_SIMPLE_VALUE);
      emitNode(false, true, true);
      return;
    }
    writeIndicator("?", true, false, false);
    pushState(FLOW_MAPPING_VALUE);
    emitNode(false, true, false);
  }

  private void flowMappingValue(boolean simple) {
    if (simple) {
      writeIndicator(":", false, false, false);
    } else {
      if (column > BEST_WIDTH) {
        writeIndent();
      }
      writeIndicator(":", true, false, false);
    }
    pushState(FLOW_MAPPING_KEY);
    emitNode(false, true, false);
  }

  private void blockSequenceItem(boolean first) {
    if (first) {
      // A sequence that is a mapping value is not indented: "- " at the key's column.
      increaseIndent(false, mappingContext && !indention);
    }
    if (eventType == SEQUENCE_END) {
      popIndent();
      popState();
      return;
    }
    writeIndent();
    writeIndicator("-", true, false, true);
    pushState(BLOCK_SEQUENCE_ITEM);
    emitNode(false, false, false);
  }

  private void blockMappingKey(boolean first) {
    if (first) {
      increaseIndent(false, false);
    }
    if (eventType == MAPPING_END) {
      popIndent();
      popState();
      return;
    }
    writeIndent();
    if (checkSimpleKey()) {
      pushState(BLOCK_MAPPING_SIMPLE_VALUE);
      emitNode(false, true, true);
      return;
    }
    writeIndicator("?", true, false, true);
    pushState(BLOCK_MAPPING_VALUE);
    emitNode(false, true, false);
  }

  private void blockMappingValue(boolean simple) {
    if (simple) {
      writeIndicator(":", false, false, false);
    } else {
      writeIndent();
      writeIndicator(":", true, false, true);
    }
    pushState(BLOCK_MAPPING_KEY);
    emitNode(false, true, false);
  }

  private void emitNode(boolean root, boolean mapping, boolean simpleKey) {
    rootContext = root;
    mappingContext = mapping;
    simpleKeyContext = simpleKey;
    switch (eventType) {
      case SCALAR -> emitScalar();
      case SEQUENCE_START ->
          state =
              flowLevel > 0 || eventEmpty ? FLOW_SEQUENCE_FIRST_ITEM : BLOCK_SEQUENCE_FIRST_ITEM;
      case MAPPING_START ->
          state = flowLevel > 0 || eventEmpty ? FLOW_MAPPING_FIRST_KEY : BLOCK_MAPPING_FIRST_KEY;
      default ->
          throw new IllegalStateException(
              "expected SCALAR, SEQUENCE-START or MAPPING-START, got event " + eventType);
    }
  }

  /**
   * A key is written {@code key: value} unless it is multi-line, longer than 128 bytes or a
   * collection.
   */
  private boolean checkSimpleKey() {
    return switch (eventType) {
      case SCALAR -> !scalar.multiline && scalar.utf8Length <= 128;
      case SEQUENCE_START, MAPPING_START -> eventEmpty;
      default -> false;
    };
  }

  private void emitScalar() {
    int style = selectScalarStyle();
    increaseIndent(true, false);
    String value = scalar.value;
    switch (style) {
      case PLAIN -> writePlain(value, !simpleKeyContext, rootContext);
      case SINGLE_QUOTED -> writeSingleQuoted(value, !simpleKeyContext);
      case DOUBLE_QUOTED -> writeDoubleQuoted(value, !simpleKeyContext);
      default -> writeLiteral(value);
    }
    popIndent();
    popState();
  }

  private int selectScalarStyle() {
    int style = eventStyle;
    V2ScalarAnalysis a = scalar;
    if (simpleKeyContext && a.multiline) {
      style = DOUBLE_QUOTED;
    }
    if (style == PLAIN) {
      if ((flowLevel > 0 && !a.flowPlainAllowed) || (flowLevel == 0 && !a.blockPlainAllowed)) {
        style = SINGLE_QUOTED;
      }
      if (a.value.isEmpty() && (flowLevel > 0 || simpleKeyContext)) {
        style = SINGLE_QUOTED;
      }
    }
    if (style == SINGLE_QUOTED && !a.singleQuotedAllowed) {
      style = DOUBLE_QUOTED;
    }
    if (style == LITERAL && (!a.blockAllowed || flowLevel > 0 || simpleKeyContext)) {
      style = DOUBLE_QUOTED;
    }
    return style;
  }
}
