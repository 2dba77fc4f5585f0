package dev.hops.check.schema;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One JSON Schema file of a schema folder and the {@code $ref}s it makes: to a JSON pointer in the
 * same file ({@code #/definitions/...}) or in another file of the folder ({@code
 * _definitions.json#/definitions/...}). A reference to the web is not followed: offline, what it
 * names is not checked.
 */
final class JsonSchemaFile {

  private final Path path;
  private final Node document;
  private final SchemaDirs dirs;
  private final OpenApiReader reader;
  private final Map<String, Schema> pointers = new HashMap<>();
  private Schema root;

  JsonSchemaFile(Path path, Node document, SchemaDirs dirs) {
    this.path = path;
    this.document = document;
    this.dirs = dirs;
    this.reader =
        new OpenApiReader(OpenApiReader.Dialect.JSON_SCHEMA, dirs.objectMeta(), this::ref);
    if (!(document instanceof MappingNode)) {
      throw new SchemaException(SourcePos.of(path.toString()), "not a JSON schema: not an object");
    }
  }

  /** The schema of a whole object. */
  Schema root() {
    if (root == null) {
      root = reader.object((MappingNode) document);
    }
    return root;
  }

  private Schema ref(String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    if (file.startsWith("http://") || file.startsWith("https://")) {
      return Schema.ANY;
    }
    if (!file.isEmpty()) {
      return dirs.file(path.resolveSibling(file)).at(pointer);
    }
    return at(pointer);
  }

  /** The schema at a JSON pointer of this file ("" is the whole document). */
  synchronized Schema at(String pointer) {
    Schema s = pointers.get(pointer);
    if (s == null) {
      Node n = resolve(pointer);
      if (!(n instanceof MappingNode m)) {
        throw new SchemaException(
            SourcePos.of(path.toString()), "$ref '#" + pointer + "' names no schema in the file");
      }
      s = reader.read(m, true, false);
      pointers.put(pointer, s);
    }
    return s;
  }

  private Node resolve(String pointer) {
    Node n = document;
    if (pointer.isEmpty() || pointer.equals("/")) {
      return n;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String t = token.replace("~1", "/").replace("~0", "~");
      if (n instanceof MappingNode m) {
        n = m.get(t);
      } else if (n instanceof SequenceNode seq
          && t.matches("\\d+")
          && Integer.parseInt(t) < seq.size()) {
        n = seq.get(Integer.parseInt(t));
      } else {
        return null;
      }
    }
    return n;
  }
}
