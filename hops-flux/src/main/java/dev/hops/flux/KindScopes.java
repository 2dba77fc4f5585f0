package dev.hops.flux;

import dev.hops.yaml.MappingNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which kinds are cluster-scoped: Kubernetes' own (by group and kind), and the custom kinds whose
 * CustomResourceDefinition in the render says {@code scope: Cluster}. Any other kind is taken as
 * namespaced: chart output of such a kind without a namespace lands in the release's namespace.
 */
public final class KindScopes {

  /** group/kind of the built-in cluster-scoped kinds ("" is the core group). */
  private static final Set<String> BUILT_IN =
      Set.of(
          "/Namespace",
          "/Node",
          "/PersistentVolume",
          "/ComponentStatus",
          "rbac.authorization.k8s.io/ClusterRole",
          "rbac.authorization.k8s.io/ClusterRoleBinding",
          "apiextensions.k8s.io/CustomResourceDefinition",
          "apiregistration.k8s.io/APIService",
          "admissionregistration.k8s.io/MutatingWebhookConfiguration",
          "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
          "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
          "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
          "admissionregistration.k8s.io/MutatingAdmissionPolicy",
          "admissionregistration.k8s.io/MutatingAdmissionPolicyBinding",
          "storage.k8s.io/StorageClass",
          "storage.k8s.io/CSIDriver",
          "storage.k8s.io/CSINode",
          "storage.k8s.io/VolumeAttachment",
          "storage.k8s.io/VolumeAttributesClass",
          "scheduling.k8s.io/PriorityClass",
          "node.k8s.io/RuntimeClass",
          "policy/PodSecurityPolicy",
          "certificates.k8s.io/CertificateSigningRequest",
          "certificates.k8s.io/ClusterTrustBundle",
          "flowcontrol.apiserver.k8s.io/FlowSchema",
          "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration",
          "networking.k8s.io/IngressClass",
          "networking.k8s.io/IPAddress",
          "networking.k8s.io/ServiceCIDR",
          "resource.k8s.io/DeviceClass",
          "resource.k8s.io/ResourceSlice",
          "authentication.k8s.io/TokenReview",
          "authentication.k8s.io/SelfSubjectReview",
          "authorization.k8s.io/SubjectAccessReview",
          "authorization.k8s.io/SelfSubjectAccessReview",
          "authorization.k8s.io/SelfSubjectRulesReview",
          "internal.apiserver.k8s.io/StorageVersion",
          "storagemigration.k8s.io/StorageVersionMigration");

  private final Set<String> custom;

  private KindScopes(Set<String> custom) {
    this.custom = custom;
  }

  /** The built-in kinds and the cluster-scoped CRDs of every cluster of the render. */
  public static KindScopes of(RenderResult result) {
    Set<String> custom = new HashSet<>();
    for (ClusterResult c : result.clusters()) {
      for (KsResult ks : c.kustomizations()) {
        collect(ks.objects(), custom);
      }
      for (HrResult hr : c.releases()) {
        collect(hr.objects(), custom);
      }
    }
    return new KindScopes(custom);
  }

  private static void collect(List<MappingNode> objects, Set<String> custom) {
    for (MappingNode o : objects) {
      if (!"CustomResourceDefinition".equals(o.getString("kind"))) {
        continue;
      }
      MappingNode spec = o.getMapping("spec");
      MappingNode names = spec == null ? null : spec.getMapping("names");
      if (names != null && "Cluster".equals(spec.getString("scope"))) {
        custom.add(spec.getString("group") + "/" + names.getString("kind"));
      }
    }
  }

  public boolean isClusterScoped(String apiVersion, String kind) {
    String v = apiVersion == null ? "" : apiVersion;
    int slash = v.indexOf('/');
    String key = (slash < 0 ? "" : v.substring(0, slash)) + "/" + kind;
    return BUILT_IN.contains(key) || custom.contains(key);
  }
}
