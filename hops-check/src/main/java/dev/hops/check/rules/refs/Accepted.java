package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code accept} option of a rule: objects that exist in the cluster without being in the
 * repository (created at bootstrap, by an operator Hops does not know). Each entry is {@code name},
 * {@code namespace/name} or {@code Kind/namespace/name}; {@code *} matches any run of characters.
 *
 * <pre>{@code
 * rules:
 *   config-ref:
 *     options:
 *       accept: [cluster-secrets, "database/*-pguser", "Secret/monitoring/grafana-*"]
 * }</pre>
 */
final class Accepted {

  static final String OPTION = "accept";

  private final List<Pattern[]> patterns;

  private Accepted(List<Pattern[]> patterns) {
    this.patterns = patterns;
  }

  static Accepted of(CheckContext context, String ruleId) {
    return new Accepted(
        context.options(ruleId).strings(OPTION, List.of()).stream()
            .map(Accepted::compile)
            .toList());
  }

  boolean accepts(String kind, String namespace, String name) {
    String[] parts = {kind, namespace, name};
    for (Pattern[] p : patterns) {
      boolean all = true;
      for (int i = 0; i < p.length && all; i++) {
        String part = parts[parts.length - p.length + i];
        all = p[i].matcher(part).matches();
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The pattern's parts, aligned to the end of kind/namespace/name. */
  private static Pattern[] compile(String entry) {
    String[] parts = entry.split("/", -1);
    if (parts.length > 3) {
      parts =
          new String[] {
            parts[0], parts[1], String.join("/", List.of(parts).subList(2, parts.length))
          };
    }
    Pattern[] out = new Pattern[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = glob(parts[i]);
    }
    return out;
  }

  private static Pattern glob(String g) {
    String[] pieces = g.split("\\*", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pieces.length; i++) {
      re.append(i > 0 ? ".*" : "").append(Pattern.quote(pieces[i]));
    }
    return Pattern.compile(re.toString());
  }
}
