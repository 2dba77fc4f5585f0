package dev.hops.check.schema;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;

/**
 * Reads a JSON document into the YAML node tree, positions included. Schema catalogs hold JSON
 * files of a megabyte and more; a JSON parser reads them several times faster than the YAML reader
 * would.
 */
final class JsonReader {

  private final String text;
  private final String file;
  private int at;
  private int line = 1;
  private int lineStart;

  private JsonReader(String text, String file) {
    this.text = text;
    this.file = file;
  }

  /** The document; throws {@link SchemaException} at the first syntax error. */
  static Node read(String text, String file) {
    JsonReader r = new JsonReader(text, file);
    r.space();
    Node n = r.value();
    r.space();
    if (r.at < text.length()) {
      throw r.error("unexpected text after the document");
    }
    return n;
  }

  private Node value() {
    if (at >= text.length()) {
      throw error("unexpected end of the file");
    }
    SourcePos pos = pos();
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(pos);
      case '[' -> array(pos);
      case '"' -> new ScalarNode(string(), Tags.STR, ScalarStyle.DOUBLE_QUOTED, false, pos);
      case 't' -> literal("true", Tags.BOOL, pos);
      case 'f' -> literal("false", Tags.BOOL, pos);
      case 'n' -> literal("null", Tags.NULL, pos);
      default -> number(pos);
    };
  }

  private MappingNode object(SourcePos pos) {
    MappingNode m = new MappingNode(pos);
    at++;
    space();
    if (peek() == '}') {
      at++;
      return m;
    }
    while (true) {
      space();
      SourcePos keyPos = pos();
      if (peek() != '"') {
        throw error("expected a string key");
      }
      ScalarNode key = new ScalarNode(string(), Tags.STR, ScalarStyle.PLAIN, false, keyPos);
      space();
      expect(':');
      space();
      m.entries().add(new MappingNode.Entry(key, value()));
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return m;
      }
    }
  }

  private SequenceNode array(SourcePos pos) {
    SequenceNode s = new SequenceNode(pos);
    at++;
    space();
    if (peek() == ']') {
      at++;
      return s;
    }
    while (true) {
      space();
      s.add(value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return s;
      }
    }
  }

  private String string() {
    at++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = at < text.length() ? text.charAt(at++) : ' ';
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("bad \\u escape");
          }
          sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private ScalarNode literal(String word, String tag, SourcePos pos) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected character '" + text.charAt(at) + "'");
    }
    at += word.length();
    return new ScalarNode(word, tag, ScalarStyle.PLAIN, false, pos);
  }

  private ScalarNode number(SourcePos pos) {
    int start = at;
    boolean fraction = false;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      fraction |= "eE.".indexOf(text.charAt(at)) >= 0;
      at++;
    }
    String n = text.substring(start, at);
    if (n.isEmpty() || !n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      at = start;
      throw error(n.isEmpty() ? "unexpected character '" + text.charAt(at) + "'" : "bad number");
    }
    return new ScalarNode(n, fraction ? Tags.FLOAT : Tags.INT, ScalarStyle.PLAIN, false, pos);
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\n') {
        line++;
        lineStart = at + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private SourcePos pos() {
    return new SourcePos(file, line, at - lineStart + 1);
  }

  private SchemaException error(String what) {
    return new SchemaException(pos(), "malformed JSON: " + what);
  }
}
