package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.rules.Nodes;
import dev.hops.yaml.MappingNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects that controllers create in the cluster from objects of the render: the Secrets of an
 * ExternalSecret's target, a cert-manager Certificate's secretName, a SealedSecret and a few more,
 * and the Services of the Flux controllers a FluxInstance installs. Their content exists only in
 * the cluster.
 */
final class Producers {

  /** Namespace "*": the object is made in every namespace (or in namespaces chosen at runtime). */
  private static final String ANY = "*";

  /** ConfigMaps Kubernetes publishes in every namespace. */
  private static final List<String> EVERY_NAMESPACE = List.of("ConfigMap/kube-root-ca.crt");

  private final Map<String, String> produced = new HashMap<>();

  Producers(CheckContext context) {
    for (Rendered r : context.objects()) {
      add(r);
    }
  }

  /**
   * What makes the ConfigMap or Secret in the cluster: {@code Kind/namespace/name} of the producing
   * object, "Kubernetes" for the ones it publishes itself, or null.
   */
  String producer(String cluster, String kind, String namespace, String name) {
    if (EVERY_NAMESPACE.contains(kind + "/" + name)) {
      return "Kubernetes";
    }
    String p = produced.get(key(cluster, kind, namespace, name));
    return p != null ? p : produced.get(key(cluster, kind, ANY, name));
  }

  private void add(Rendered r) {
    MappingNode spec = r.object().getMapping("spec");
    String ns = r.namespace();
    switch (r.group() + "/" + r.kind()) {
      case "external-secrets.io/ExternalSecret" -> {
        // with creationPolicy Merge or None it only writes into a Secret made by someone else
        String policy = Nodes.textAt(spec, "target", "creationPolicy");
        if (!"Merge".equals(policy) && !"None".equals(policy)) {
          secret(r, ns, orName(r, Nodes.textAt(spec, "target", "name")));
        }
      }
      case "external-secrets.io/ClusterExternalSecret" ->
          secret(r, ANY, orName(r, Nodes.textAt(spec, "externalSecretName")));
      case "cert-manager.io/Certificate" -> secret(r, ns, Nodes.textAt(spec, "secretName"));
      case "bitnami.com/SealedSecret" ->
          secret(r, ns, orName(r, Nodes.textAt(spec, "template", "metadata", "name")));
      case "onepassword.com/OnePasswordItem" -> secret(r, ns, r.name());
      case "k8s.bitwarden.com/BitwardenSecret" -> secret(r, ns, Nodes.textAt(spec, "secretName"));
      case "secrets.hashicorp.com/VaultStaticSecret",
          "secrets.hashicorp.com/VaultDynamicSecret",
          "secrets.hashicorp.com/VaultPKISecret",
          "secrets.hashicorp.com/HCPVaultSecretsApp" ->
          secret(r, ns, Nodes.textAt(spec, "destination", "name"));
      case "postgresql.cnpg.io/Cluster" -> {
        // CloudNativePG's secrets for the application user, the superuser and TLS
        for (String suffix : List.of("-app", "-superuser", "-ca", "-server", "-replication")) {
          secret(r, ns, r.name() + suffix);
        }
      }
      case "fluxcd.controlplane.io/FluxInstance" -> fluxServices(r, ns, spec);
      case "trust.cert-manager.io/Bundle" -> {
        if (Nodes.textAt(spec, "target", "configMap", "key") != null) {
          made(r, "ConfigMap", ANY, r.name());
        }
      }
      default -> {
        // not a producer
      }
    }
  }

  /** The Services of the Flux controllers the FluxInstance installs (all when none are listed). */
  private void fluxServices(Rendered r, String ns, MappingNode spec) {
    List<String> components =
        Nodes.scalars(spec, "components").stream().map(s -> s.value()).toList();
    for (String controller : List.of("source-controller", "notification-controller")) {
      if (components.isEmpty() || components.contains(controller)) {
        made(r, "Service", ns, controller);
      }
    }
    if (components.isEmpty() || components.contains("notification-controller")) {
      made(r, "Service", ns, "webhook-receiver");
    }
  }

  private void made(Rendered r, String kind, String namespace, String name) {
    produced.putIfAbsent(key(r.cluster(), kind, namespace, name), r.ref());
  }

  private void secret(Rendered r, String namespace, String name) {
    if (name != null && !name.isEmpty()) {
      made(r, "Secret", namespace, name);
    }
  }

  private static String orName(Rendered r, String name) {
    return name == null || name.isEmpty() ? r.name() : name;
  }

  private static String key(String cluster, String kind, String namespace, String name) {
    return cluster + "/" + kind + "/" + namespace + "/" + name;
  }
}
