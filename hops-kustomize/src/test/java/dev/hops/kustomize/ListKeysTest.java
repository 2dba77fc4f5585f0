package dev.hops.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list keys of the built-in schema: what strategic merge patching merges by key. */
class ListKeysTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "apps/v1|Deployment|spec.template.spec.containers|name",
        "apps/v1|Deployment|spec.template.spec.initContainers|name",
        "apps/v1|Deployment|spec.template.spec.containers.[].env|name",
        "apps/v1|Deployment|spec.template.spec.containers.[].ports|containerPort,protocol",
        "apps/v1|Deployment|spec.template.spec.containers.[].volumeMounts|mountPath",
        "apps/v1|Deployment|spec.template.spec.volumes|name",
        "apps/v1|Deployment|spec.template.spec.containers.[].args|''",
        "apps/v1|Deployment|spec.template.spec.tolerations|''",
        "v1|Service|spec.ports|port,protocol",
        "networking.k8s.io/v1|Ingress|spec.rules|''",
        "batch/v1|CronJob|spec.jobTemplate.spec.template.spec.containers|name",
        // a version the v1.21 schema does not know: the group's stable version
        "autoscaling/v2|HorizontalPodAutoscaler|spec.metrics|''",
        "apps/v9|Deployment|spec.template.spec.containers|name",
        "cert-manager.io/v1|Certificate|spec.dnsNames|''",
      })
  void keysOfLists(String apiVersion, String kind, String path, String keys) {
    List<String> p = List.of(path.split("\\."));
    List<String> expected = keys.isEmpty() ? List.of() : List.of(keys.split(","));
    assertThat(ListKeys.of(apiVersion, kind).keyFor(p)).isEqualTo(expected);
  }
}
