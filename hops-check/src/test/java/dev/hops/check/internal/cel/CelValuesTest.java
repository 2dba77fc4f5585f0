package dev.hops.check.internal.cel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.CheckContext;
import dev.hops.flux.ObjectRef;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Objects as CEL sees them: typed values, and the namespace the API server would set. */
class CelValuesTest {

  private static CheckContext.Rendered rendered(String yaml, String namespace) {
    MappingNode node = (MappingNode) YamlReader.withDefaults().readDocument(yaml, "x.yaml");
    return new CheckContext.Rendered(
        "home", node, SourcePos.UNKNOWN, new ObjectRef("HelmRelease", "apps", "web"), namespace);
  }

  @Test
  void chartOutputWithoutANamespaceGetsTheOneItLandsIn() {
    Object v = CelValues.of(rendered("kind: Service\nmetadata: {name: web}\n", "apps"));
    assertThat(((Map<?, ?>) ((Map<?, ?>) v).get("metadata")).get("namespace")).isEqualTo("apps");
  }

  @Test
  void clusterScopedObjectsAndWrittenNamespacesAreLeftAlone() {
    Object cluster = CelValues.of(rendered("kind: ClusterRole\nmetadata: {name: r}\n", ""));
    assertThat(((Map<?, ?>) ((Map<?, ?>) cluster).get("metadata")).containsKey("namespace"))
        .isFalse();
    Object own =
        CelValues.of(rendered("kind: Service\nmetadata: {name: web, namespace: other}\n", "apps"));
    assertThat(((Map<?, ?>) ((Map<?, ?>) own).get("metadata")).get("namespace")).isEqualTo("other");
  }

  @Test
  void valuesAreTypedByTheirTags() {
    Object v = CelValues.of(rendered("spec: {replicas: 3, paused: false, name: '3'}\n", ""));
    Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) v).get("spec");
    assertThat(spec.get("replicas")).isEqualTo(3L);
    assertThat(spec.get("paused")).isEqualTo(false);
    assertThat(spec.get("name")).isEqualTo("3");
  }
}
