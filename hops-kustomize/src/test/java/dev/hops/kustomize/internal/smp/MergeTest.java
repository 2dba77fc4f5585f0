package dev.hops.kustomize.internal.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.kustomize.internal.openapi.OpenApiSchema;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/** kyaml-level behaviour that kustomize's patches never show (it gives patches the same type). */
class MergeTest {

  private static Node read(String yaml) {
    return YamlReader.withDefaults().readDocument(yaml, "test.yaml");
  }

  private static String names(Node merged) {
    StringBuilder sb = new StringBuilder();
    for (Node c :
        merged
            .asMapping()
            .getMapping("spec")
            .getMapping("template")
            .getMapping("spec")
            .getSequence("containers")
            .items()) {
      sb.append(c.asMapping().getString("name")).append(' ');
    }
    return sb.toString().trim();
  }

  private static final String CONTAINERS =
      """
      spec:
        template:
          spec:
            containers:
            - name: a
            - name: b
      """;

  private static final String PATCH =
      """
      spec:
        template:
          spec:
            containers:
            - name: c
      """;

  @Test
  void theSchemaComesFromTheResourceFirst() {
    Node dest = read("apiVersion: apps/v1\nkind: Deployment\n" + CONTAINERS);
    Node patch = read("apiVersion: example.com/v1\nkind: Foo\n" + PATCH);
    assertThat(names(StrategicMerge.merge(dest, patch, OpenApiSchema.builtin())))
        .isEqualTo("c a b");
  }

  @Test
  void thenFromThePatch() {
    Node dest = read(CONTAINERS);
    Node patch = read("apiVersion: apps/v1\nkind: Deployment\n" + PATCH);
    assertThat(names(StrategicMerge.merge(dest, patch, OpenApiSchema.builtin())))
        .isEqualTo("c a b");
  }

  @Test
  void withoutASchemaListsAreReplaced() {
    Node dest = read("apiVersion: example.com/v1\nkind: Foo\n" + CONTAINERS);
    Node patch = read("apiVersion: example.com/v1\nkind: Foo\n" + PATCH);
    assertThat(names(StrategicMerge.merge(dest, patch, OpenApiSchema.builtin()))).isEqualTo("c");
  }

  @Test
  void topLevelReplaceReturnsThePatchButLeavesTheResource() {
    String res = "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n";
    String patch = "apiVersion: v1\nkind: ConfigMap\n$patch: replace\ndata:\n  c: d\n";
    Node merged = StrategicMerge.merge(read(res), read(patch), OpenApiSchema.builtin());
    assertThat(merged.asMapping().getMapping("data").keys()).containsExactly("c");
    assertThat(merged.asMapping().has("$patch")).isFalse();

    MappingNode resource = read(res).asMapping();
    assertThat(StrategicMerge.apply(resource, read(patch).asMapping()).sameAs(read(res))).isTrue();
  }

  @Test
  void errorsQuoteTheOffendingNode() {
    MappingNode resource = read("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n").asMapping();
    assertThatThrownBy(
            () ->
                StrategicMerge.apply(
                    resource, read("apiVersion: v1\nkind: ConfigMap\ndata: [a, b]\n").asMapping()))
        .hasMessage(
            "wrong node kind: expected MappingNode but got SequenceNode: node contents:\n[a, b]\n");
    assertThatThrownBy(
            () ->
                StrategicMerge.apply(
                    resource,
                    read("apiVersion: v1\nkind: ConfigMap\ndata:\n- a: 1\n  b: [x]\n").asMapping()))
        .hasMessage(
            "wrong node kind: expected MappingNode but got SequenceNode: node contents:\n"
                + "- a: 1\n  b: [x]\n");
  }
}
