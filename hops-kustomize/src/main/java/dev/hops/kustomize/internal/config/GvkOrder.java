package dev.hops.kustomize.internal.config;

import dev.hops.kustomize.Gvk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** kyaml's Gvk.IsLessThan: the legacy kind order, then group_version_kind. */
public final class GvkOrder {

  /** Kinds sorted first, in this order (kyaml resid orderFirst). */
  public static final List<String> ORDER_FIRST =
      List.of(
          "Namespace",
          "ResourceQuota",
          "StorageClass",
          "CustomResourceDefinition",
          "ServiceAccount",
          "PodSecurityPolicy",
          "Role",
          "ClusterRole",
          "RoleBinding",
          "ClusterRoleBinding",
          "ConfigMap",
          "Secret",
          "Endpoints",
          "Service",
          "LimitRange",
          "PriorityClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "Deployment",
          "StatefulSet",
          "CronJob",
          "PodDisruptionBudget");

  /** Kinds sorted last (kyaml resid orderLast). */
  public static final List<String> ORDER_LAST =
      List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  private static final Map<String, Integer> TYPE_ORDERS = new HashMap<>();

  static {
    for (int i = 0; i < ORDER_FIRST.size(); i++) {
      TYPE_ORDERS.put(ORDER_FIRST.get(i), -ORDER_FIRST.size() + i);
    }
    for (int i = 0; i < ORDER_LAST.size(); i++) {
      TYPE_ORDERS.put(ORDER_LAST.get(i), 1 + i);
    }
  }

  private GvkOrder() {}

  public static boolean isLess(Gvk x, Gvk o) {
    int i = TYPE_ORDERS.getOrDefault(x.kind(), 0);
    int j = TYPE_ORDERS.getOrDefault(o.kind(), 0);
    if (i != j) {
      return i < j;
    }
    return stableSortString(x).compareTo(stableSortString(o)) < 0;
  }

  /** Go compares strings bytewise; for these ASCII-ish names compareTo is the same. */
  public static String stableSortString(Gvk x) {
    return (x.group().isEmpty() ? "~G" : x.group())
        + "_"
        + (x.version().isEmpty() ? "~V" : x.version())
        + "_"
        + (x.kind().isEmpty() ? "~K" : x.kind());
  }
}
