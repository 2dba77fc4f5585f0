package dev.hops.check.rules;

import dev.hops.yaml.MappingNode;
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
          Nodes.mapping(object, "spec", "template", "spec");
      case "CronJob" -> Nodes.mapping(object, "spec", "jobTemplate", "spec", "template", "spec");
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
      out.addAll(Nodes.mappings(spec, field));
    }
    return out;
  }
}
