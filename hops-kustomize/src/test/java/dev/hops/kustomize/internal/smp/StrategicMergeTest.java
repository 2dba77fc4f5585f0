package dev.hops.kustomize.internal.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.kustomize.internal.smp.StrategicMergeCases.Case;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StrategicMergeTest {

  static List<Case> cases() {
    return StrategicMergeCases.CASES;
  }

  static MappingNode read(String yaml, String file) {
    return YamlReader.withDefaults().readDocument(yaml, file).asMapping();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void mergesAsKustomize(Case c) {
    MappingNode resource = read(c.resource(), "res.yaml");
    MappingNode patch = read(c.patch(), "patch.yaml");
    MappingNode patchBefore = patch.copy();

    if (c.expected().startsWith("ERROR: ")) {
      String message = c.expected().substring("ERROR: ".length());
      String firstLine = message.split("\n", -1)[0];
      assertThatThrownBy(() -> StrategicMerge.apply(resource, patch))
          .isInstanceOf(SmpException.class)
          .hasMessageStartingWith(firstLine);
      return;
    }
    MappingNode result = StrategicMerge.apply(resource, patch);
    assertThat(patch.sameAs(patchBefore)).as("patch left unchanged").isTrue();
    if (c.expected().equals(StrategicMergeCases.DELETED)) {
      assertThat(result).isNull();
      return;
    }
    assertThat(result).isSameAs(resource);
    Node expected = read(c.expected(), "expected.yaml");
    assertThat(SemanticDiff.diff(expected, result)).isNull();
  }
}
