package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.yaml.MappingNode;
import java.util.Set;
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

  /** Compiled regexes of a selector. */
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
      return spec.isEmpty() || p.matcher(value).matches();
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

  private static Pattern compile(String pattern) {
    if (pattern.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile("^(?:" + pattern + ")$");
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
