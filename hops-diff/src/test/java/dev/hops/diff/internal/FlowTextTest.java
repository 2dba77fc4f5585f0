package dev.hops.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.YamlReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings written as flow YAML read back as the same strings, inside a flow mapping too. */
class FlowTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "nginx:1.27",
        "http://example.com/a?b=c",
        "--port=8080",
        "-x",
        "a=b",
        "yes",
        "No",
        "on",
        "true",
        "null",
        "~",
        "1",
        "1.5",
        "0x1F",
        "1e3",
        "2001-12-14",
        "",
        " lead",
        "trail ",
        "a: b",
        "x:",
        "#x",
        "a #b",
        "a,b",
        "[x]",
        "{x}",
        "x]",
        "- x",
        "-",
        "? x",
        ":x",
        "multi\nline",
        "tab\there",
        "quote\"s",
        "back\\slash",
        "*alias",
        "&anchor",
        "!tag",
        "%pct",
        "@at",
        "`tick",
        "'single'",
        "ünïcode ✓",
        "bell\u0007",
      })
  void stringsReadBackAsThemselves(String s) {
    String flow = FlowText.string(s);
    MappingNode m =
        YamlReader.withDefaults()
            .readDocument("{k: " + flow + ", n: [" + flow + "]}", "t")
            .asMapping();
    assertThat(m.get("k")).isInstanceOf(ScalarNode.class);
    ScalarNode k = (ScalarNode) m.get("k");
    assertThat(k.isString()).as(flow).isTrue();
    assertThat(k.value()).as(flow).isEqualTo(s);
    assertThat(m.getSequence("n").get(0).asScalar().value()).as(flow).isEqualTo(s);
  }
}
