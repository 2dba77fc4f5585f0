package dev.hops.diff.scenario;

import dev.hops.diff.Action;
import dev.hops.diff.Change;
import dev.hops.diff.Differ;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison for tests of the plumbing only: objects matched by cluster, owner and {@code
 * Kind/namespace/name}, added, removed, or changed when their YAML differs. No renames, no field
 * paths, no masking: the real comparison is {@code dev.hops.diff.ObjectDiff}.
 */
public final class KeyedComparison implements Differ.Comparison {

  private record Key(String cluster, ObjectRef owner, String object) {}

  @Override
  public List<Change> compare(RenderResult base, RenderResult head) {
    Map<Key, String> before = objects(base);
    Map<Key, String> after = objects(head);
    List<Change> out = new ArrayList<>();
    before.forEach(
        (k, yaml) -> {
          if (!after.containsKey(k)) {
            out.add(change(k, Action.REMOVED));
          } else if (!after.get(k).equals(yaml)) {
            out.add(change(k, Action.CHANGED));
          }
        });
    after.keySet().stream()
        .filter(k -> !before.containsKey(k))
        .forEach(k -> out.add(change(k, Action.ADDED)));
    return out;
  }

  private static Change change(Key k, Action action) {
    return new Change(k.cluster(), k.owner(), k.object(), action, null, List.of());
  }

  private static Map<Key, String> objects(RenderResult r) {
    Map<Key, String> out = new LinkedHashMap<>();
    for (ClusterResult c : r.clusters()) {
      for (KsResult k : c.kustomizations()) {
        k.objects().forEach(o -> out.put(new Key(c.name(), k.ref(), id(o)), yaml(o)));
      }
      for (HrResult h : c.releases()) {
        h.objects().forEach(o -> out.put(new Key(c.name(), h.ref(), id(o)), yaml(o)));
      }
    }
    return out;
  }

  /** {@code Kind/namespace/name}, or {@code Kind/name} for an object without namespace. */
  public static String id(MappingNode o) {
    MappingNode meta = o.getMapping("metadata");
    String ns = meta == null ? null : meta.getString("namespace");
    String name = meta == null ? null : meta.getString("name");
    return o.getString("kind") + "/" + (ns == null || ns.isEmpty() ? "" : ns + "/") + name;
  }

  private static String yaml(MappingNode o) {
    return KustomizeYaml.toYaml(o);
  }
}
