package dev.hops.flux.internal.helm;

import dev.hops.flux.ObjectRef;
import dev.hops.flux.internal.model.Fields;
import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.LoadRestrictor;
import dev.hops.kustomize.MemoryTree;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * helm-controller's post-renderers, in order: each {@code spec.postRenderers[].kustomize} block (a
 * kustomize build of the Helm output with its patches, then images), then {@code
 * spec.commonMetadata}, then the origin labels {@code helm.toolkit.fluxcd.io/name|namespace}.
 */
final class PostRender {

  private final Kustomizer kustomizer =
      Kustomizer.builder().loadRestrictor(LoadRestrictor.NONE).build();

  List<MappingNode> apply(MappingNode hr, ObjectRef ref, List<MappingNode> objects) {
    List<MappingNode> out = objects;
    for (Node pr : Fields.list(hr, "spec", "postRenderers")) {
      MappingNode k = Fields.mapping(pr, "kustomize");
      if (k != null) {
        out = kustomize(k, out);
      }
    }
    Map<String, String> labels = Fields.stringMap(hr, "spec", "commonMetadata", "labels");
    Map<String, String> annotations = Fields.stringMap(hr, "spec", "commonMetadata", "annotations");
    for (MappingNode obj : out) {
      labels.forEach((key, v) -> set(obj, "labels", key, v));
      annotations.forEach((key, v) -> set(obj, "annotations", key, v));
      set(obj, "labels", ReleaseRenderer.GROUP + "/name", ref.name());
      set(obj, "labels", ReleaseRenderer.GROUP + "/namespace", ref.namespace());
    }
    return out;
  }

  /** A kustomization with the Helm output as its only resource, the block's patches and images. */
  private List<MappingNode> kustomize(MappingNode block, List<MappingNode> objects) {
    MappingNode kustomization = MappingNode.empty();
    kustomization.put("apiVersion", ScalarNode.ofString("kustomize.config.k8s.io/v1beta1"));
    kustomization.put("kind", ScalarNode.ofString("Kustomization"));
    dev.hops.yaml.SequenceNode resources =
        new dev.hops.yaml.SequenceNode(dev.hops.yaml.SourcePos.UNKNOWN);
    resources.add(ScalarNode.ofString("helm-output.yaml"));
    kustomization.put("resources", resources);
    for (String field : List.of("patches", "patchesStrategicMerge", "patchesJson6902", "images")) {
      Node v = block.get(field);
      if (v != null) {
        kustomization.put(field, v.copy());
      }
    }
    MemoryTree tree =
        new MemoryTree()
            .put("helm-output.yaml", KustomizeYaml.toYaml(objects))
            .put("kustomization.yaml", KustomizeYaml.toYaml(kustomization));
    return new ArrayList<>(kustomizer.build(tree, "").nodes());
  }

  private static void set(MappingNode obj, String field, String key, String value) {
    MappingNode md = obj.getMapping("metadata");
    if (md == null) {
      md = MappingNode.empty();
      obj.put("metadata", md);
    }
    MappingNode map = md.getMapping(field);
    if (map == null) {
      map = MappingNode.empty();
      md.put(field, map);
    }
    map.put(key, ScalarNode.ofString(value));
  }
}
