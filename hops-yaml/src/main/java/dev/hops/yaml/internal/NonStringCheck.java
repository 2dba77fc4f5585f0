package dev.hops.yaml.internal;

import dev.hops.yaml.Tags;
import java.util.Iterator;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
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

  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setParseComments(false).setAllowDuplicateKeys(true).build();

  private NonStringCheck() {}

  public static boolean isValueNonString(String value) {
    if (value.isEmpty() || value.indexOf('\n') >= 0) {
      return false;
    }
    if (isPlainWord(value)) {
      String tag = V3Resolver.resolveV2Tag(value);
      return !tag.equals(Tags.STR) && !tag.equals(Tags.TIMESTAMP);
    }
    Node root;
    try {
      Iterator<Node> it =
          new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, value)));
      if (!it.hasNext()) {
        return true; // an empty document (only a comment, only spaces) is null
      }
      root = it.next();
    } catch (YamlEngineException | IllegalStateException e) {
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

  /** Text that parses as itself: letters, digits and a few safe characters only. */
  private static boolean isPlainWord(String v) {
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
