package dev.hops.flux.internal.render;

import dev.hops.flux.internal.model.Fields;
import dev.hops.yaml.MappingNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ConfigMaps and Secrets a cluster would hold, for {@code substituteFrom}: those rendered so
 * far from the repository, else those side-loaded with {@code --values} (a side-loaded object
 * without a namespace matches any namespace).
 */
final class VariableObjects {

  private final Map<String, MappingNode> rendered = new HashMap<>();
  private final List<MappingNode> sideLoaded;

  VariableObjects(List<MappingNode> sideLoaded) {
    this.sideLoaded = sideLoaded;
  }

  void add(MappingNode obj) {
    String kind = Fields.string(obj, "kind");
    if ((kind.equals("ConfigMap") || kind.equals("Secret"))
        && Fields.string(obj, "apiVersion").equals("v1")) {
      rendered.put(
          key(
              kind,
              Fields.string(obj, "metadata", "namespace"),
              Fields.string(obj, "metadata", "name")),
          obj);
    }
  }

  /** The object, or null when neither the repository nor the side-loaded files have it. */
  MappingNode find(String kind, String namespace, String name) {
    MappingNode found = rendered.get(key(kind, namespace, name));
    if (found != null) {
      return found;
    }
    for (MappingNode obj : sideLoaded) {
      String ns = Fields.string(obj, "metadata", "namespace");
      if (kind.equals(Fields.string(obj, "kind"))
          && name.equals(Fields.string(obj, "metadata", "name"))
          && (ns.isEmpty() || ns.equals(namespace))) {
        return obj;
      }
    }
    return null;
  }

  /** The ConfigMap or Secret among {@code objects}, or null. */
  static MappingNode findIn(List<MappingNode> objects, String kind, String namespace, String name) {
    for (MappingNode obj : objects) {
      if (kind.equals(Fields.string(obj, "kind"))
          && Fields.string(obj, "apiVersion").equals("v1")
          && name.equals(Fields.string(obj, "metadata", "name"))
          && namespace.equals(Fields.string(obj, "metadata", "namespace"))) {
        return obj;
      }
    }
    return null;
  }

  private static String key(String kind, String namespace, String name) {
    return kind + "/" + namespace + "/" + name;
  }
}
