package dev.hops.check.rules.refs;

import dev.hops.check.rules.Containers;
import dev.hops.check.rules.Nodes;
import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The ConfigMaps and Secrets a workload's pod spec uses: env valueFrom, envFrom, volumes (secret,
 * configMap, projected sources).
 */
final class PodRefs {

  /**
   * One use.
   *
   * @param node the node to report at
   * @param where how the pod spec uses it ("container 'app' env DB_URL")
   * @param key the key read, or null when the whole object is used
   * @param keyOnly true for a volume's items[].key, whose object is a use of its own
   */
  record Use(
      String kind,
      String name,
      String key,
      boolean optional,
      boolean keyOnly,
      MappingNode node,
      String where) {}

  private PodRefs() {}

  static List<Use> of(MappingNode object) {
    List<Use> out = new ArrayList<>();
    for (MappingNode c : Containers.all(object)) {
      String container = "container '" + Nodes.text(c, "name", "?") + "'";
      for (MappingNode env : Nodes.mappings(c, "env")) {
        MappingNode from = env.getMapping("valueFrom");
        String where = container + " env " + Nodes.text(env, "name", "?");
        keyRef(out, "Secret", Nodes.mapping(from, "secretKeyRef"), where);
        keyRef(out, "ConfigMap", Nodes.mapping(from, "configMapKeyRef"), where);
      }
      for (MappingNode env : Nodes.mappings(c, "envFrom")) {
        whole(out, "Secret", env.getMapping("secretRef"), "name", container + " envFrom");
        whole(out, "ConfigMap", env.getMapping("configMapRef"), "name", container + " envFrom");
      }
    }
    for (MappingNode v : Nodes.mappings(Containers.podSpec(object), "volumes")) {
      String where = "volume '" + Nodes.text(v, "name", "?") + "'";
      whole(out, "Secret", v.getMapping("secret"), "secretName", where);
      whole(out, "ConfigMap", v.getMapping("configMap"), "name", where);
      for (MappingNode s : Nodes.mappings(Nodes.mapping(v, "projected"), "sources")) {
        whole(out, "Secret", s.getMapping("secret"), "name", where);
        whole(out, "ConfigMap", s.getMapping("configMap"), "name", where);
      }
    }
    return out;
  }

  private static void keyRef(List<Use> out, String kind, MappingNode ref, String where) {
    String name = Nodes.text(ref, "name", null);
    if (name != null) {
      out.add(
          new Use(
              kind,
              name,
              Nodes.text(ref, "key", null),
              Nodes.isTrue(ref, "optional"),
              false,
              ref,
              where));
    }
  }

  /** A whole object; a volume's items[].key are keys it needs. */
  private static void whole(
      List<Use> out, String kind, MappingNode ref, String nameField, String where) {
    String name = Nodes.text(ref, nameField, null);
    if (name == null) {
      return;
    }
    boolean optional = Nodes.isTrue(ref, "optional");
    out.add(new Use(kind, name, null, optional, false, ref, where));
    for (MappingNode item : Nodes.mappings(ref, "items")) {
      String key = Nodes.text(item, "key", null);
      if (key != null) {
        out.add(new Use(kind, name, key, optional, true, item, where));
      }
    }
  }
}
