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

  /** Applies the patch documents in order, as kustomize does for a patch file with several. */
  static MappingNode applyAll(MappingNode resource, List<MappingNode> patches) {
    MappingNode result = resource;
    for (MappingNode patch : patches) {
      result = StrategicMerge.apply(result, patch);
      if (result == null) {
        break;
      }
    }
    return result;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void mergesAsKustomize(Case c) {
    MappingNode resource = read(c.resource(), "res.yaml");
    List<MappingNode> patches =
        YamlReader.withDefaults().readDocuments(c.patch(), "patch.yaml").stream()
            .map(Node::asMapping)
            .toList();
    List<MappingNode> patchesBefore = patches.stream().map(MappingNode::copy).toList();

    if (c.expected().startsWith("ERROR: ")) {
      String message = c.expected().substring("ERROR: ".length());
      assertThatThrownBy(() -> applyAll(resource, patches))
          .isInstanceOf(SmpException.class)
          .satisfies(e -> assertThat(e.getMessage().strip()).isEqualTo(message.strip()));
      return;
    }
    MappingNode result = applyAll(resource, patches);
    for (int i = 0; i < patches.size(); i++) {
      assertThat(patches.get(i).sameAs(patchesBefore.get(i))).as("patch left unchanged").isTrue();
    }
    if (c.expected().equals(StrategicMergeCases.DELETED)) {
      assertThat(result).isNull();
      return;
    }
    assertThat(result).isSameAs(resource);
    Node expected = read(c.expected(), "expected.yaml");
    assertThat(SemanticDiff.diff(expected, result)).isNull();
  }
}
