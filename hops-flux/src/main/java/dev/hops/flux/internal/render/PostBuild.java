package dev.hops.flux.internal.render;

import dev.hops.flux.FluxException;
import dev.hops.flux.internal.model.Fields;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.flux.internal.subst.Substitution;
import dev.hops.flux.internal.subst.VariableUses;
import dev.hops.flux.internal.subst.Variables;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What kustomize-controller does to the objects kustomize built, before applying them: the API
 * convention check, post-build substitution (when {@code spec.postBuild} is set), dropping
 * kustomize's own Kustomization documents, the ownership labels, {@code spec.commonMetadata}; then
 * the checks the apply step makes (SOPS-encrypted Secrets without decryption, namespaced objects
 * without a namespace).
 */
final class PostBuild {

  static final String NAME_LABEL = FluxKustomization.GROUP + "/name";
  static final String NAMESPACE_LABEL = FluxKustomization.GROUP + "/namespace";

  private PostBuild() {}

  /**
   * The objects Flux would apply, in kustomize's order. {@code vars} is null when the Kustomization
   * has no {@code spec.postBuild}; {@code uses}, when not null, learns which variables the objects
   * use.
   */
  static List<MappingNode> run(
      FluxKustomization ks,
      List<MappingNode> built,
      Variables vars,
      Substitution.Options options,
      VariableUses uses) {
    List<MappingNode> out = new ArrayList<>(built.size());
    for (MappingNode obj : built) {
      requireTypeAndName(obj);
      MappingNode result = obj;
      if (vars != null && !isSops(obj)) {
        result = Substitution.apply(obj, vars, options, uses);
      }
      if (!isKustomizeConfig(result)) {
        out.add(result);
      }
    }
    for (MappingNode obj : out) {
      MappingNode meta = obj.getOrCreateMapping("metadata");
      MappingNode labels = mapping(meta, "labels");
      labels.put(NAME_LABEL, ScalarNode.ofString(ks.ref().name()));
      labels.put(NAMESPACE_LABEL, ScalarNode.ofString(ks.ref().namespace()));
      commonMetadata(ks, meta);
    }
    return out;
  }

  /**
   * Why the apply step would refuse these objects (kustomize-controller's message), or null. Flux
   * applies nothing of the Kustomization then.
   */
  static String applyProblem(FluxKustomization ks, List<MappingNode> objects) {
    for (MappingNode obj : objects) {
      if (isSopsSecret(obj) && !ks.hasDecryption() && !decryptionDisabled(obj)) {
        return describe(obj)
            + " is SOPS encrypted, configuring decryption is required for this secret to be"
            + " reconciled";
      }
    }
    // Other namespaced kinds without a namespace fail the same way; that is a check's business
    // (hops check). A child Kustomization without one cannot be followed, so it fails the render.
    for (MappingNode obj : objects) {
      if (Fields.string(obj, "metadata", "namespace").isEmpty()
          && FluxKustomization.isKustomization(obj)) {
        return describe(obj)
            + " namespace not specified: the server could not find the requested resource";
      }
    }
    return null;
  }

  private static void requireTypeAndName(MappingNode obj) {
    if (Fields.string(obj, "apiVersion").isEmpty()
        || Fields.string(obj, "kind").isEmpty()
        || Fields.string(obj, "metadata", "name").isEmpty()) {
      throw new FluxException(
          obj.pos(), null, "failed to decode Kubernetes apiVersion, kind and name");
    }
  }

  private static boolean isKustomizeConfig(MappingNode obj) {
    return Fields.string(obj, "kind").equals("Kustomization")
        && Fields.string(obj, "apiVersion").startsWith("kustomize.config.k8s.io/");
  }

  /** pkg/ssa SetCommonMetadata: labels and annotations only, overriding existing keys. */
  private static void commonMetadata(FluxKustomization ks, MappingNode meta) {
    for (String field : List.of("labels", "annotations")) {
      if (Fields.at(ks.object(), "spec", "commonMetadata", field) instanceof MappingNode m
          && !m.isEmpty()) {
        MappingNode target = mapping(meta, field);
        for (MappingNode.Entry e : m.entries()) {
          Node v = e.value();
          target.put(e.name(), ScalarNode.ofString(v instanceof ScalarNode s ? s.value() : ""));
        }
      }
    }
  }

  private static MappingNode mapping(MappingNode meta, String field) {
    if (!(meta.get(field) instanceof MappingNode m)) {
      MappingNode created = MappingNode.empty();
      meta.put(field, created);
      return created;
    }
    return m;
  }

  private static boolean isSops(MappingNode obj) {
    return obj.get("sops") instanceof MappingNode;
  }

  private static boolean isSopsSecret(MappingNode obj) {
    return isSops(obj)
        && Fields.string(obj, "kind").equals("Secret")
        && Fields.string(obj, "apiVersion").equals("v1");
  }

  private static boolean decryptionDisabled(MappingNode obj) {
    return Fields.string(obj, "metadata", "annotations", FluxKustomization.GROUP + "/decrypt")
        .toLowerCase(Locale.ROOT)
        .equals("disabled");
  }

  /** ssautil.FmtUnstructured: {@code Kind/namespace/name}, or {@code Kind/name}. */
  static String describe(MappingNode obj) {
    String ns = Fields.string(obj, "metadata", "namespace");
    String kind = Fields.string(obj, "kind");
    String name = Fields.string(obj, "metadata", "name");
    return ns.isEmpty() ? kind + "/" + name : kind + "/" + ns + "/" + name;
  }
}
