package dev.hops.kustomize.internal.openapi;

import dev.hops.kustomize.Gvk;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a kind is namespace-scoped, as kyaml's {@code openapi.IsNamespaceScoped} answers for its
 * default built-in schema (Kubernetes v1.21.2): from kyaml's {@code precomputedIsNamespaceScoped}
 * table, which equals what the schema's paths say (a type is namespaced when one of its GET paths
 * has a {@code namespaces/{namespace}} segment). Kinds not in the table are unknown.
 */
public final class NamespaceScoping {

  /** The answer of {@code IsNamespaceScoped}: {@code namespaced} only means something if found. */
  public record Scope(boolean namespaced, boolean found) {
    public static final Scope UNKNOWN = new Scope(false, false);
  }

  private static final String[] NAMESPACED = {
    "apps/v1 ControllerRevision",
    "apps/v1 DaemonSet",
    "apps/v1 Deployment",
    "apps/v1 ReplicaSet",
    "apps/v1 StatefulSet",
    "autoscaling/v1 HorizontalPodAutoscaler",
    "autoscaling/v1 Scale",
    "autoscaling/v2beta1 HorizontalPodAutoscaler",
    "autoscaling/v2beta2 HorizontalPodAutoscaler",
    "batch/v1 CronJob",
    "batch/v1 Job",
    "batch/v1beta1 CronJob",
    "coordination.k8s.io/v1 Lease",
    "coordination.k8s.io/v1beta1 Lease",
    "discovery.k8s.io/v1 EndpointSlice",
    "discovery.k8s.io/v1beta1 EndpointSlice",
    "events.k8s.io/v1 Event",
    "events.k8s.io/v1beta1 Event",
    "extensions/v1beta1 Ingress",
    "networking.k8s.io/v1 Ingress",
    "networking.k8s.io/v1 NetworkPolicy",
    "networking.k8s.io/v1beta1 Ingress",
    "policy/v1 PodDisruptionBudget",
    "policy/v1beta1 PodDisruptionBudget",
    "rbac.authorization.k8s.io/v1 Role",
    "rbac.authorization.k8s.io/v1 RoleBinding",
    "rbac.authorization.k8s.io/v1beta1 Role",
    "rbac.authorization.k8s.io/v1beta1 RoleBinding",
    "storage.k8s.io/v1beta1 CSIStorageCapacity",
    "v1 ConfigMap",
    "v1 Endpoints",
    "v1 Event",
    "v1 LimitRange",
    "v1 PersistentVolumeClaim",
    "v1 Pod",
    "v1 PodAttachOptions",
    "v1 PodExecOptions",
    "v1 PodPortForwardOptions",
    "v1 PodProxyOptions",
    "v1 PodTemplate",
    "v1 ReplicationController",
    "v1 ResourceQuota",
    "v1 Secret",
    "v1 Service",
    "v1 ServiceAccount",
    "v1 ServiceProxyOptions",
  };

  private static final String[] CLUSTER_SCOPED = {
    "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration",
    "apiextensions.k8s.io/v1 CustomResourceDefinition",
    "apiextensions.k8s.io/v1beta1 CustomResourceDefinition",
    "apiregistration.k8s.io/v1 APIService",
    "apiregistration.k8s.io/v1beta1 APIService",
    "certificates.k8s.io/v1 CertificateSigningRequest",
    "certificates.k8s.io/v1beta1 CertificateSigningRequest",
    "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
    "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
    "networking.k8s.io/v1 IngressClass",
    "networking.k8s.io/v1beta1 IngressClass",
    "node.k8s.io/v1 RuntimeClass",
    "node.k8s.io/v1beta1 RuntimeClass",
    "policy/v1beta1 PodSecurityPolicy",
    "rbac.authorization.k8s.io/v1 ClusterRole",
    "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
    "rbac.authorization.k8s.io/v1beta1 ClusterRole",
    "rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
    "scheduling.k8s.io/v1 PriorityClass",
    "scheduling.k8s.io/v1beta1 PriorityClass",
    "storage.k8s.io/v1 CSIDriver",
    "storage.k8s.io/v1 CSINode",
    "storage.k8s.io/v1 StorageClass",
    "storage.k8s.io/v1 VolumeAttachment",
    "storage.k8s.io/v1beta1 CSIDriver",
    "storage.k8s.io/v1beta1 CSINode",
    "storage.k8s.io/v1beta1 StorageClass",
    "storage.k8s.io/v1beta1 VolumeAttachment",
    "v1 ComponentStatus",
    "v1 Namespace",
    "v1 Node",
    "v1 NodeProxyOptions",
    "v1 PersistentVolume",
  };

  private static final Map<String, Boolean> TABLE = new HashMap<>(128);

  static {
    for (String t : NAMESPACED) {
      TABLE.put(t, Boolean.TRUE);
    }
    for (String t : CLUSTER_SCOPED) {
      TABLE.put(t, Boolean.FALSE);
    }
  }

  private NamespaceScoping() {}

  /** kyaml {@code IsNamespaceScoped(TypeMeta{APIVersion, Kind})}. */
  public static Scope isNamespaceScoped(String apiVersion, String kind) {
    Boolean b = TABLE.get(apiVersion + " " + kind);
    if (b == null) {
      return Scope.UNKNOWN;
    }
    return new Scope(b, true);
  }

  /** kyaml {@code IsNamespaceScoped} for a {@link Gvk}. */
  public static Scope isNamespaceScoped(Gvk gvk) {
    return isNamespaceScoped(gvk.apiVersion(), gvk.kind());
  }

  /**
   * kyaml {@code IsCertainlyClusterScoped}: true for Namespace, ClusterRole, ...; false for
   * namespaced kinds and for kinds the schema does not know (CRDs).
   */
  public static boolean isCertainlyClusterScoped(Gvk gvk) {
    Scope s = isNamespaceScoped(gvk);
    return s.found() && !s.namespaced();
  }

  /** kyaml {@code IsCertainlyClusterScoped} for an apiVersion and kind. */
  public static boolean isCertainlyClusterScoped(String apiVersion, String kind) {
    Scope s = isNamespaceScoped(apiVersion, kind);
    return s.found() && !s.namespaced();
  }
}
