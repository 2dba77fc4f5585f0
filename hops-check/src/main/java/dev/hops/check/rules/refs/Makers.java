package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;

/**
 * Who makes a ConfigMap or Secret that is not in the render: a controller, from an object of the
 * render ({@link Producers}), or someone outside the repository, as the rule's {@code accept}
 * option says ({@link Accepted}).
 */
final class Makers {

  private final Producers producers;
  private final Accepted accepted;

  Makers(CheckContext context, String ruleId) {
    this.producers = new Producers(context);
    this.accepted = Accepted.of(context, ruleId);
  }

  /**
   * "made in the cluster by Kind/namespace/name", "accepted as made outside the repository (option
   * accept)", or null when nothing makes it.
   */
  String maker(String cluster, String kind, String namespace, String name) {
    String p = producers.producer(cluster, kind, namespace, name);
    if (p != null) {
      return "made in the cluster by " + p;
    }
    return accepted.accepts(kind, namespace, name)
        ? "accepted as made outside the repository (option accept)"
        : null;
  }
}
