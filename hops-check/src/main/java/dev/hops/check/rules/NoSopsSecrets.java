package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.RuleOptions;
import dev.hops.check.Severity;
import dev.hops.check.internal.PathGlob;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.ObjectRef;
import dev.hops.yaml.MappingNode;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * House rule (seed 002, key principle 2, anti-patterns 2, 3 and 7): application secrets come from
 * ExternalSecrets, not SOPS-encrypted Secrets in Git, and no Kustomization substitutes variables
 * from a SOPS-encrypted Secret. Bootstrap secrets are allowed. Values are never printed.
 */
public final class NoSopsSecrets implements Rule {

  @Override
  public String id() {
    return "no-sops-secrets";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "application secrets come from ExternalSecrets, not SOPS; no substituteFrom of SOPS";
  }

  @Override
  public String explanation() {
    return "Secrets are managed with ExternalSecrets against the secret store (seed 002: \"Use"
        + " ExternalSecrets + Doppler for all secrets\", \"SOPS only for bootstrap secrets\","
        + " \"NO postBuild substitution from SOPS secrets\"; seeds 000 and 001: External Secrets"
        + " over SOPS). An encrypted Secret in Git is rotated by a commit, is readable by anyone"
        + " who gets the key, and a Kustomization that substitutes from it spreads its values"
        + " into other objects. The rule flags every rendered object with a top-level `sops`"
        + " block and every `postBuild.substituteFrom` of a SOPS-encrypted Secret; it never"
        + " prints a value. Bootstrap secrets are allowed: objects applied by the cluster's root"
        + " Kustomization (option `allowRoot`, default true), in the namespaces of"
        + " `allowNamespaces` (default [flux-system]) or in files matching `allowPaths` (globs of"
        + " repository paths, default none). Fix: store the value in the secret store, create"
        + " the Secret with an ExternalSecret, and substitute from the ExternalSecret's target or"
        + " from plain values.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    RuleOptions options = context.options(id());
    Allowed allowed =
        new Allowed(
            options.bool("allowRoot", true),
            options.strings("allowNamespaces", List.of("flux-system")),
            options.strings("allowPaths", List.of()));
    for (ClusterResult cluster : context.result().clusters()) {
      Set<ObjectRef> roots = FluxObjects.roots(cluster);
      for (Rendered r : context.objects(cluster.name())) {
        if (isSops(r.object()) && !allowed.covers(context, r, roots)) {
          findings.accept(
              Finding.of(
                  this,
                  r.pos(),
                  r.ref(),
                  r.kind() + " is SOPS-encrypted in the repository",
                  "create it with an ExternalSecret from the secret store instead"));
        }
        if (FluxObjects.isKustomization(r)) {
          substituteFrom(context, r, findings);
        }
      }
    }
  }

  private void substituteFrom(CheckContext context, Rendered ks, Consumer<Finding> findings) {
    MappingNode postBuild = Nodes.mapping(ks.object(), "spec", "postBuild");
    for (MappingNode from : Nodes.mappings(postBuild, "substituteFrom")) {
      if (!Nodes.text(from, "kind").equals("Secret")) {
        continue;
      }
      String name = Nodes.text(from, "name");
      for (Rendered secret : context.find(ks.cluster(), "Secret", ks.namespace(), name)) {
        if (isSops(secret.object())) {
          findings.accept(
              Finding.of(
                  this,
                  Rules.position(from, ks),
                  ks.ref(),
                  "postBuild.substituteFrom uses Secret "
                      + ks.namespace()
                      + "/"
                      + name
                      + ", which is SOPS-encrypted",
                  "substitute from a Secret an ExternalSecret creates, or from plain values"));
          break;
        }
      }
    }
  }

  private static boolean isSops(MappingNode object) {
    return object.get("sops") instanceof MappingNode;
  }

  /** Where SOPS-encrypted bootstrap secrets may live. */
  private record Allowed(boolean root, List<String> namespaces, List<String> paths) {

    boolean covers(CheckContext context, Rendered r, Set<ObjectRef> roots) {
      if (root && r.owner() != null && roots.contains(r.owner())) {
        return true;
      }
      if (namespaces.contains(r.namespace())) {
        return true;
      }
      String path = context.repositoryPath(r.pos());
      if (path != null) {
        for (String glob : paths) {
          if (PathGlob.matches(glob, path)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
