package dev.hops.kustomize.internal.filters.jsonpatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of Go's {@code encoding/json} that evanphx/json-patch relies on, working on JSON text:
 * syntax checking with Go's error messages, splitting an object or array into the raw text of its
 * members (what {@code json.RawMessage} holds), decoding into Go-like values (every number a
 * float64, as {@code json.Unmarshal} into {@code interface{}} makes it) and {@code json.Compact}.
 */
public final class GoJson {

  /** A JSON error, with the message Go's encoding/json gives. */
  public static final class JsonError extends RuntimeException {
    JsonError(String message) {
      super(message);
    }
  }

  /** The JSON type of a value, as named in Go's UnmarshalTypeError. */
  public enum Type {
    OBJECT("object"),
    ARRAY("array"),
    STRING("string"),
    NUMBER("number"),
    BOOL("bool"),
    NULL("null");

    private final String goName;

    Type(String goName) {
      this.goName = goName;
    }

    public String goName() {
      return goName;
    }
  }

  private final String s;
  private int pos;

  private GoJson(String s) {
    this.s = s;
  }

  // --- syntax checking (encoding/json's scanner) ---

  /**
   * json.Valid with Go's error: throws {@link JsonError} when {@code text} is not one JSON value.
   */
  public static void checkValid(String text) {
    GoJson p = new GoJson(text);
    p.skipSpace();
    if (p.eof()) {
      throw new JsonError("unexpected end of JSON input");
    }
    p.scanValue();
    p.skipSpace();
    if (!p.eof()) {
      throw p.invalid("after top-level value");
    }
  }

  /** The type of a valid JSON text (leading white space allowed). */
  public static Type typeOf(String valid) {
    int i = 0;
    while (i < valid.length() && isSpace(valid.charAt(i))) {
      i++;
    }
    return switch (valid.charAt(i)) {
      case '{' -> Type.OBJECT;
      case '[' -> Type.ARRAY;
      case '"' -> Type.STRING;
      case 't', 'f' -> Type.BOOL;
      case 'n' -> Type.NULL;
      default -> Type.NUMBER;
    };
  }

  private boolean eof() {
    return pos >= s.length();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private void skipSpace() {
    while (pos < s.length() && isSpace(s.charAt(pos))) {
      pos++;
    }
  }

  private JsonError invalid(String context) {
    if (eof()) {
      return new JsonError("unexpected end of JSON input");
    }
    return new JsonError("invalid character " + quoteChar(s.codePointAt(pos)) + " " + context);
  }

  /** Scans one value starting at pos (no leading space); leaves pos after it. */
  private void scanValue() {
    if (eof()) {
      throw invalid("looking for beginning of value");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{' -> scanObject();
      case '[' -> scanArray();
      case '"' -> scanString();
      case 't' -> scanLiteral("true");
      case 'f' -> scanLiteral("false");
      case 'n' -> scanLiteral("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          scanNumber();
        } else {
          throw invalid("looking for beginning of value");
        }
      }
    }
  }

  private void scanObject() {
    pos++;
    skipSpace();
    if (!eof() && s.charAt(pos) == '}') {
      pos++;
      return;
    }
    while (true) {
      if (eof() || s.charAt(pos) != '"') {
        throw invalid("looking for beginning of object key string");
      }
      scanString();
      skipSpace();
      if (eof() || s.charAt(pos) != ':') {
        throw invalid("after object key");
      }
      pos++;
      skipSpace();
      scanValue();
      skipSpace();
      if (eof()) {
        throw invalid("");
      }
      char c = s.charAt(pos);
      if (c == ',') {
        pos++;
        skipSpace();
        continue;
      }
      if (c == '}') {
        pos++;
        return;
      }
      throw invalid("after object key:value pair");
    }
  }

  private void scanArray() {
    pos++;
    skipSpace();
    if (!eof() && s.charAt(pos) == ']') {
      pos++;
      return;
    }
    while (true) {
      scanValue();
      skipSpace();
      if (eof()) {
        throw invalid("");
      }
      char c = s.charAt(pos);
      if (c == ',') {
        pos++;
        skipSpace();
        continue;
      }
      if (c == ']') {
        pos++;
        return;
      }
      throw invalid("after array element");
    }
  }

  private void scanString() {
    pos++;
    while (true) {
      if (eof()) {
        throw invalid("");
      }
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\') {
        pos++;
        if (eof()) {
          throw invalid("");
        }
        char e = s.charAt(pos);
        switch (e) {
          case 'b', 'f', 'n', 'r', 't', '\\', '/', '"' -> pos++;
          case 'u' -> {
            pos++;
            for (int i = 0; i < 4; i++) {
              if (eof()) {
                throw invalid("");
              }
              char h = s.charAt(pos);
              if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
                throw invalid("in \\u hexadecimal character escape");
              }
              pos++;
            }
          }
          default -> throw invalid("in string escape code");
        }
        continue;
      }
      if (c < 0x20) {
        throw invalid("in string literal");
      }
      pos++;
    }
  }

  private void scanLiteral(String lit) {
    pos++;
    for (int i = 1; i < lit.length(); i++) {
      if (eof() || s.charAt(pos) != lit.charAt(i)) {
        throw invalid("in literal " + lit + " (expecting " + quoteChar(lit.charAt(i)) + ")");
      }
      pos++;
    }
  }

  private void scanNumber() {
    if (s.charAt(pos) == '-') {
      pos++;
      if (eof() || !isDigit(s.charAt(pos))) {
        throw invalid("in numeric literal");
      }
    }
    if (s.charAt(pos) == '0') {
      pos++;
    } else {
      while (!eof() && isDigit(s.charAt(pos))) {
        pos++;
      }
    }
    if (!eof() && s.charAt(pos) == '.') {
      pos++;
      if (eof() || !isDigit(s.charAt(pos))) {
        throw invalid("after decimal point in numeric literal");
      }
      while (!eof() && isDigit(s.charAt(pos))) {
        pos++;
      }
    }
    if (!eof() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      pos++;
      if (!eof() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        pos++;
      }
      if (eof() || !isDigit(s.charAt(pos))) {
        throw invalid("in exponent of numeric literal");
      }
      while (!eof() && isDigit(s.charAt(pos))) {
        pos++;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // --- raw members (json.Unmarshal into map[string]*json.RawMessage / []*json.RawMessage) ---

  /**
   * The members of a valid JSON object, each as its raw text, or null for a literal {@code null}
   * (Go sets a nil pointer). Duplicate keys: the last wins, as in Go.
   */
  public static Map<String, String> rawMembers(String valid) {
    GoJson p = new GoJson(valid);
    p.skipSpace();
    Map<String, String> out = new LinkedHashMap<>();
    p.pos++;
    p.skipSpace();
    if (p.s.charAt(p.pos) == '}') {
      return out;
    }
    while (true) {
      int ks = p.pos;
      p.scanString();
      String key = decodeString(valid.substring(ks, p.pos));
      p.skipSpace();
      p.pos++;
      p.skipSpace();
      int vs = p.pos;
      p.scanValue();
      String raw = valid.substring(vs, p.pos);
      out.put(key, raw.equals("null") ? null : raw);
      p.skipSpace();
      if (p.s.charAt(p.pos++) == '}') {
        return out;
      }
      p.skipSpace();
    }
  }

  /** The elements of a valid JSON array as raw texts, null for literal {@code null}. */
  public static List<String> rawElements(String valid) {
    GoJson p = new GoJson(valid);
    p.skipSpace();
    List<String> out = new ArrayList<>();
    p.pos++;
    p.skipSpace();
    if (p.s.charAt(p.pos) == ']') {
      return out;
    }
    while (true) {
      int vs = p.pos;
      p.scanValue();
      String raw = valid.substring(vs, p.pos);
      out.add(raw.equals("null") ? null : raw);
      p.skipSpace();
      if (p.s.charAt(p.pos++) == ']') {
        return out;
      }
      p.skipSpace();
    }
  }

  // --- values ---

  /**
   * json.Unmarshal into interface{}: LinkedHashMap, ArrayList, String, Double, Boolean or null. The
   * text must be valid.
   */
  public static Object decode(String valid) {
    GoJson p = new GoJson(valid);
    p.skipSpace();
    return p.decodeValue();
  }

  private Object decodeValue() {
    char c = s.charAt(pos);
    switch (c) {
      case '{' -> {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (s.charAt(pos) == '}') {
          pos++;
          return m;
        }
        while (true) {
          int ks = pos;
          scanString();
          String key = decodeString(s.substring(ks, pos));
          skipSpace();
          pos++;
          skipSpace();
          m.put(key, decodeValue());
          skipSpace();
          if (s.charAt(pos++) == '}') {
            return m;
          }
          skipSpace();
        }
      }
      case '[' -> {
        List<Object> l = new ArrayList<>();
        pos++;
        skipSpace();
        if (s.charAt(pos) == ']') {
          pos++;
          return l;
        }
        while (true) {
          l.add(decodeValue());
          skipSpace();
          if (s.charAt(pos++) == ']') {
            return l;
          }
          skipSpace();
        }
      }
      case '"' -> {
        int start = pos;
        scanString();
        return decodeString(s.substring(start, pos));
      }
      case 't' -> {
        pos += 4;
        return Boolean.TRUE;
      }
      case 'f' -> {
        pos += 5;
        return Boolean.FALSE;
      }
      case 'n' -> {
        pos += 4;
        return null;
      }
      default -> {
        int start = pos;
        scanNumber();
        String num = s.substring(start, pos);
        double d = Double.parseDouble(num);
        if (Double.isInfinite(d)) {
          throw new JsonError(
              "json: cannot unmarshal number " + num + " into Go value of type float64");
        }
        return d;
      }
    }
  }

  /** Decodes a valid JSON string literal (with its quotes); bad surrogates become U+FFFD. */
  public static String decodeString(String literal) {
    StringBuilder sb = new StringBuilder(literal.length());
    int end = literal.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = literal.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          char u = (char) Integer.parseInt(literal.substring(i + 1, i + 5), 16);
          i += 4;
          if (Character.isHighSurrogate(u)
              && i + 6 < end
              && literal.charAt(i + 1) == '\\'
              && literal.charAt(i + 2) == 'u') {
            char lo = (char) Integer.parseInt(literal.substring(i + 3, i + 7), 16);
            if (Character.isLowSurrogate(lo)) {
              sb.append(u).append(lo);
              i += 6;
              continue;
            }
          }
          sb.append(Character.isSurrogate(u) ? '\uFFFD' : u);
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }

  /**
   * json.Unmarshal of a raw value into a Go string: the decoded text, or the Go error for another
   * JSON type.
   */
  public static String unmarshalString(String raw) {
    Type t = typeOf(raw);
    if (t == Type.NULL) {
      return "";
    }
    if (t != Type.STRING) {
      throw new JsonError("json: cannot unmarshal " + t.goName() + " into Go value of type string");
    }
    return decodeString(raw.strip());
  }

  /** json.Compact: the text without insignificant white space. */
  public static String compact(String valid) {
    StringBuilder sb = new StringBuilder(valid.length());
    boolean inString = false;
    for (int i = 0; i < valid.length(); i++) {
      char c = valid.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\') {
          sb.append(valid.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        sb.append(c);
      } else if (!isSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // --- Go quoting ---

  /** encoding/json's quoteChar: {@code 'x'} for a character in an error message. */
  static String quoteChar(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String q = quote(new String(Character.toChars(c)));
    return "'" + q.substring(1, q.length() - 1) + "'";
  }

  /** Go's strconv.Quote: a double-quoted string with Go escapes. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case 0x07 -> sb.append("\\a");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case 0x0B -> sb.append("\\v");
        default -> {
          if (Character.isSurrogate((char) cp) && cp < 0x10000) {
            sb.append("\\ufffd");
          } else if (isGoPrintable(cp)) {
            sb.appendCodePoint(cp);
          } else if (cp < 0x80) {
            sb.append(String.format("\\x%02x", cp));
          } else if (cp < 0x10000) {
            sb.append(String.format("\\u%04x", cp));
          } else {
            sb.append(String.format("\\U%08x", cp));
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean isGoPrintable(int cp) {
    if (cp < 0x20 || cp == 0x7F) {
      return false;
    }
    if (cp < 0x7F) {
      return true;
    }
    if (cp == 0xAD) {
      return false;
    }
    int type = Character.getType(cp);
    return switch (type) {
      case Character.UNASSIGNED,
          Character.CONTROL,
          Character.FORMAT,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
