package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext.Rendered;
import java.util.regex.Pattern;

/**
 * A generated ConfigMap or Secret that kustomize renamed with its hash suffix: a reference from a
 * custom resource (a HelmRelease's valuesFrom, a Kustomization's substituteFrom) keeps the name
 * without the suffix unless a nameReference configuration tells kustomize to follow it.
 */
final class Suffixed {

  /** kustomize's suffix: 10 hex digits with 0, 1, 3, a and e replaced by g, h, k, m and t. */
  private static final Pattern SUFFIX = Pattern.compile("-[245-9bcdfghkmt]{10}");

  private Suffixed() {}

  /** " (kustomize named the generated X name-suffix; ...)", or "" when there is none. */
  static String hint(Targets targets, String cluster, String kind, String namespace, String name) {
    for (Rendered r : targets.ofKind(cluster, "", kind)) {
      String n = r.name();
      if (r.namespace().equals(namespace)
          && n.startsWith(name)
          && SUFFIX.matcher(n.substring(name.length())).matches()) {
        return " (kustomize's generator named it "
            + n
            + ": disable the hash suffix or add a nameReference configuration)";
      }
    }
    return "";
  }
}
