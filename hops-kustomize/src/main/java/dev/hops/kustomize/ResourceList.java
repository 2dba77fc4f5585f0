package dev.hops.kustomize;

import dev.hops.yaml.MappingNode;
import java.util.List;

/** The result of a build: objects in kustomize's output order. */
public record ResourceList(List<Resource> resources) {

  public ResourceList {
    resources = List.copyOf(resources);
  }

  /** One built object and its identity. */
  public record Resource(ResId id, MappingNode node) {}

  public int size() {
    return resources.size();
  }

  public List<MappingNode> nodes() {
    return resources.stream().map(Resource::node).toList();
  }
}
