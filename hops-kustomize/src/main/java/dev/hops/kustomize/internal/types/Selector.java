package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.yaml.MappingNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A patch or replacement target: gvk, name and namespace as anchored regular expressions, plus
 * Kubernetes label and annotation selectors. kustomize's {@code Selector} and {@code
 * SelectorRegex}.
 */
public record Selector(
    Gvk gvk, String name, String namespace, String labelSelector, String annotationSelector) {

  private static final Set<String> FIELDS =
      Set.of(
          "group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector");

  public static Selector parse(MappingNode m, String struct) {
    Strict s = new Strict(m, struct, FIELDS);
    return new Selector(
        new Gvk(s.string("group"), s.string("version"), s.string("kind")),
        s.string("name"),
        s.string("namespace"),
        s.string("labelSelector"),
        s.string("annotationSelector"));
  }

  /** Compiled regexes of a selector (null for a simple spec, matched without the engine). */
  public record Regex(
      Selector selector,
      Pattern group,
      Pattern version,
      Pattern kind,
      Pattern name,
      Pattern namespace) {

    public boolean matchGvk(Gvk g) {
      return matches(selector.gvk.group(), group, g.group())
          && matches(selector.gvk.version(), version, g.version())
          && matches(selector.gvk.kind(), kind, g.kind());
    }

    public boolean matchName(String n) {
      return matches(selector.name, name, n);
    }

    public boolean matchNamespace(String ns) {
      return matches(selector.namespace, namespace, ns);
    }

    private static boolean matches(String spec, Pattern p, String value) {
      return spec.isEmpty() || (p == null ? simpleMatch(spec, value) : p.matcher(value).matches());
    }

    /**
     * Letters, digits, '-', '_' and '.' only (kinds, names, API groups): matched without the
     * regular expression engine, which is slow in a cold JVM and asked of every resource.
     */
    private static boolean isSimple(String spec) {
      for (int i = 0; i < spec.length(); i++) {
        char c = spec.charAt(i);
        if (!(c >= 'a' && c <= 'z'
            || c >= 'A' && c <= 'Z'
            || c >= '0' && c <= '9'
            || c == '-'
            || c == '_'
            || c == '.')) {
          return false;
        }
      }
      return true;
    }

    /** The anchored {@code spec} matches all of {@code value}: '.' is any but a line terminator. */
    private static boolean simpleMatch(String spec, String value) {
      if (spec.length() != value.length()) {
        // '.' takes a whole surrogate pair: only then may the lengths differ
        return spec.indexOf('.') >= 0 && hasSurrogate(value) && Pattern.matches(spec, value);
      }
      for (int i = 0; i < spec.length(); i++) {
        char s = spec.charAt(i);
        char v = value.charAt(i);
        if (s == '.') {
          if (v == '\n' || v == '\r' || v == '\u0085' || v == '\u2028' || v == '\u2029') {
            return false;
          }
          if (Character.isSurrogate(v)) {
            return Pattern.matches(spec, value);
          }
        } else if (s != v) {
          return false;
        }
      }
      return true;
    }

    private static boolean hasSurrogate(String value) {
      for (int i = 0; i < value.length(); i++) {
        if (Character.isSurrogate(value.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  public Regex regex() {
    return new Regex(
        this,
        compile(gvk.group()),
        compile(gvk.version()),
        compile(gvk.kind()),
        compile(name),
        compile(namespace));
  }

  /**
   * Compiled patterns by source: the same few selectors (a parent's patch targets, say) are used by
   * every build of a repository. Bounded; patterns are immutable and thread-safe.
   */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private static final int MAX_COMPILED = 4096;

  /** The anchored expression, or null when there is none to compile (empty or simple). */
  private static Pattern compile(String pattern) {
    if (pattern.isEmpty() || Regex.isSimple(pattern)) {
      return null;
    }
    Pattern known = COMPILED.get(pattern);
    if (known != null) {
      return known;
    }
    try {
      Pattern p = Pattern.compile("^(?:" + pattern + ")$");
      if (COMPILED.size() < MAX_COMPILED) {
        COMPILED.put(pattern, p);
      }
      return p;
    } catch (PatternSyntaxException e) {
      throw new KustomizeException(
          "error parsing regexp: " + e.getDescription() + ": `" + pattern + "`");
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb, "group", gvk.group());
    append(sb, "version", gvk.version());
    append(sb, "kind", gvk.kind());
    append(sb, "name", name);
    append(sb, "namespace", namespace);
    append(sb, "labelSelector", labelSelector);
    append(sb, "annotationSelector", annotationSelector);
    return sb.isEmpty() ? "(everything)" : sb.toString();
  }

  private static void append(StringBuilder sb, String key, String value) {
    if (!value.isEmpty()) {
      if (!sb.isEmpty()) {
        sb.append(", ");
      }
      sb.append(key).append('=').append(value);
    }
  }
}
