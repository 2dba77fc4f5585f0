package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Rule;
import dev.hops.check.rules.refs.ConfigRef;
import dev.hops.check.rules.refs.KustomizePaths;
import dev.hops.check.rules.refs.RouteBackend;
import dev.hops.check.rules.refs.RouteParent;
import dev.hops.check.rules.refs.SecretStoreRef;
import dev.hops.check.rules.refs.SourceRef;
import dev.hops.check.rules.refs.StorageClassRef;
import dev.hops.check.rules.refs.SubstituteFrom;
import dev.hops.check.rules.refs.ValuesFrom;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.List;

/** The built-in rules, in the order their findings are listed. */
public final class Rules {

  private Rules() {}

  public static List<Rule> builtIn() {
    SubstituteFrom substituteFrom = new SubstituteFrom();
    ValuesFrom valuesFrom = new ValuesFrom();
    KustomizePaths kustomizePaths = new KustomizePaths();
    return List.of(
        new Rendering(List.of(substituteFrom, valuesFrom, kustomizePaths)),
        new SourceRef(),
        valuesFrom,
        substituteFrom,
        new RouteParent(),
        new RouteBackend(),
        new SecretStoreRef(),
        new ConfigRef(),
        new StorageClassRef(),
        kustomizePaths,
        new ImageDigest(),
        new MemoryLimit(),
        new NoIngress());
  }

  /** A node's own position when it is in the repository, else the object's. */
  public static SourcePos position(Node node, CheckContext.Rendered r) {
    SourcePos p = node.pos();
    return p != null && p.isKnown() && p.file().equals(r.pos().file()) ? p : r.pos();
  }
}
