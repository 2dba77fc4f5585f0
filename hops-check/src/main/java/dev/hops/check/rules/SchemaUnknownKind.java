package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.check.schema.SchemaIndex;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A kind without a schema is said once: its objects are not checked. */
public final class SchemaUnknownKind implements SchemaRule {

  @Override
  public String id() {
    return "schema-unknown-kind";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "a kind with no schema is reported once (its objects are not checked)";
  }

  @Override
  public String explanation() {
    return "The `schema` rule checks an object only when it has its kind's schema: Kubernetes' "
        + "own kinds, the CustomResourceDefinitions in the render, and the folders of "
        + "--schema-dir. A custom kind whose CRD is installed some other way (a Flux or operator "
        + "bootstrap, a chart that is not rendered) goes unchecked; this rule says so once per "
        + "apiVersion and kind, at its first object. Give its schema with --schema-dir (a folder "
        + "of CRD YAML files or kubeconform JSON schemas) or add its CRD to the repository.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Set<String> seen = new HashSet<>();
    SchemaIndex.of(context)
        .forEachObject(
            (r, lookup) -> {
              String key = r.apiVersion() + " " + r.kind();
              if (lookup instanceof SchemaIndex.Unknown && seen.add(key)) {
                findings.accept(
                    Finding.of(
                        this,
                        r.pos(),
                        r.ref(),
                        "no schema for " + key + ": its objects are not checked",
                        "give one with --schema-dir or add its CustomResourceDefinition"));
              }
            });
  }
}
