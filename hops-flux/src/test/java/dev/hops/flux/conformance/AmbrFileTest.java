package dev.hops.flux.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmbrFileTest {

  @Test
  void readsEachNamedStringWithoutItsIndent() {
    String file =
        """
        # serializer version: 1
        # name: test_build_ks[one]
          '''
          ---
          kind: A
            path: x\\.y

          '''
        # ---
        # name: test_build_ks[two]
          '''
          kind: B
          '''
        # ---
        """;
    Map<String, String> snaps = AmbrFile.parse(file.lines().toList(), "t.ambr");
    assertThat(snaps)
        .containsExactly(
            Map.entry("test_build_ks[one]", "---\nkind: A\n  path: x\\.y\n\n"),
            Map.entry("test_build_ks[two]", "kind: B\n"));
  }

  @Test
  void refusesAnUnclosedString() {
    assertThatThrownBy(() -> AmbrFile.parse(List.of("# name: t[x]", "  '''", "  a: 1"), "t.ambr"))
        .hasMessageContaining("not closed");
  }
}
