package dev.hops.flux.internal.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.flux.FluxException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flux's values merge (fluxcd/pkg chartutil.ChartValuesFromReferences), inline. */
class ReleaseValuesTest {

  private static MappingNode yaml(String text) {
    return (MappingNode) YamlReader.withDefaults().readDocument(text, "test.yaml");
  }

  private static final List<MappingNode> OBJECTS =
      List.of(
          yaml(
              """
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: base, namespace: apps}
              data:
                values.yaml: |
                  replicas: 2
                  image: {tag: "1.0", pullPolicy: IfNotPresent}
                  enabled: yes
                other.yaml: |
                  replicas: 5
                domain: example.com
                count: "007"
              """),
          yaml(
              """
              apiVersion: v1
              kind: Secret
              metadata: {name: creds, namespace: apps}
              data:
                password: aHVudGVyMg==
              """));

  private static Map<String, Object> merge(String hr) {
    List<String> warnings = new ArrayList<>();
    return new ReleaseValues(YamlReader.withDefaults(), warnings)
        .merge(
            yaml(hr),
            "apps",
            "hr.yaml",
            (kind, ns, name) ->
                OBJECTS.stream()
                    .filter(
                        o ->
                            o.getString("kind").equals(kind)
                                && o.getMapping("metadata").getString("name").equals(name)
                                && o.getMapping("metadata").getString("namespace").equals(ns))
                    .findFirst()
                    .orElse(null));
  }

  @Test
  void referencesInOrderThenInlineValuesWin() {
    Map<String, Object> v =
        merge(
            """
            spec:
              valuesFrom:
                - {kind: ConfigMap, name: base}
                - {kind: ConfigMap, name: base, valuesKey: other.yaml}
              values:
                image: {tag: "2.0"}
            """);
    // YAML 1.1 as sigs.k8s.io/yaml reads it: "yes" is a boolean
    assertThat(KustomizeYaml.toJson(v))
        .isEqualTo(
            "{\"enabled\":true,\"image\":{\"pullPolicy\":\"IfNotPresent\",\"tag\":\"2.0\"},"
                + "\"replicas\":5}");
  }

  @Test
  void targetPathIsTypedLikeHelmSetAndWinsOverInlineValues() {
    Map<String, Object> v =
        merge(
            """
            spec:
              valuesFrom:
                - {kind: ConfigMap, name: base, valuesKey: domain, targetPath: ingress.host}
                - {kind: ConfigMap, name: base, valuesKey: count, targetPath: count}
                - {kind: Secret, name: creds, valuesKey: password, targetPath: auth.password}
              values:
                ingress: {host: inline.example, enabled: true}
            """);
    assertThat(KustomizeYaml.toJson(v))
        .isEqualTo(
            "{\"auth\":{\"password\":\"hunter2\"},\"count\":\"007\","
                + "\"ingress\":{\"enabled\":true,\"host\":\"example.com\"}}");
  }

  @Test
  void missingReferencesFailUnlessOptional() {
    assertThat(
            merge(
                """
                spec:
                  valuesFrom:
                    - {kind: ConfigMap, name: nowhere, optional: true}
                    - {kind: ConfigMap, name: base, valuesKey: nokey, optional: true}
                """))
        .isEmpty();
    assertThatThrownBy(
            () -> merge("spec:\n  valuesFrom:\n    - {kind: ConfigMap, name: nowhere}\n"))
        .isInstanceOf(FluxException.class)
        .hasMessageContaining("could not find ConfigMap 'apps/nowhere'");
    assertThatThrownBy(
            () ->
                merge(
                    "spec:\n  valuesFrom:\n    - {kind: ConfigMap, name: base, valuesKey: nokey}\n"))
        .isInstanceOf(FluxException.class)
        .hasMessageContaining("missing key 'nokey' in ConfigMap 'apps/base'");
  }

  @Test
  void strValsTyping() {
    assertThat(StrVals.typedAssignment("true")).isEqualTo(Boolean.TRUE);
    assertThat(StrVals.typedAssignment("null")).isNull();
    assertThat(StrVals.typedAssignment("42")).isEqualTo(42L);
    assertThat(StrVals.typedAssignment("042")).isEqualTo("042");
    assertThat(StrVals.typedAssignment("'42'")).isEqualTo("42");
    assertThat(StrVals.typedAssignment("\"true\"")).isEqualTo("true");
    assertThat(StrVals.typedAssignment("1.5")).isEqualTo("1.5");
  }

  @Test
  void releaseNamesAsHelmControllerMakesThem() {
    assertThat(ReleaseRenderer.releaseName(yaml("spec: {}"), "web", "")).isEqualTo("web");
    assertThat(ReleaseRenderer.releaseName(yaml("spec: {}"), "web", "prod")).isEqualTo("prod-web");
    assertThat(ReleaseRenderer.releaseName(yaml("spec: {releaseName: x}"), "web", "prod"))
        .isEqualTo("x");
    String longName = "a-very-long-target-namespace-for-testing";
    String shortened =
        ReleaseRenderer.releaseName(yaml("spec: {}"), "and-a-long-release", longName);
    assertThat(shortened)
        .hasSize(53)
        .startsWith((longName + "-and-a-long-release").substring(0, 40) + "-");
  }
}
