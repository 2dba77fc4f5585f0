package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.check.schema.SchemaIndex;
import dev.hops.check.schema.Validator;
import dev.hops.check.schema.Violation;
import dev.hops.yaml.MappingNode;
import java.util.function.Consumer;

/** Every object matches the schema of its kind: no unknown fields, no wrong types. */
public final class SchemaValid implements SchemaRule {

  @Override
  public String id() {
    return "schema";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every object matches the schema of its kind (unknown fields, types, required fields)";
  }

  @Override
  public String explanation() {
    return "Flux applies objects with server-side apply, which refuses a field the schema does not "
        + "declare (`field not declared in schema`) and a value of the wrong type (an env value "
        + "written as a number, a port as a float), and the API server refuses a CRD object that "
        + "breaks its schema's rules; the whole Kustomization then fails. This rule checks each "
        + "object against its schema: Kubernetes' own kinds for the chosen Kubernetes version "
        + "(--kube-version or kubeVersion in .hops.yaml), custom kinds against the "
        + "CustomResourceDefinitions of the render, else the folders given with --schema-dir "
        + "(CRD YAML files or kubeconform's JSON schemas). The message gives the JSON pointer of "
        + "the field, what the schema expects and what was found; fix the field or its place.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    SchemaIndex.of(context)
        .forEachObject(
            (r, lookup) -> {
              if (lookup instanceof SchemaIndex.Found found) {
                for (Violation v : Validator.validate(r.object(), found.schema(), values(r))) {
                  findings.accept(
                      Finding.of(
                          this,
                          Rules.position(v.node(), r),
                          r.ref(),
                          v.pointer() + ": " + v.message(),
                          v.hint()));
                }
              }
            });
  }

  /** Secrets' values are never shown; SOPS ciphertext is not checked, Flux decrypts it. */
  private static Validator.Values values(CheckContext.Rendered r) {
    if (r.object().get("sops") instanceof MappingNode) {
      return Validator.Values.SOPS;
    }
    return r.kind().equals("Secret") ? Validator.Values.HIDDEN : Validator.Values.SHOWN;
  }
}
