package dev.hops.kustomize.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.internal.openapi.NamespaceScoping.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceScopingTest {

  @ParameterizedTest
  @CsvSource({
    "v1, Namespace, false, true",
    "v1, Node, false, true",
    "v1, PersistentVolume, false, true",
    "v1, ComponentStatus, false, true",
    "v1, ConfigMap, true, true",
    "v1, Secret, true, true",
    "v1, Service, true, true",
    "v1, Pod, true, true",
    "apps/v1, Deployment, true, true",
    "batch/v1, CronJob, true, true",
    "rbac.authorization.k8s.io/v1, ClusterRole, false, true",
    "rbac.authorization.k8s.io/v1, ClusterRoleBinding, false, true",
    "rbac.authorization.k8s.io/v1, Role, true, true",
    "apiextensions.k8s.io/v1, CustomResourceDefinition, false, true",
    "storage.k8s.io/v1, StorageClass, false, true",
    "storage.k8s.io/v1beta1, CSIStorageCapacity, true, true",
    "policy/v1beta1, PodSecurityPolicy, false, true",
    "networking.k8s.io/v1, IngressClass, false, true",
    "networking.k8s.io/v1, Ingress, true, true",
    "scheduling.k8s.io/v1, PriorityClass, false, true",
    // unknown: newer API versions, CRDs, kinds without a group, kustomize's own kinds
    "storage.k8s.io/v1, CSIStorageCapacity, false, false",
    "flowcontrol.apiserver.k8s.io/v1, FlowSchema, false, false",
    "helm.toolkit.fluxcd.io/v2, HelmRelease, false, false",
    "apps/v1, ConfigMap, false, false",
    "v1, Deployment, false, false",
    "kustomize.config.k8s.io/v1beta1, Kustomization, false, false",
    "v1, List, false, false",
  })
  void answersAsKyaml(String apiVersion, String kind, boolean namespaced, boolean found) {
    assertThat(NamespaceScoping.isNamespaceScoped(apiVersion, kind))
        .isEqualTo(new Scope(namespaced, found));
    Gvk gvk = Gvk.of(apiVersion, kind);
    assertThat(NamespaceScoping.isNamespaceScoped(gvk)).isEqualTo(new Scope(namespaced, found));
    assertThat(NamespaceScoping.isCertainlyClusterScoped(gvk)).isEqualTo(found && !namespaced);
    assertThat(NamespaceScoping.isCertainlyClusterScoped(apiVersion, kind))
        .isEqualTo(found && !namespaced);
  }
}
