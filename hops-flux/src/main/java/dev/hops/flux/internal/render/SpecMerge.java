package dev.hops.flux.internal.render;

import dev.hops.flux.FluxException;
import dev.hops.flux.internal.model.Fields;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import java.util.List;

/**
 * The Flux Kustomization's spec fields written into the kustomization, in the order of fluxcd/pkg
 * GenerateManifest: targetNamespace, namePrefix, nameSuffix, patches, components, legacy patch
 * fields, images, buildMetadata.
 */
final class SpecMerge {

  private static final List<String> REMOTE_PREFIXES =
      List.of(
          "git::", "gh:", "ssh://", "https://", "http://", "git@", "github.com:", "github.com/");

  private SpecMerge() {}

  static void apply(MappingNode kus, FluxKustomization ks, String dir, SourceTree tree) {
    MappingNode obj = ks.object();
    replaceIfPresent(kus, "namespace", obj, "targetNamespace");
    replaceIfPresent(kus, "namePrefix", obj, "namePrefix");
    replaceIfPresent(kus, "nameSuffix", obj, "nameSuffix");
    for (Node p : Fields.list(obj, "spec", "patches")) {
      MappingNode patch = MappingNode.empty();
      patch.put("patch", ScalarNode.ofString(Fields.string(p, "patch")));
      MappingNode target = Fields.mapping(p, "target");
      if (target != null) {
        patch.put("target", selector(target));
      }
      list(kus, "patches").add(patch);
    }
    boolean ignoreMissing = Fields.bool(obj, "spec", "ignoreMissingComponents");
    for (String c : Fields.strings(obj, "spec", "components")) {
      if (!isLocalRelativePath(c)) {
        throw new FluxException(
            ks.pos(), ks.ref().toString(), "component path '" + c + "' must be local and relative");
      }
      String full = TreePaths.join(dir, c);
      boolean exists = full != null && (tree.isDirectory(full) || tree.isFile(full));
      if (!exists && ignoreMissing) {
        continue;
      }
      list(kus, "components").add(ScalarNode.ofString(c));
    }
    for (Node p : Fields.list(obj, "spec", "patchesStrategicMerge")) {
      list(kus, "patchesStrategicMerge")
          .add(ScalarNode.ofString(dev.hops.yaml.KustomizeYaml.toYaml(p)));
    }
    for (Node p : Fields.list(obj, "spec", "patchesJson6902")) {
      MappingNode patch = MappingNode.empty();
      patch.put(
          "patch", ScalarNode.ofString(dev.hops.yaml.KustomizeYaml.toJson(Fields.at(p, "patch"))));
      MappingNode target = Fields.mapping(p, "target");
      if (target != null) {
        patch.put("target", selector(target));
      }
      list(kus, "patchesJson6902").add(patch);
    }
    mergeImages(kus, obj);
    List<String> buildMetadata = Fields.strings(obj, "spec", "buildMetadata");
    if (!buildMetadata.isEmpty()) {
      SequenceNode seq = new SequenceNode(SourcePos.UNKNOWN);
      buildMetadata.forEach(b -> seq.add(ScalarNode.ofString(b)));
      kus.put("buildMetadata", seq);
    }
  }

  /** fluxcd/pkg adaptSelector: only the selector fields kustomize knows. */
  private static MappingNode selector(MappingNode target) {
    MappingNode out = MappingNode.empty();
    for (String f :
        List.of(
            "group",
            "version",
            "kind",
            "name",
            "namespace",
            "annotationSelector",
            "labelSelector")) {
      String v = Fields.string(target, f);
      if (!v.isEmpty()) {
        out.put(f, v);
      }
    }
    return out;
  }

  private static void replaceIfPresent(
      MappingNode kus, String field, MappingNode obj, String spec) {
    Node v = Fields.at(obj, "spec", spec);
    if (v instanceof ScalarNode s) {
      kus.put(field, ScalarNode.ofString(s.value()));
    }
  }

  private static SequenceNode list(MappingNode kus, String field) {
    if (!(kus.get(field) instanceof SequenceNode s)) {
      SequenceNode seq = new SequenceNode(SourcePos.UNKNOWN);
      kus.put(field, seq);
      return seq;
    }
    return s;
  }

  /** Flux ≥ 1.9.4 image merge: by name, newName and tag/digest overwritten when given. */
  private static void mergeImages(MappingNode kus, MappingNode obj) {
    for (Node image : Fields.list(obj, "spec", "images")) {
      String name = Fields.string(image, "name");
      String newName = Fields.string(image, "newName");
      String newTag = Fields.string(image, "newTag");
      String digest = Fields.string(image, "digest");
      MappingNode existing = null;
      for (Node n : list(kus, "images").items()) {
        if (n instanceof MappingNode m && name.equals(Fields.string(m, "name"))) {
          existing = m;
          break;
        }
      }
      if (existing != null) {
        if (!newName.isEmpty()) {
          existing.put("newName", newName);
        }
        if (!newTag.isEmpty() || !digest.isEmpty()) {
          setOrRemove(existing, "newTag", newTag);
          setOrRemove(existing, "digest", digest);
        }
      } else {
        MappingNode m = MappingNode.empty();
        m.put("name", name);
        setOrRemove(m, "newName", newName);
        setOrRemove(m, "newTag", newTag);
        setOrRemove(m, "digest", digest);
        list(kus, "images").add(m);
      }
    }
  }

  private static void setOrRemove(MappingNode m, String field, String value) {
    if (value.isEmpty()) {
      m.remove(field);
    } else {
      m.put(field, value);
    }
  }

  /** fluxcd/pkg IsLocalRelativePath. */
  static boolean isLocalRelativePath(String path) {
    if (path.startsWith("/")) {
      return false;
    }
    for (String p : REMOTE_PREFIXES) {
      if (path.startsWith(p)) {
        return false;
      }
    }
    return true;
  }
}
