package dev.hops.flux.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.YamlReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectSetTest {

  private static ObjectSet read(String yaml) {
    return ObjectSet.of(YamlReader.withDefaults().readDocuments(yaml, "test.yaml"));
  }

  @Test
  void ignoresOrderKeyOrderAndFluxLocalIndexAnnotations() {
    ObjectSet fluxLocal =
        read(
            """
            kind: ConfigMap
            apiVersion: v1
            metadata:
              name: b
              annotations:
                config.kubernetes.io/index: '1'
                internal.config.kubernetes.io/index: '1'
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: a
              annotations:
                keep: "yes"
                config.kubernetes.io/index: '0'
            data: {x: "1"}
            """);
    ObjectSet hops =
        read(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              annotations:
                keep: "yes"
              name: a
            data:
              x: '1'
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: b
            """);
    assertThat(ObjectSet.differences(fluxLocal, hops)).isEmpty();
  }

  @Test
  void reportsMissingExtraAndChangedObjectsWithPointers() {
    ObjectSet fluxLocal =
        read(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: a, namespace: ns}
            data: {port: "8080", gone: x}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: only-flux-local}
            """);
    ObjectSet hops =
        read(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: a, namespace: ns}
            data: {port: 8080}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: only-hops}
            """);
    Map<String, String> d = ObjectSet.differences(fluxLocal, hops);
    assertThat(d)
        .containsOnlyKeys(
            "ConfigMap/ns/a (v1)", "Service/only-flux-local (v1)", "Service/only-hops (v1)");
    assertThat(d.get("ConfigMap/ns/a (v1)"))
        .contains("/data/gone: only flux-local has \"x\"")
        .contains("/data/port: flux-local \"8080\", Hops 8080");
    assertThat(d.get("Service/only-flux-local (v1)")).startsWith("only in flux-local");
    assertThat(d.get("Service/only-hops (v1)")).startsWith("only in Hops");
  }

  @Test
  void countsCopies() {
    String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n";
    assertThat(ObjectSet.differences(read(cm + "---\n" + cm), read(cm)))
        .containsEntry("ConfigMap/a (v1)", "only in flux-local's output (1x)");
  }
}
