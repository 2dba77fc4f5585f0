package dev.hops.kustomize.internal.openapi;

import dev.hops.kustomize.KustomizeException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A kustomization's {@code openapi: {path: schema.yaml}}: an OpenAPI v2 document (JSON or YAML)
 * whose definitions replace kustomize's built-in schema for strategic merge, as kyaml's SetSchema
 * does. Turned into the text format {@link OpenApiSchema} reads; inline object schemas become
 * synthetic definitions named after their path.
 */
public final class CustomSchemas {

  private CustomSchemas() {}

  public static OpenApiSchema fromDocument(Node doc) {
    if (!(doc instanceof MappingNode root)
        || !(root.get("definitions") instanceof MappingNode defs)) {
      throw new KustomizeException(
          doc == null ? null : doc.pos(), null, "invalid schema file: no 'definitions' mapping");
    }
    StringBuilder out = new StringBuilder();
    for (MappingNode.Entry e : defs.entries()) {
      if (e.value() instanceof MappingNode def) {
        definition(out, e.name(), def, gvks(def));
      }
    }
    return OpenApiSchema.parse(out.toString());
  }

  private static List<String> gvks(MappingNode def) {
    List<String> result = new ArrayList<>();
    if (def.get("x-kubernetes-group-version-kind") instanceof SequenceNode seq) {
      for (Node n : seq.items()) {
        if (n instanceof MappingNode g) {
          String group = text(g.get("group"));
          String version = text(g.get("version"));
          String apiVersion = group.isEmpty() ? version : group + "/" + version;
          result.add(apiVersion + "," + text(g.get("kind")));
        }
      }
    }
    return result;
  }

  private static void definition(
      StringBuilder out, String name, MappingNode def, List<String> gvks) {
    StringBuilder header = new StringBuilder("=").append(name);
    for (String g : gvks) {
      header.append(' ').append(g);
    }
    List<String> lines = new ArrayList<>();
    List<Runnable> nested = new ArrayList<>();
    if (def.get("properties") instanceof MappingNode props) {
      for (MappingNode.Entry p : props.entries()) {
        if (p.value() instanceof MappingNode prop) {
          lines.add(p.name() + " " + spec(out, name + "." + p.name(), prop, nested) + patch(prop));
        }
      }
    }
    out.append(header).append('\n');
    for (String l : lines) {
      out.append(l).append('\n');
    }
    nested.forEach(Runnable::run);
  }

  private static String spec(StringBuilder out, String path, MappingNode s, List<Runnable> nested) {
    String ref = text(s.get("$ref"));
    if (!ref.isEmpty()) {
      return "@" + ref.substring(ref.lastIndexOf('/') + 1);
    }
    String type = text(s.get("type"));
    if (type.equals("array")) {
      return s.get("items") instanceof MappingNode items
          ? "[" + spec(out, path + "[]", items, nested)
          : "[";
    }
    if (s.get("additionalProperties") instanceof MappingNode ap) {
      return "{" + spec(out, path + "{}", ap, nested);
    }
    if (s.get("properties") instanceof MappingNode) {
      nested.add(() -> definition(out, path, s, List.of()));
      return "@" + path;
    }
    return "-";
  }

  private static String patch(MappingNode prop) {
    String strategy = text(prop.get("x-kubernetes-patch-strategy"));
    String key = text(prop.get("x-kubernetes-patch-merge-key"));
    List<String> mapKeys = new ArrayList<>();
    if (prop.get("x-kubernetes-list-map-keys") instanceof SequenceNode seq) {
      for (Node n : seq.items()) {
        mapKeys.add(text(n));
      }
    }
    if (strategy.isEmpty()) {
      return ""; // kyaml ignores merge keys without a patch strategy
    }
    String s = " " + strategy.replace(' ', ',');
    s += " " + (key.isEmpty() ? "-" : key);
    if (!mapKeys.isEmpty()) {
      s += " " + String.join(",", mapKeys);
    }
    return s;
  }

  private static String text(Node n) {
    return n instanceof ScalarNode s && !s.isNull() ? s.value() : "";
  }
}
