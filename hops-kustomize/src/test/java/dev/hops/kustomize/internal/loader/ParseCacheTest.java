package dev.hops.kustomize.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/** Documents are shared only between reads of the same text shown under the same name. */
class ParseCacheTest {

  @Test
  void theSameTextShownOtherwiseKeepsItsOwnPositions() {
    ParseCache cache = new ParseCache();
    YamlReader reader = YamlReader.withDefaults();
    String text = "kind: ConfigMap\n";
    assertThat(cache.documents(reader, "cm.yaml", "a/cm.yaml", text).getFirst().pos().file())
        .isEqualTo("a/cm.yaml");
    assertThat(cache.documents(reader, "cm.yaml", "b/cm.yaml", text).getFirst().pos().file())
        .isEqualTo("b/cm.yaml");
  }
}
