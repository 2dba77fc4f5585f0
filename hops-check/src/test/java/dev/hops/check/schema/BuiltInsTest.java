package dev.hops.check.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.check.CheckConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas the build derived from the Kubernetes Java client, against facts of Kubernetes and
 * against the v1.21.2 OpenAPI document that kustomize embeds.
 */
class BuiltInsTest {

  private static Schema field(Schema s, String... path) {
    Schema cur = s.resolve();
    for (String p : path) {
      cur = (p.equals("[]") ? cur.items : cur.field(p)).resolve();
    }
    return cur;
  }

  @Test
  void theVersionsAreRecentMinors() {
    assertThat(KubeVersions.available())
        .contains("1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36");
    assertThat(KubeVersions.minor("1.32.0")).isEqualTo("1.32");
    assertThat(KubeVersions.minor("v1.33")).isEqualTo("1.33");
  }

  @Test
  void anUnsupportedVersionListsTheAvailableOnes() {
    assertThatThrownBy(() -> KubeVersions.minor("1.20.0"))
        .isInstanceOf(CheckConfigException.class)
        .hasMessage(
            "unsupported Kubernetes version '1.20.0': the schemas of built-in kinds are available"
                + " for "
                + String.join(", ", KubeVersions.available()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"})
  void knownFacts(String minor) {
    BuiltIns k = BuiltIns.load(minor);
    Schema deployment = k.kind("apps/v1", "Deployment");
    assertThat(field(deployment, "spec").required)
        .containsExactlyInAnyOrder("selector", "template");
    Schema container = field(deployment, "spec", "template", "spec", "containers", "[]");
    assertThat(container.required).containsExactly("name");
    assertThat(container.properties).containsKeys("image", "imagePullPolicy", "resources");
    assertThat(field(container, "resources", "limits", "memory").quantity).isTrue();
    Schema port = field(k.kind("v1", "Service"), "spec", "ports", "[]");
    assertThat(field(port, "targetPort").types).isEqualTo(Schema.INTEGER | Schema.STRING);
    assertThat(field(port, "port").types).isEqualTo(Schema.INTEGER);
    assertThat(field(k.kind("v1", "Secret"), "data", "key").types).isEqualTo(Schema.STRING);
    assertThat(k.serves("batch/v1", "CronJob")).isTrue();
    assertThat(k.serves("batch/v1beta1", "CronJob")).isFalse();
    assertThat(k.serves("policy/v1beta1", "PodSecurityPolicy")).isFalse();
    assertThat(k.serves("autoscaling/v2beta2", "HorizontalPodAutoscaler")).isFalse();
    assertThat(k.serves("autoscaling/v2", "HorizontalPodAutoscaler")).isTrue();
    assertThat(k.serves("v1", "ConfigMap")).isTrue();
    assertThat(k.serves("networking.k8s.io/v1", "Ingress")).isTrue();
  }

  @Test
  void servedVersionsFollowTheReleases() {
    // resource.k8s.io/v1 went GA in 1.34; flowcontrol v1beta3 was removed in 1.32
    assertThat(BuiltIns.load("1.33").serves("resource.k8s.io/v1", "ResourceClaim")).isFalse();
    assertThat(BuiltIns.load("1.34").serves("resource.k8s.io/v1", "ResourceClaim")).isTrue();
    assertThat(BuiltIns.load("1.31").serves("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema"))
        .isTrue();
    assertThat(BuiltIns.load("1.32").serves("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema"))
        .isFalse();
  }

  @Test
  void requirementsLaterReleasesDroppedAreNotAskedFor() {
    // StatefulSetSpec.serviceName is optional from 1.33, NetworkPolicySpec.podSelector from 1.34:
    // the API server never required them
    assertThat(field(BuiltIns.load("1.30").kind("apps/v1", "StatefulSet"), "spec").required)
        .containsExactlyInAnyOrder("selector", "template");
    assertThat(
            field(BuiltIns.load("1.30").kind("networking.k8s.io/v1", "NetworkPolicy"), "spec")
                .required)
        .isEmpty();
  }

  /**
   * Every field of a kind in kustomize's v1.21.2 document is in the 1.30 schema, but the few that
   * Kubernetes removed between 1.21 and 1.30.
   */
  @Test
  void fieldsMatchKustomizesOpenApiDocument() throws IOException {
    Map<String, Map<String, String>> defs = new HashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    readKustomizeSchema(defs, kinds);
    BuiltIns k = BuiltIns.load("1.30");
    Set<String> missing = new TreeSet<>();
    int compared = 0;
    for (Map.Entry<String, String> e : kinds.entrySet()) {
      String[] gvk = e.getKey().split(",");
      Schema ours = k.kind(gvk[0], gvk[1]);
      if (ours != null) {
        compared++;
        compare(defs, e.getValue(), ours, gvk[1], missing, new HashSet<>());
      }
    }
    assertThat(compared).isGreaterThan(50);
    assertThat(missing)
        .containsExactlyInAnyOrder(
            // removed in 1.24 (the field was never used)
            "ObjectMeta.clusterName",
            // the alpha Service topology was removed in 1.22
            "ServiceSpec.topologyKeys");
  }

  private static void compare(
      Map<String, Map<String, String>> defs,
      String def,
      Schema ours,
      String where,
      Set<String> missing,
      Set<String> seen) {
    Map<String, String> props = defs.get(def);
    if (props == null || props.isEmpty() || !seen.add(def)) {
      return;
    }
    Schema s = ours.resolve();
    String name = def.substring(def.lastIndexOf('.') + 1);
    for (Map.Entry<String, String> p : props.entrySet()) {
      Schema f = s.properties.get(p.getKey());
      if (f == null) {
        missing.add(name + "." + p.getKey());
        continue;
      }
      String type = p.getValue();
      Schema cur = f.resolve();
      while (type.startsWith("[") || type.startsWith("{")) {
        cur = (type.startsWith("[") ? cur.items : cur.additional).resolve();
        type = type.substring(1);
      }
      if (type.startsWith("@")) {
        compare(defs, type.substring(1), cur, where, missing, seen);
      }
    }
  }

  private static void readKustomizeSchema(
      Map<String, Map<String, String>> defs, Map<String, String> kinds) throws IOException {
    try (InputStream in =
        BuiltInsTest.class.getResourceAsStream(
            "/dev/hops/kustomize/openapi/kubernetes-1.21.2.schema")) {
      assertThat(in).as("hops-kustomize's schema on the class path").isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> current = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] p = line.split(" ");
        if (line.startsWith("=")) {
          current = new LinkedHashMap<>();
          defs.put(p[0].substring(1), current);
          for (int i = 1; i < p.length; i++) {
            kinds.putIfAbsent(p[i], p[0].substring(1));
          }
        } else if (current != null) {
          current.put(p[0], p[1]);
        }
      }
    }
    assertThat(new ArrayList<>(kinds.keySet())).contains("apps/v1,Deployment");
  }
}
