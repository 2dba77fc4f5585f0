package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.rules.Nodes;
import dev.hops.yaml.MappingNode;

/**
 * A ConfigMap or Secret of its own namespace that a Flux object reads values from and needs: an
 * entry of a HelmRelease's spec.valuesFrom or of a Kustomization's spec.postBuild.substituteFrom
 * (Flux's ValuesReference and SubstituteReference) that is not optional.
 */
record ValuesReference(MappingNode entry, String kind, String namespace, String name) {

  /** How to fix a reference to an object that is nowhere. */
  static final String MISSING_HINT =
      "fix the name or mark it optional: true; if it is created at bootstrap, give Hops a stand-in"
          + " with --values FILE";

  /** How to check an object whose values exist only in the cluster. */
  static final String STAND_IN_HINT =
      "give Hops a stand-in with --values FILE to render and check it";

  /** The entry of {@code from} when it names a ConfigMap or Secret and is not optional, or null. */
  static ValuesReference required(Rendered from, MappingNode entry) {
    String kind = Nodes.text(entry, "kind");
    String name = Nodes.text(entry, "name", null);
    return (kind.equals("ConfigMap") || kind.equals("Secret"))
            && name != null
            && !Nodes.isTrue(entry, "optional")
        ? new ValuesReference(entry, kind, from.namespace(), name)
        : null;
  }

  /** {@code Kind/namespace/name}. */
  String target() {
    return kind + "/" + namespace + "/" + name;
  }

  /** The object in the render of {@code cluster}, or null. */
  Rendered find(Targets targets, String cluster) {
    return targets.find(cluster, "", kind, namespace, name);
  }

  /**
   * Why a reference nothing makes is a problem, for {@link Unresolved#missing}: "is neither in the
   * repository nor made by anything in it", kustomize's hash suffix when it renamed the object,
   * then {@code consequence}.
   */
  String absence(Targets targets, String cluster, String consequence) {
    return "is neither in the repository nor made by anything in it"
        + Suffixed.hint(targets, cluster, kind, namespace, name)
        + ": "
        + consequence;
  }
}
