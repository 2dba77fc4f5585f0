package dev.hops.check.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema folders: JSON reading, kubeconform's file names, {@code $ref}s between files. */
class SchemaDirsTest {

  private static final BuiltIns K8S = BuiltIns.load("1.32");

  @Test
  void jsonIsReadWithTypesAndPositions() {
    Node n =
        JsonReader.read(
            "{\n  \"a\": \"x\\u00e9\\n\",\n  \"b\": [1, -2.5e3, true, null],\n\t\"c\": {}\n}",
            "s.json");
    MappingNode m = (MappingNode) n;
    assertThat(m.getString("a")).isEqualTo("xé\n");
    List<Node> b = m.getSequence("b").items();
    assertThat(b)
        .extracting(x -> ((ScalarNode) x).effectiveTag())
        .containsExactly(Tags.INT, Tags.FLOAT, Tags.BOOL, Tags.NULL);
    assertThat(b.get(1).pos().line()).isEqualTo(3);
    assertThat(b.get(1).pos().column()).isEqualTo(12);
    assertThat(m.getMapping("c").isEmpty()).isTrue();
  }

  @Test
  void malformedJsonNamesTheFileAndLine() {
    assertThatThrownBy(() -> JsonReader.read("{\"a\": 1,\n \"b\" 2}", "s.json"))
        .isInstanceOf(SchemaException.class)
        .hasMessage("s.json:2:6: malformed JSON: expected ':'");
  }

  @Test
  void refsToDefinitionsAndToOtherFiles(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("_definitions.json"),
        """
        {"definitions": {
          "node": {"type": "object", "additionalProperties": false,
                   "properties": {"name": {"type": ["string", "null"]},
                                  "children": {"type": "array",
                                               "items": {"$ref": "#/definitions/node"}}}}}}
        """);
    Files.writeString(
        dir.resolve("tree-example-v1.json"),
        """
        {"type": "object",
         "properties": {"spec": {"$ref": "#/definitions/spec"}},
         "definitions": {
           "spec": {"type": "object",
                    "properties": {"root": {"$ref": "_definitions.json#/definitions/node"}}}}}
        """);
    SchemaDirs dirs = new SchemaDirs(List.of(dir), K8S.objectMeta());
    Schema s = dirs.find("example.com", "v1", "Tree");
    MappingNode o =
        (MappingNode)
            YamlReader.withDefaults()
                .readDocument(
                    """
                    apiVersion: example.com/v1
                    kind: Tree
                    metadata: {name: t}
                    spec:
                      root:
                        name: null
                        children:
                          - name: a
                            children: [{name: 3, leaf: true}]
                    """,
                    "t.yaml");
    assertThat(Validator.validate(o, s, Validator.Values.SHOWN))
        .extracting(v -> v.node().pos().line() + " " + v.pointer() + ": " + v.message())
        .containsExactly(
            "9 /spec/root/children/0/children/0/name: expected string or null, found integer 3",
            "9 /spec/root/children/0/children/0/leaf: unknown field");
    assertThat(dirs.find("example.com", "v2", "Tree")).isNull();
  }
}
