package dev.hops.yaml.internal.v2;

/**
 * libyaml's {@code yaml_emitter_analyze_scalar}, on code points: which styles may write a scalar.
 * Plain style is refused for indicators at the start ({@code - x}, {@code *a}), {@code ": "} and
 * {@code " #"} inside, leading or trailing spaces, line breaks; single quotes for spaces next to
 * line breaks and non-printable characters; block style for trailing spaces and non-printables.
 *
 * <p>One instance is reused by an emitter for every scalar.
 */
final class V2ScalarAnalysis {

  String value;
  boolean multiline;
  boolean flowPlainAllowed;
  boolean blockPlainAllowed;
  boolean singleQuotedAllowed;
  boolean blockAllowed;

  /** The length in UTF-8 bytes: keys longer than 128 bytes are not written as simple keys. */
  int utf8Length;

  private boolean flowIndicators;
  private boolean blockIndicators;
  private boolean special;
  private boolean leadingSpace;
  private boolean leadingBreak;
  private boolean trailingSpace;
  private boolean trailingBreak;
  private boolean breakSpace;
  private boolean spaceBreak;
  private boolean previousSpace;
  private boolean previousBreak;

  /** ASCII characters that need no attention after the first position. */
  private static final boolean[] ORDINARY = new boolean[0x80];

  static {
    for (char c = 0x21; c < 0x7F; c++) {
      ORDINARY[c] = ",?[]{}:#".indexOf(c) < 0;
    }
  }

  void analyze(String v) {
    value = v;
    if (v.isEmpty()) {
      multiline = false;
      flowPlainAllowed = false;
      blockPlainAllowed = true;
      singleQuotedAllowed = true;
      blockAllowed = false;
      utf8Length = 0;
      return;
    }
    reset(v.startsWith("---") || v.startsWith("..."));
    boolean precededByWhitespace = true;
    int bytes = 0;
    int n = v.length();
    for (int i = 0; i < n; ) {
      char ch = v.charAt(i);
      if (i > 0 && ch < 0x80 && ORDINARY[ch]) {
        // Printable ASCII that is neither a space nor an indicator inside a scalar.
        bytes++;
        previousSpace = false;
        previousBreak = false;
        precededByWhitespace = false;
        i++;
        continue;
      }
      int c = Character.isSurrogate(ch) ? v.codePointAt(i) : ch;
      int w = Character.charCount(c);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      boolean last = i + w >= n;
      boolean followedByWhitespace = last || V2Output.isBlank(v.charAt(i + w));
      if (i == 0) {
        firstCharacter(c, followedByWhitespace);
      } else {
        innerCharacter(c, followedByWhitespace, precededByWhitespace);
      }
      special |= !V2Output.isPrintable(c);
      spacing(c, i == 0, last);
      precededByWhitespace = V2Output.isBlankz(c);
      i += w;
    }
    utf8Length = bytes;
    allowances();
  }

  private void reset(boolean documentMarker) {
    flowIndicators = documentMarker;
    blockIndicators = documentMarker;
    multiline = false;
    special = false;
    leadingSpace = false;
    leadingBreak = false;
    trailingSpace = false;
    trailingBreak = false;
    breakSpace = false;
    spaceBreak = false;
    previousSpace = false;
    previousBreak = false;
  }

  private void firstCharacter(int c, boolean followedByWhitespace) {
    switch (c) {
      case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
        flowIndicators = true;
        blockIndicators = true;
      }
      case '?', ':' -> {
        flowIndicators = true;
        blockIndicators |= followedByWhitespace;
      }
      case '-' -> {
        flowIndicators |= followedByWhitespace;
        blockIndicators |= followedByWhitespace;
      }
      default -> {}
    }
  }

  private void innerCharacter(int c, boolean followedByWhitespace, boolean precededByWhitespace) {
    switch (c) {
      case ',', '?', '[', ']', '{', '}' -> flowIndicators = true;
      case ':' -> {
        flowIndicators = true;
        blockIndicators |= followedByWhitespace;
      }
      case '#' -> {
        flowIndicators |= precededByWhitespace;
        blockIndicators |= precededByWhitespace;
      }
      default -> {}
    }
  }

  private void spacing(int c, boolean first, boolean last) {
    if (c == ' ') {
      leadingSpace |= first;
      trailingSpace |= last;
      breakSpace |= previousBreak;
      previousSpace = true;
      previousBreak = false;
    } else if (V2Output.isBreak(c)) {
      multiline = true;
      leadingBreak |= first;
      trailingBreak |= last;
      spaceBreak |= previousSpace;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
  }

  private void allowances() {
    flowPlainAllowed = true;
    blockPlainAllowed = true;
    singleQuotedAllowed = true;
    blockAllowed = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || multiline) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
    }
    if (trailingSpace) {
      blockAllowed = false;
    }
    if (breakSpace) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
      singleQuotedAllowed = false;
    }
    if (spaceBreak || special) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
      singleQuotedAllowed = false;
      blockAllowed = false;
    }
    flowPlainAllowed &= !flowIndicators;
    blockPlainAllowed &= !blockIndicators;
  }
}
