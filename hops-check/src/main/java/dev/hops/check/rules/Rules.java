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
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The built-in rules, in the order their findings are listed. */
public final class Rules {

  private Rules() {}

  public static List<Rule> builtIn() {
    SubstituteFrom substituteFrom = new SubstituteFrom();
    ValuesFrom valuesFrom = new ValuesFrom();
    KustomizePaths kustomizePaths = new KustomizePaths();
    UndefinedVariable undefinedVariable = new UndefinedVariable();
    List<Rule> rules = new ArrayList<>();
    // 1. rendering: what the other rules do not explain more precisely
    rules.add(
        new Rendering(List.of(substituteFrom, valuesFrom, kustomizePaths, undefinedVariable)));
    // 2. schemas
    rules.add(new ApiVersion());
    rules.add(new SchemaValid());
    rules.add(new SchemaUnknownKind());
    // 3. references
    rules.add(new SourceRef());
    rules.add(valuesFrom);
    rules.add(substituteFrom);
    rules.add(new RouteParent());
    rules.add(new RouteBackend());
    rules.add(new SecretStoreRef());
    rules.add(new ConfigRef());
    rules.add(new StorageClassRef());
    rules.add(kustomizePaths);
    // 4. the dependency graph
    rules.addAll(DependencyRule.all());
    rules.add(new CrdOrder());
    // 5. substitution
    rules.add(undefinedVariable);
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

  /**
   * Where to report the field at {@code path} of a rendered object: its key, when the field is in
   * the object's file; else the object's position.
   */
  public static SourcePos position(CheckContext.Rendered r, String... path) {
    MappingNode parent = Nodes.mapping(r.object(), Arrays.copyOf(path, path.length - 1));
    Node key = Nodes.key(parent, path[path.length - 1]);
    return key == null ? r.pos() : position(key, r);
  }

  /** A node's own position when it is in the repository, else the object's. */
  public static SourcePos position(Node node, CheckContext.Rendered r) {
    SourcePos p = node.pos();
    return p != null && p.isKnown() && p.file().equals(r.pos().file()) ? p : r.pos();
  }
}
