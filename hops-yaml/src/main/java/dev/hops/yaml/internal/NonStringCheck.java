package dev.hops.yaml.internal;

import dev.hops.yaml.Tags;
import java.util.Iterator;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * kyaml's {@code IsValueNonString}: would this text, parsed as a YAML 1.1 document by Go's yaml.v2,
 * be something other than a string? Kustomize double-quotes such strings when it sets them ({@code
 * "8080"}, {@code "yes"}, {@code "a: b"}, {@code "- x"}).
 */
public final class NonStringCheck {

  /** Made when first needed: most values never reach snakeyaml-engine. */
  private static final class Snakeyaml {
    static final LoadSettings SETTINGS =
        LoadSettings.builder().setParseComments(false).setAllowDuplicateKeys(true).build();
  }

  private NonStringCheck() {}

  public static boolean isValueNonString(String value) {
    if (value.isEmpty() || value.indexOf('\n') >= 0) {
      return false;
    }
    if (isPlainWord(value) || isPlainLine(value)) {
      String tag = V3Resolver.resolveV2Tag(value);
      return !tag.equals(Tags.STR) && !tag.equals(Tags.TIMESTAMP);
    }
    return bySnakeyaml(value);
  }

  /** The check done by parsing {@code value} with snakeyaml-engine. */
  static boolean bySnakeyaml(String value) {
    LoadSettings settings = Snakeyaml.SETTINGS;
    Node root;
    try {
      Iterator<Node> it =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, value)));
      if (!it.hasNext()) {
        return true; // an empty document (only a comment, only spaces) is null
      }
      root = it.next();
    } catch (RuntimeException e) {
      // as kyaml, where an unmarshal error means false; snakeyaml-engine also throws plain
      // NumberFormatExceptions (a truncated "\x" escape)
      return false;
    }
    if (!(root instanceof ScalarNode s)) {
      return true;
    }
    if (s.getScalarStyle() != ScalarStyle.PLAIN) {
      return false;
    }
    String tag = V3Resolver.resolveV2Tag(s.getValue());
    return !tag.equals(Tags.STR) && !tag.equals(Tags.TIMESTAMP);
  }

  /**
   * One line of printable ASCII that a YAML parser reads as a plain scalar equal to itself: no
   * blank at either end, no indicator first (a '-' only before a character that is not blank, and
   * no document marker), no ": ", " #" or final ':'.
   */
  private static boolean isPlainLine(String v) {
    char first = v.charAt(0);
    char last = v.charAt(v.length() - 1);
    if (first == ' ' || last == ' ' || last == ':') {
      return false;
    }
    if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0
        || (first == '-' && (v.length() == 1 || v.charAt(1) == ' '))
        || v.startsWith("---")
        || v.startsWith("...")) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return !v.contains(": ") && !v.contains(" #");
  }

  /** Text that parses as itself: letters, digits and a few safe characters only. */
  private static boolean isPlainWord(String v) {
    if (v.equals("-") || v.equals("---")) {
      return false; // a sequence with an empty entry, an empty document
    }
    char first = v.charAt(0);
    if (!Character.isLetterOrDigit(first) && first != '.' && first != '+' && first != '-') {
      return false;
    }
    if (first == '-' && v.length() > 1 && v.charAt(1) == ' ') {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(Character.isLetterOrDigit(c)
          || c == '.'
          || c == '-'
          || c == '_'
          || c == '+'
          || c == '/')) {
        return false;
      }
    }
    return true;
  }
}
