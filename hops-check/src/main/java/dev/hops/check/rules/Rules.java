package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Rule;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;

/** The built-in rules, in the order their findings are listed. */
public final class Rules {

  private Rules() {}

  public static List<Rule> builtIn() {
    List<Rule> rules = new ArrayList<>();
    // 1. rendering
    rules.add(new Rendering());
    // 4. the dependency graph
    rules.addAll(DependencyRule.all());
    rules.add(new CrdOrder());
    // 5. substitution
    rules.add(new UndefinedVariable());
    rules.add(new UnusedSubstitute());
    // 6. house rules
    rules.add(new ImageDigest());
    rules.add(new MemoryLimit());
    rules.add(new NoIngress());
    rules.add(new FluxSystemSource());
    rules.add(new OciRepositoryPerApp());
    rules.add(new NoSopsSecrets());
    rules.add(new InternalGateway());
    rules.add(new KustomizationFile());
    rules.add(new AppLayout());
    rules.add(new KebabCase());
    return List.copyOf(rules);
  }

  /** A node's own position when it is in the repository, else the object's. */
  static SourcePos position(Node node, CheckContext.Rendered r) {
    SourcePos p = node.pos();
    return p != null && p.isKnown() && p.file().equals(r.pos().file()) ? p : r.pos();
  }
}
