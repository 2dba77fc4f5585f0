package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.check.rules.Nodes;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.util.function.Consumer;

/**
 * ExternalSecrets (and PushSecrets, ClusterExternalSecrets) name a SecretStore of their namespace
 * or a ClusterSecretStore that exists.
 */
public final class SecretStoreRef implements Rule {

  static final String ESO_GROUP = "external-secrets.io";

  @Override
  public String id() {
    return "secret-store-ref";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "ExternalSecrets name a SecretStore or ClusterSecretStore that exists";
  }

  @Override
  public String explanation() {
    return "An ExternalSecret reads its data through the store its spec.secretStoreRef names "
        + "(kind SecretStore by default, in the ExternalSecret's namespace, or a "
        + "ClusterSecretStore), and each data[] or dataFrom[] entry may name another in "
        + "sourceRef.storeRef; PushSecrets name stores in spec.secretStoreRefs. With a store that "
        + "does not exist, External Secrets never creates the Secret and the workloads that "
        + "mount it do not start. Fix the name or kind, or define the store.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Run run = new Run(new Targets(context), Unresolved.of(this, context, findings));
    for (Rendered r : context.objects()) {
      if (!r.group().equals(ESO_GROUP)) {
        continue;
      }
      MappingNode spec = r.object().getMapping("spec");
      switch (r.kind()) {
        case "ExternalSecret" -> run.externalSecret(r, spec, false);
        case "ClusterExternalSecret" ->
            run.externalSecret(r, Nodes.mapping(spec, "externalSecretSpec"), true);
        case "PushSecret" -> {
          for (MappingNode ref : Nodes.mappings(spec, "secretStoreRefs")) {
            run.check(r, ref, ref, "spec.secretStoreRefs", false);
          }
        }
        default -> {
          // not a consumer of stores
        }
      }
    }
    run.unresolved.flush();
  }

  /** One check run. */
  private record Run(Targets targets, Unresolved unresolved) {

    /**
     * {@code clusterWide}: the namespaces are chosen at runtime, only ClusterSecretStores count.
     */
    void externalSecret(Rendered r, MappingNode spec, boolean clusterWide) {
      String prefix = clusterWide ? "spec.externalSecretSpec." : "spec.";
      check(
          r,
          Nodes.mapping(spec, "secretStoreRef"),
          Nodes.key(spec, "secretStoreRef"),
          prefix + "secretStoreRef",
          clusterWide);
      for (String list : new String[] {"data", "dataFrom"}) {
        for (MappingNode entry : Nodes.mappings(spec, list)) {
          MappingNode sourceRef = entry.getMapping("sourceRef");
          check(
              r,
              Nodes.mapping(sourceRef, "storeRef"),
              Nodes.key(sourceRef, "storeRef"),
              prefix + list + "[].sourceRef.storeRef",
              clusterWide);
        }
      }
    }

    /** One store reference {@code ref}, written at {@code at}. */
    void check(Rendered r, MappingNode ref, Node at, String field, boolean clusterWide) {
      String name = Nodes.text(ref, "name", null);
      if (name == null) {
        return;
      }
      String kind = Nodes.text(ref, "kind", "SecretStore");
      Rendered store;
      String target;
      if (kind.equals("ClusterSecretStore")) {
        store = targets.clusterScoped(r.cluster(), ESO_GROUP, kind, name);
        target = kind + "/" + name;
      } else if (kind.equals("SecretStore") && !clusterWide) {
        store = targets.find(r.cluster(), ESO_GROUP, kind, r.namespace(), name);
        target = kind + "/" + r.namespace() + "/" + name;
      } else {
        return; // a store kind of its own, or namespaces known only at runtime
      }
      if (store == null) {
        unresolved.missing(
            r,
            at,
            field,
            target,
            "does not exist",
            kind.equals("SecretStore")
                ? "fix the name, define the SecretStore in "
                    + r.namespace()
                    + ", or set kind: ClusterSecretStore"
                : "fix the name or kind, or define the ClusterSecretStore",
            unresolved.unknown(r.cluster()));
      }
    }
  }
}
