package dev.hops.flux.internal.subst;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SequenceNode;

/**
 * Gives the nodes rebuilt after substitution the source positions of the nodes they replace (same
 * key path, same list index), so that later messages still point at the file that wrote them. Flux
 * has no positions; this changes nothing in the output.
 */
final class Positions {

  private Positions() {}

  static void carry(Node from, Node to) {
    if (from.pos() != null && from.pos().isKnown()) {
      to.setPos(from.pos());
    }
    if (from instanceof MappingNode fm && to instanceof MappingNode tm) {
      for (MappingNode.Entry e : tm.entries()) {
        MappingNode.Entry old = fm.entry(e.name());
        if (old != null) {
          carry(old.key(), e.key());
          carry(old.value(), e.value());
        }
      }
    } else if (from instanceof SequenceNode fs && to instanceof SequenceNode ts) {
      for (int i = 0; i < Math.min(fs.size(), ts.size()); i++) {
        carry(fs.items().get(i), ts.items().get(i));
      }
    }
  }
}
