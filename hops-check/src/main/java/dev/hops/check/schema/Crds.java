package dev.hops.check.schema;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * CustomResourceDefinitions by group and kind, and the schema of each version they serve (made on
 * first use, once per definition and version).
 */
final class Crds {

  /** What a definition says about one version of its kind. */
  sealed interface Version {}

  /** Served, with this schema. */
  record Served(Schema schema) implements Version {}

  /** Not served: the versions that are. */
  record NotServed(String crdName, String served) implements Version {}

  private final Map<String, MappingNode> byGroupKind = new HashMap<>();
  private final Map<MappingNode, Map<String, Schema>> schemas = new IdentityHashMap<>();
  private final Schema objectMeta;

  Crds(Schema objectMeta) {
    this.objectMeta = objectMeta;
  }

  /** Adds the object when it is a CustomResourceDefinition (the first one of a kind wins). */
  void add(MappingNode object) {
    if (!"CustomResourceDefinition".equals(object.getString("kind"))
        || !String.valueOf(object.getString("apiVersion")).startsWith("apiextensions.k8s.io/")) {
      return;
    }
    MappingNode spec = object.getMapping("spec");
    MappingNode names = spec == null ? null : spec.getMapping("names");
    if (names != null && spec.getString("group") != null && names.getString("kind") != null) {
      byGroupKind.putIfAbsent(spec.getString("group") + "/" + names.getString("kind"), object);
    }
  }

  boolean isEmpty() {
    return byGroupKind.isEmpty();
  }

  /** The version of a kind, or null when no definition has the kind. */
  synchronized Version version(String group, String version, String kind) {
    MappingNode crd = byGroupKind.get(group + "/" + kind);
    if (crd == null) {
      return null;
    }
    MappingNode spec = crd.getMapping("spec");
    StringBuilder served = new StringBuilder();
    if (spec.getSequence("versions") != null) {
      for (Node v : spec.getSequence("versions").items()) {
        if (v instanceof MappingNode m && !"false".equals(m.getString("served"))) {
          if (version.equals(m.getString("name"))) {
            return new Served(schema(crd, version, m));
          }
          served.append(served.isEmpty() ? "" : ", ").append(m.getString("name"));
        }
      }
    } else if (version.equals(spec.getString("version"))) {
      return new Served(schema(crd, version, null)); // apiextensions.k8s.io/v1beta1
    }
    MappingNode md = crd.getMapping("metadata");
    return new NotServed(md == null ? "" : md.getString("name"), served.toString());
  }

  private Schema schema(MappingNode crd, String version, MappingNode v) {
    return schemas
        .computeIfAbsent(crd, k -> new HashMap<>())
        .computeIfAbsent(version, k -> read(crd, v));
  }

  private Schema read(MappingNode crd, MappingNode version) {
    MappingNode schema = version == null ? null : version.getMapping("schema");
    MappingNode root = schema == null ? null : schema.getMapping("openAPIV3Schema");
    if (root == null) { // v1beta1: one schema for every version
      MappingNode validation = crd.getMapping("spec").getMapping("validation");
      root = validation == null ? null : validation.getMapping("openAPIV3Schema");
    }
    if (root == null) {
      return Schema.ANY;
    }
    // v1beta1 definitions keep unknown fields unless they say preserveUnknownFields: false
    boolean pruning =
        crd.getString("apiVersion").endsWith("/v1")
            || "false".equals(crd.getMapping("spec").getString("preserveUnknownFields"));
    OpenApiReader.Dialect dialect =
        pruning ? OpenApiReader.Dialect.STRUCTURAL : OpenApiReader.Dialect.JSON_SCHEMA;
    return new OpenApiReader(dialect, objectMeta, null).object(root);
  }
}
