package dev.hops.flux.internal.model;

import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.MemoryTree;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SequenceNode;
import java.util.List;

/**
 * A FluxInstance's {@code spec.kustomize.patches} applied to the Kustomization it generates for
 * {@code spec.sync}: the Flux Operator runs kustomize over its generated manifests, so a patch that
 * targets Kustomization flux-system (to add {@code decryption} or {@code postBuild}, say) changes
 * the root Hops starts from.
 */
final class InstancePatches {

  private InstancePatches() {}

  static MappingNode apply(MappingNode root, List<Node> patches) {
    if (patches.isEmpty()) {
      return root;
    }
    MappingNode kus = MappingNode.empty();
    kus.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kus.put("kind", "Kustomization");
    kus.put("resources", SequenceNode.of(dev.hops.yaml.ScalarNode.ofString("sync.yaml")));
    SequenceNode seq = new SequenceNode(dev.hops.yaml.SourcePos.UNKNOWN);
    patches.forEach(p -> seq.add(p.copy()));
    kus.put("patches", seq);
    MemoryTree tree =
        new MemoryTree()
            .put("kustomization.yaml", KustomizeYaml.toYaml(kus))
            .put("sync.yaml", KustomizeYaml.toYaml(root));
    try {
      List<MappingNode> out = Kustomizer.builder().build().build(tree, "").nodes();
      return out.size() == 1 ? out.getFirst() : root;
    } catch (HopsException e) {
      // A patch that does not fit is the Flux Operator's failure to report, not a reason to lose
      // the cluster: start from the unpatched Kustomization.
      return root;
    }
  }
}
