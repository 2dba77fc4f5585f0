package dev.hops.check.rules;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;

/** The containers of a workload object, wherever its kind keeps its pod spec. */
public final class Containers {

  private Containers() {}

  /** The pod spec of Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs. */
  public static MappingNode podSpec(MappingNode object) {
    String kind = object.getString("kind");
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "Pod" -> object.getMapping("spec");
      case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" ->
          at(object, "spec", "template", "spec");
      case "CronJob" -> at(object, "spec", "jobTemplate", "spec", "template", "spec");
      default -> null;
    };
  }

  /** Containers and init containers, in that order. */
  public static List<MappingNode> all(MappingNode object) {
    List<MappingNode> out = new ArrayList<>();
    MappingNode spec = podSpec(object);
    if (spec == null) {
      return out;
    }
    for (String field : List.of("containers", "initContainers")) {
      if (spec.get(field) instanceof SequenceNode seq) {
        for (Node n : seq.items()) {
          if (n instanceof MappingNode c) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  public static MappingNode at(MappingNode node, String... path) {
    MappingNode cur = node;
    for (String p : path) {
      if (cur == null) {
        return null;
      }
      cur = cur.getMapping(p);
    }
    return cur;
  }
}
