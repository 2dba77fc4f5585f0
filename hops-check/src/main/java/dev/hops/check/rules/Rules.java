package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Rule;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.List;

/** The built-in rules, in the order their findings are listed. */
public final class Rules {

  private Rules() {}

  public static List<Rule> builtIn() {
    return List.of(
        new Rendering(),
        new ApiVersion(),
        new SchemaValid(),
        new SchemaUnknownKind(),
        new ImageDigest(),
        new MemoryLimit(),
        new NoIngress());
  }

  /** A node's own position when it is in the repository, else the object's. */
  static SourcePos position(Node node, CheckContext.Rendered r) {
    SourcePos p = node.pos();
    return p != null && p.isKnown() && p.file().equals(r.pos().file()) ? p : r.pos();
  }
}
