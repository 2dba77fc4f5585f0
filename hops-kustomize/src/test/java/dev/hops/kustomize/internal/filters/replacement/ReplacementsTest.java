package dev.hops.kustomize.internal.filters.replacement;

import static dev.hops.kustomize.internal.filters.OracleHarness.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.kustomize.internal.filters.OracleHarness;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.types.Replacement;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The replacement API on nodes; expected objects were printed by {@code kubectl kustomize} (v5.5.0)
 * for the same resources and replacements.
 */
class ReplacementsTest {

  private static final String RESOURCES =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: cm
      data:
        replicas: "4"
        image: nginx:1.25
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 1
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx
      """;

  private static final String REPLACEMENTS =
      """
      - source:
          kind: ConfigMap
          name: cm
          fieldPath: data.replicas
        targets:
        - select:
            kind: Deployment
          fieldPaths:
          - spec.replicas
          - spec.template.metadata.labels.replicas
          options:
            create: true
      - source:
          kind: ConfigMap
          name: cm
          fieldPath: data.image
        targets:
        - select:
            kind: Deployment
            name: web
          fieldPaths:
          - spec.template.spec.containers.[name=nginx].image
      """;

  private static List<Node> yamlDocs(String text) {
    return YamlReader.withDefaults().readDocuments(text, "test.yaml");
  }

  private static List<Replacement> load(String text) {
    SequenceNode entries = (SequenceNode) yamlDocs(text).get(0);
    return Replacements.load(entries.items(), path -> "");
  }

  @Test
  void copiesValuesIntoTargets() {
    List<Res> resources = OracleHarness.resources(RESOURCES);
    Replacements.apply(resources, load(REPLACEMENTS));
    // kubectl kustomize
    List<Node> expected =
        yamlDocs(
            """
            apiVersion: v1
            data:
              image: nginx:1.25
              replicas: "4"
            kind: ConfigMap
            metadata:
              name: cm
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 4
              template:
                metadata:
                  labels:
                    app: web
                    replicas: 4
                spec:
                  containers:
                  - image: nginx:1.25
                    name: nginx
            """);
    assertSameTree(resources.get(0).node(), expected.get(0));
    assertSameTree(resources.get(1).node(), expected.get(1));

    MappingNode spec = resources.get(1).node().getMapping("spec");
    // a scalar target keeps its tag: the string "4" becomes the int 4
    assertThat(((ScalarNode) spec.get("replicas")).tag()).isEqualTo(Tags.INT);
    // a created field is untagged: its text decides its type when printed
    ScalarNode label =
        (ScalarNode)
            spec.getMapping("template").getMapping("metadata").getMapping("labels").get("replicas");
    assertThat(label.tag()).isEqualTo(Tags.NONE);
    assertThat(label.effectiveTag()).isEqualTo(Tags.INT);
  }

  @Test
  void sourceMustBeUnique() {
    List<Res> resources =
        OracleHarness.resources(
            RESOURCES
                + "---\n"
                + RESOURCES.replace("cm", "cm2").replace("name: web", "name: web2"));
    List<Replacement> rs =
        load(
            """
            - source:
                kind: ConfigMap
                fieldPath: data.replicas
              targets:
              - select:
                  kind: Deployment
            """);
    // kubectl kustomize
    assertThatThrownBy(() -> Replacements.apply(resources, rs))
        .hasMessageContaining(
            "multiple matches for selector"
                + " ConfigMap.[noVer].[noGrp]/[noName].[noNs]:data.replicas");
  }

  @Test
  void loadsFilesHoldingOneReplacementOrAList() {
    Map<String, String> files =
        Map.of(
            "one.yaml",
            """
            source: {kind: ConfigMap, fieldPath: data.image}
            targets: [{select: {kind: Deployment}}]
            """,
            "list.yaml",
            """
            - source: {kind: ConfigMap}
              targets: []
            - Source: {kind: ConfigMap, unknown: 1}
            """);
    SequenceNode entries = (SequenceNode) yamlDocs("[{path: one.yaml}, {path: list.yaml}]").get(0);
    List<Replacement> rs = Replacements.load(entries.items(), files::get);
    assertThat(rs).hasSize(3);
    assertThat(rs.get(0).source().fieldPath()).isEqualTo("data.image");
    assertThat(rs.get(0).targets()).hasSize(1);
    // in a file, empty targets are not missing targets
    assertThat(rs.get(1).targets()).isEmpty();
    assertThat(rs.get(2).source().gvk().kind()).isEqualTo("ConfigMap");
    assertThat(rs.get(2).targets()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a.b.c                                               | [a, b, c]
          /a/b                                                | [/a/b]
          .a.b                                                | [a, b]
          a\\.b.c                                             | [a.b, c]
          metadata.annotations.[example.com/x]                | [metadata, annotations, example.com/x]
          spec.containers.[name=a.b].image                    | [spec, containers, [name=a.b], image]
          a..b                                                | [a, , b]
          """)
  void smarterPathSplitter(String path, String expected) {
    assertThat(PathSplitter.smarter(path, ".").toString()).isEqualTo(expected);
  }
}
