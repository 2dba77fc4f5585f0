package dev.hops.flux.internal.subst;

import static dev.hops.flux.internal.subst.Scanner.ESCAPE_ALL;
import static dev.hops.flux.internal.subst.Scanner.SCAN_ESCAPE;
import static dev.hops.flux.internal.subst.Scanner.SCAN_IDENT;
import static dev.hops.flux.internal.subst.Scanner.SCAN_LBRACK;
import static dev.hops.flux.internal.subst.Scanner.SCAN_RBRACK;

import dev.hops.flux.internal.subst.Scanner.Token;
import dev.hops.flux.internal.subst.TemplateNode.Func;
import dev.hops.flux.internal.subst.TemplateNode.Seq;
import dev.hops.flux.internal.subst.TemplateNode.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of fluxcd/pkg {@code envsubst/parse/parse.go}. The top level is a loop rather than Go's
 * recursion (long objects would need deep stacks) but builds the same right-nested tree.
 */
final class Parser {

  /** The empty text Go returns at the end of input. */
  static final Text EMPTY = new Text("");

  private final Scanner scanner;

  private Parser(String bytes) {
    this.scanner = new Scanner(bytes);
  }

  /** Parses a template given as a byte string. */
  static TemplateNode parse(String bytes) {
    return new Parser(bytes).parseAny();
  }

  private EnvsubstException error(String message) {
    return new EnvsubstException(message, scanner.originalOffset());
  }

  private TemplateNode parseAny() {
    List<TemplateNode> nodes = new ArrayList<>();
    while (true) {
      scanner.accept = Scanner::acceptRune;
      scanner.mode = SCAN_IDENT | SCAN_LBRACK | SCAN_ESCAPE;
      scanner.escapeChars = Scanner.DOLLAR;
      Token tok = scanner.scan();
      if (tok == Token.IDENT) {
        nodes.add(new Text(scanner.string()));
      } else if (tok == Token.EOF) {
        break;
      } else if (tok == Token.LBRACK) {
        nodes.add(parseFunc());
      } else {
        throw error(EnvsubstException.BAD_SUBSTITUTION);
      }
    }
    if (nodes.isEmpty()) {
      return EMPTY;
    }
    TemplateNode result = nodes.getLast();
    for (int i = nodes.size() - 2; i >= 0; i--) {
      result = new Seq(List.of(nodes.get(i), result));
    }
    return result;
  }

  private TemplateNode parseFunc() {
    scanner.escapeChars = ESCAPE_ALL;
    if (scanner.peek() == '#') {
      return parseLenFunc();
    }
    scanner.accept = Scanner::acceptIdent;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.PARSE_VARIABLE_NAME);
    }
    String name = scanner.string();
    switch (scanner.peek()) {
      case ':' -> {
        return parseDefaultOrSubstr(name);
      }
      case '=' -> {
        return parseDefaultFunc(name);
      }
      case ',', '^' -> {
        return parseCasingFunc(name);
      }
      case '/' -> {
        return parseReplaceFunc(name);
      }
      case '#' -> {
        return parseRemoveFunc(name, Scanner::acceptHashFunc);
      }
      case '%' -> {
        return parseRemoveFunc(name, Scanner::acceptPercentFunc);
      }
      default -> {}
    }
    scanner.accept = Scanner::acceptIdent;
    scanner.mode = SCAN_RBRACK;
    if (scanner.scan() == Token.RBRACK) {
      return new Func(name, "", List.of());
    }
    throw error(EnvsubstException.MISSING_CLOSING_BRACE);
  }

  /** A function argument: a nested substitution or a text. */
  private TemplateNode parseParam(Scanner.Accept accept, int mode) {
    scanner.accept = accept;
    scanner.mode = mode | SCAN_LBRACK;
    return switch (scanner.scan()) {
      case LBRACK -> parseFunc();
      case IDENT, RBRACK -> new Text(scanner.string());
      default -> throw error(EnvsubstException.PARSE_FUNC_SUBSTITUTION);
    };
  }

  private TemplateNode parseDefaultOrSubstr(String name) {
    scanner.read();
    int r = scanner.peek();
    scanner.unread();
    return switch (r) {
      case '=', '-', '?', '+' -> parseDefaultFunc(name);
      default -> parseSubstrFunc(name);
    };
  }

  /** ${param:offset} and ${param:offset:length}. */
  private TemplateNode parseSubstrFunc(String name) {
    scanner.accept = Scanner::acceptOneColon;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    String op = scanner.string();
    List<TemplateNode> args = new ArrayList<>();
    args.add(parseParam(Scanner::rejectColonClose, SCAN_IDENT));
    scanner.accept = Scanner::acceptColon;
    scanner.mode = SCAN_IDENT | SCAN_RBRACK;
    switch (scanner.scan()) {
      case RBRACK -> {
        return new Func(name, op, args);
      }
      case IDENT -> {}
      default -> throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    args.add(parseParam(Scanner::acceptNotClosing, SCAN_IDENT));
    consumeRbrack();
    return new Func(name, op, args);
  }

  /** ${param#word}, ${param##word}, ${param%word}, ${param%%word}. */
  private TemplateNode parseRemoveFunc(String name, Scanner.Accept accept) {
    scanner.accept = accept;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    String op = scanner.string();
    TemplateNode arg = parseParam(Scanner::acceptNotClosing, SCAN_IDENT);
    consumeRbrack();
    return new Func(name, op, List.of(arg));
  }

  /** ${param/pattern/string}, ${param//...}, ${param/#...}, ${param/%...}. */
  private TemplateNode parseReplaceFunc(String name) {
    scanner.accept = Scanner::acceptReplaceFunc;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    String op = scanner.string();
    List<TemplateNode> args = new ArrayList<>();
    args.add(parseParam(Scanner::acceptNotSlash, SCAN_IDENT | SCAN_ESCAPE));
    scanner.accept = Scanner::acceptSlash;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    if (scanner.peek() != '}') {
      args.add(parseParam(Scanner::acceptNotClosing, SCAN_IDENT | SCAN_ESCAPE));
    }
    consumeRbrack();
    return new Func(name, op, args);
  }

  /** ${param=word}, ${param:=word}, ${param:-word}, ${param:?word}, ${param:+word}. */
  private TemplateNode parseDefaultFunc(String name) {
    scanner.accept = scanner.peek() == '=' ? Scanner::acceptOneEqual : Scanner::acceptDefaultFunc;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.PARSE_DEFAULT_FUNCTION);
    }
    String op = scanner.string();
    List<TemplateNode> args = new ArrayList<>();
    while (scanner.peek() != '}') {
      args.add(parseParam(Scanner::acceptNotClosing, SCAN_IDENT));
    }
    consumeRbrack();
    return new Func(name, op, args);
  }

  /** ${param,}, ${param,,}, ${param^}, ${param^^}. */
  private TemplateNode parseCasingFunc(String name) {
    scanner.accept = Scanner::acceptCasingFunc;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    String op = scanner.string();
    consumeRbrack();
    return new Func(name, op, List.of());
  }

  /** ${#param}. */
  private TemplateNode parseLenFunc() {
    scanner.accept = Scanner::acceptOneHash;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    String op = scanner.string();
    scanner.accept = Scanner::acceptIdent;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() != Token.IDENT) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
    return consumed(new Func(scanner.string(), op, List.of()));
  }

  private TemplateNode consumed(TemplateNode node) {
    consumeRbrack();
    return node;
  }

  /** Consumes a closing brace, else "bad substitution". */
  private void consumeRbrack() {
    scanner.mode = SCAN_RBRACK;
    if (scanner.scan() != Token.RBRACK) {
      throw error(EnvsubstException.BAD_SUBSTITUTION);
    }
  }
}
