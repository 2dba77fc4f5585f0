package dev.hops.flux.internal.subst;

/**
 * Port of fluxcd/pkg {@code envsubst/parse/scan.go} (forked from drone/envsubst), kept literal:
 * byte positions, a rune width remembered from the last read (so an {@code unread} after a {@code
 * peek} steps back by the peeked rune's width, as in Go), NUL read as end of input, and escapes
 * removed from the buffer in place.
 */
final class Scanner {

  /** The eof rune: rune(0), so a NUL byte also ends a token. */
  static final int EOF = 0;

  enum Token {
    ILLEGAL,
    EOF,
    IDENT,
    LBRACK,
    RBRACK
  }

  // mode bits
  static final int SCAN_IDENT = 1;
  static final int SCAN_LBRACK = 1 << 1;
  static final int SCAN_RBRACK = 1 << 2;
  static final int SCAN_ESCAPE = 1 << 3;

  // escape bits
  static final int DOLLAR = 1;
  static final int BACKSLASH = 1 << 1;
  static final int ESCAPE_ALL = DOLLAR | BACKSLASH;

  /** Accepts or rejects a rune; {@code i} is the byte length of the token including it. */
  @FunctionalInterface
  interface Accept {
    boolean test(int r, int i);
  }

  private StringBuilder buf;
  private int pos;
  private int start;
  private int width;
  private int skipped;
  int mode;
  int escapeChars;
  Accept accept;

  Scanner(String bytes) {
    this.buf = new StringBuilder(bytes);
  }

  /** The current position as a byte offset in the original input (escapes removed so far added). */
  int originalOffset() {
    return pos + skipped;
  }

  int read() {
    if (pos >= buf.length()) {
      width = 0;
      return EOF;
    }
    long d = GoStrings.decodeRune(buf, pos);
    width = GoStrings.width(d);
    pos += width;
    return GoStrings.rune(d);
  }

  void unread() {
    pos -= width;
  }

  /** Removes the byte before the current position (the escape character just read). */
  private void skip() {
    buf.deleteCharAt(pos - 1);
    skipped++;
  }

  int peek() {
    int r = read();
    unread();
    return r;
  }

  /** The text of the last token. */
  String string() {
    return buf.substring(start, pos);
  }

  private boolean shouldEscape(int character) {
    return (escapeChars & character) != 0;
  }

  Token scan() {
    start = pos;
    int r = read();
    if (r == EOF) {
      return Token.EOF;
    }
    if (scanLbrack(r)) {
      return Token.LBRACK;
    }
    if (scanRbrack(r)) {
      return Token.RBRACK;
    }
    if (scanIdent(r)) {
      return Token.IDENT;
    }
    return Token.ILLEGAL;
  }

  private boolean scanIdent(int r) {
    if ((mode & SCAN_IDENT) == 0) {
      return false;
    }
    if (scanEscaped(r)) {
      skip();
    } else if (!accept.test(r, pos - start)) {
      return false;
    }
    while (true) {
      int c = read();
      if (c == EOF) {
        unread();
        break;
      }
      if (scanLbrack(c)) {
        unread();
        unread();
        break;
      }
      if (scanEscaped(c)) {
        skip();
        continue;
      }
      if (!accept.test(c, pos - start)) {
        unread();
        break;
      }
    }
    return true;
  }

  private boolean scanLbrack(int r) {
    if ((mode & SCAN_LBRACK) == 0) {
      return false;
    }
    if (r == '$') {
      if (read() == '{') {
        return true;
      }
      unread();
    }
    return false;
  }

  private boolean scanRbrack(int r) {
    if ((mode & SCAN_RBRACK) == 0) {
      return false;
    }
    return r == '}';
  }

  private boolean scanEscaped(int r) {
    if ((mode & SCAN_ESCAPE) == 0) {
      return false;
    }
    if (r == '$' && shouldEscape(DOLLAR)) {
      if (peek() == '$') {
        return true;
      }
    }
    if (r == '\\' && shouldEscape(BACKSLASH)) {
      int p = peek();
      return p == '/' || p == '\\';
    }
    return false;
  }

  // --- accept functions ---

  static boolean acceptRune(int r, int i) {
    return true;
  }

  static boolean acceptIdent(int r, int i) {
    return Character.isLetter(r) || Character.isDigit(r) || r == '_';
  }

  static boolean acceptColon(int r, int i) {
    return r == ':';
  }

  static boolean acceptOneHash(int r, int i) {
    return r == '#' && i == 1;
  }

  static boolean acceptNotClosing(int r, int i) {
    return r != '}';
  }

  static boolean acceptHashFunc(int r, int i) {
    return r == '#' && i < 3;
  }

  static boolean acceptPercentFunc(int r, int i) {
    return r == '%' && i < 3;
  }

  static boolean acceptDefaultFunc(int r, int i) {
    return (i == 1 && r == ':') || (i == 2 && (r == '=' || r == '-' || r == '?' || r == '+'));
  }

  static boolean acceptReplaceFunc(int r, int i) {
    return (i == 1 && r == '/') || (i == 2 && (r == '/' || r == '#' || r == '%'));
  }

  static boolean acceptOneEqual(int r, int i) {
    return i == 1 && r == '=';
  }

  static boolean acceptOneColon(int r, int i) {
    return i == 1 && r == ':';
  }

  static boolean rejectColonClose(int r, int i) {
    return r != ':' && r != '}';
  }

  static boolean acceptSlash(int r, int i) {
    return r == '/';
  }

  static boolean acceptNotSlash(int r, int i) {
    return r != '/';
  }

  static boolean acceptCasingFunc(int r, int i) {
    return (r == ',' || r == '^') && i < 3;
  }
}
