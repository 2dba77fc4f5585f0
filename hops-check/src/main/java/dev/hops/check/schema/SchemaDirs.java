package dev.hops.check.schema;

import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Folders of schemas ({@code --schema-dir}): JSON Schema files named as kubeconform looks them up
 * (openapi2jsonschema's {@code {kind}-{group}-{version}.json}, lower-case, with the first part of
 * the group; the CRDs-catalog's {@code {group}/{kind}_{version}.json}) and YAML files of
 * CustomResourceDefinitions. A JSON file is read when its kind is first needed; the YAML files all
 * at once, when a kind is first not found among the JSON files.
 */
final class SchemaDirs {

  private final List<Path> dirs;
  private final Schema objectMeta;
  private final Map<Path, JsonSchemaFile> files = new HashMap<>();
  private Crds crds;

  SchemaDirs(List<Path> dirs, Schema objectMeta) {
    this.dirs = List.copyOf(dirs);
    this.objectMeta = objectMeta;
  }

  boolean isEmpty() {
    return dirs.isEmpty();
  }

  /** The schema of a kind: from a JSON file, else from a CRD; null when there is none. */
  synchronized Schema find(String group, String version, String kind) {
    for (Path dir : dirs) {
      for (String name : fileNames(group, version, kind)) {
        Path p = dir.resolve(name);
        if (Files.isRegularFile(p)) {
          return file(p).root();
        }
      }
    }
    if (crds == null) {
      crds = readCrds();
    }
    return crds.version(group, version, kind) instanceof Crds.Served s ? s.schema() : null;
  }

  private static List<String> fileNames(String group, String version, String kind) {
    String k = kind.toLowerCase(Locale.ROOT);
    String v = version.toLowerCase(Locale.ROOT);
    if (group.isEmpty()) {
      return List.of(k + "-" + v + ".json", k + "_" + v + ".json");
    }
    String g = group.toLowerCase(Locale.ROOT);
    String first = g.contains(".") ? g.substring(0, g.indexOf('.')) : g;
    return List.of(
        k + "-" + first + "-" + v + ".json",
        k + "-" + g + "-" + v + ".json",
        g + "/" + k + "_" + v + ".json",
        k + "_" + v + ".json");
  }

  /** A JSON schema file, read once (also when reached through a {@code $ref}). */
  JsonSchemaFile file(Path p) {
    Path key = p.toAbsolutePath().normalize();
    JsonSchemaFile f = files.get(key);
    if (f == null) {
      f = new JsonSchemaFile(key, read(key).get(0), this);
      files.put(key, f);
    }
    return f;
  }

  Schema objectMeta() {
    return objectMeta;
  }

  private Crds readCrds() {
    Crds out = new Crds(objectMeta);
    for (Path dir : dirs) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted().toList()) {
          String n = p.getFileName().toString();
          if (Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"))) {
            for (Node doc : read(p)) {
              if (doc instanceof MappingNode m) {
                out.add(m);
              }
            }
          }
        }
      } catch (IOException e) {
        throw new SchemaException(
            SourcePos.of(dir.toString()), "cannot read the schema folder: " + e.getMessage());
      }
    }
    return out;
  }

  private static List<Node> read(Path p) {
    String text;
    try {
      text = Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SchemaException(SourcePos.of(p.toString()), "cannot read: " + e.getMessage());
    }
    if (p.getFileName().toString().endsWith(".json")) {
      return List.of(JsonReader.read(text, p.toString()));
    }
    try {
      List<Node> docs =
          new ArrayList<>(YamlReader.withDefaults().readDocuments(text, p.toString()));
      docs.removeIf(d -> d == null || d.isNull());
      if (docs.isEmpty()) {
        throw new SchemaException(SourcePos.of(p.toString()), "empty schema file");
      }
      return docs;
    } catch (SchemaException e) {
      throw e;
    } catch (HopsException e) {
      throw new SchemaException(e.pos(), "not a schema file: " + e.reason());
    }
  }
}
