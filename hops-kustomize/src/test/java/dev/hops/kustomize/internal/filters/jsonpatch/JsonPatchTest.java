package dev.hops.kustomize.internal.filters.jsonpatch;

import static dev.hops.kustomize.internal.filters.OracleHarness.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.OracleHarness;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON patch API on nodes. Expected objects were printed by {@code kubectl kustomize} (v5.5.0)
 * for the same resource and patch; the properties of the rebuilt tree that kustomize does not print
 * directly (number spelling, string styles) are the ones whose effects the oracle cases show.
 */
class JsonPatchTest {

  private static Node yaml(String text) {
    return YamlReader.withDefaults().readDocument(text, "test.yaml");
  }

  private static final String CONFIG_MAP =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: cm
      data:
        port: "8080"
        count: 3
        flag: true
        ratio: 0.5
      """;

  @Test
  void appliesOperationsAndKeepsTypes() {
    JsonPatch patch =
        JsonPatch.parse(
            """
            - op: replace
              path: /data/count
              value: "4"
            - op: add
              path: /data/list
              value: [1, "2", null, {a: b}]
            - op: remove
              path: /data/flag
            - op: add
              path: /spec
              value: {replicas: 1}
            - op: move
              from: /data/port
              path: /spec/port\
            """,
            SourcePos.UNKNOWN);
    MappingNode input = (MappingNode) yaml(CONFIG_MAP);
    MappingNode out = patch.apply(input);
    // kubectl kustomize
    assertSameTree(
        out,
        yaml(
            """
            apiVersion: v1
            data:
              count: "4"
              list:
              - 1
              - "2"
              - null
              - a: b
              ratio: 0.5
            kind: ConfigMap
            metadata:
              name: cm
            spec:
              port: "8080"
              replicas: 1
            """));
    // the input is left alone
    assertSameTree(input, yaml(CONFIG_MAP));
  }

  @Test
  void rebuiltTreeIsWhatYamlV3ParsesBackFromMarshaledGoValues() {
    JsonPatch patch =
        JsonPatch.parse(
            """
            [{"op": "add", "path": "/data/big", "value": 2000000},
             {"op": "add", "path": "/data/one", "value": 1.0},
             {"op": "add", "path": "/data/args", "value": ["80", "x: y", "plain", "yes", "a\\nb"]},
             {"op": "add", "path": "/data/a10", "value": {}},
             {"op": "add", "path": "/data/a9", "value": []}]\
            """,
            SourcePos.UNKNOWN);
    MappingNode out = patch.apply((MappingNode) yaml(CONFIG_MAP));
    MappingNode data = out.getMapping("data");
    // float64 through %g: an int of a million or more comes back as a float (the oracle case
    // "a patched number copied into a string field" shows "2e+06" in a label)
    assertThat(data.get("big"))
        .isInstanceOfSatisfying(
            ScalarNode.class,
            s -> {
              assertThat(s.value()).isEqualTo("2e+06");
              assertThat(s.tag()).isEqualTo(Tags.FLOAT);
            });
    assertThat(((ScalarNode) data.get("one")).tag()).isEqualTo(Tags.INT);
    assertThat(((ScalarNode) data.get("count")).tag()).isEqualTo(Tags.INT);
    // strings take the styles yaml.v3 gives them (the oracle case "patched strings get yaml.v3's
    // styles" matches them with [=^"80"$], [=^'x: y'$], [=^plain$], [=^"yes"$] and [=^\|-])
    List<Node> args = ((SequenceNode) data.get("args")).items();
    assertThat(args)
        .extracting(n -> ((ScalarNode) n).style())
        .containsExactly(
            ScalarStyle.DOUBLE_QUOTED,
            ScalarStyle.SINGLE_QUOTED,
            ScalarStyle.PLAIN,
            ScalarStyle.DOUBLE_QUOTED,
            ScalarStyle.LITERAL);
    assertThat(args).allSatisfy(n -> assertThat(n.tag()).isEqualTo(Tags.STR));
    // keys in yaml.v3's order: digits inside keys compare as numbers
    assertThat(data.keys())
        .containsExactly("a9", "a10", "args", "big", "count", "flag", "one", "port", "ratio");
  }

  @Test
  void errorsAreJsonPatchErrors() {
    MappingNode cm = (MappingNode) yaml(CONFIG_MAP);
    assertThatThrownBy(
            () ->
                JsonPatch.parse(
                        "[{\"op\": \"test\", \"path\": \"/data/count\", \"value\": 3.0}]", null)
                    .apply(cm))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("testing value /data/count failed: test failed");
    assertThatThrownBy(() -> JsonPatch.parse("", null))
        .hasMessageContaining("empty json patch operations");
    assertThatThrownBy(() -> JsonPatch.parse("op: add\npath: /x", null))
        .hasMessageContaining(
            "json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  }

  @Test
  void rawJsonLevel() {
    JsonPatch p =
        JsonPatch.parse(
            """
            [{"op": "add", "path": "/a/-1", "value": 9},
             {"op": "remove", "path": "/a/0"},
             {"op": "copy", "from": "/b", "path": "/c"}]\
            """,
            null);
    assertThat(p.applyJson("{\"a\": [1, 2], \"b\": {\"x\": [true, null]}}"))
        .isEqualTo("{\"a\":[2,9],\"b\":{\"x\":[true,null]},\"c\":{\"x\":[true,null]}}");
  }

  @Test
  void resourceHelperStoresPreviousIdAndRewritesAnnotations() {
    Res res =
        OracleHarness.resources(
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cm
                  annotations:
                    keep: me
                """)
            .get(0);
    JsonPatch.applyToResource(
        res,
        JsonPatch.parse(
            """
            - op: replace
              path: /metadata/name
              value: renamed
            - op: add
              path: /metadata/annotations/count
              value: 5\
            """,
            null));
    assertThat(res.getName()).isEqualTo("renamed");
    assertThat(res.orgId().name()).isEqualTo("cm");
    assertThat(res.getAnnotations()).containsEntry("count", "5").containsEntry("keep", "me");
    MappingNode annotations = res.node().getMapping("metadata").getMapping("annotations");
    assertThat(((ScalarNode) annotations.get("count")).tag()).isEqualTo(Tags.STR);
  }
}
