package dev.hops.flux.internal.model;

import dev.hops.flux.ObjectRef;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Flux {@code Kustomization} (kustomize.toolkit.fluxcd.io) as read from its rendered object: the
 * spec fields the offline pipeline uses. The object itself is kept for the fields merged into the
 * generated kustomization (patches, images, ...).
 */
public record FluxKustomization(
    MappingNode object,
    ObjectRef ref,
    String path,
    SourceRefSpec sourceRef,
    List<ObjectRef> dependsOn,
    String targetNamespace,
    boolean suspend,
    PostBuildSpec postBuild,
    boolean hasDecryption,
    SourcePos pos) {

  public static final String GROUP = "kustomize.toolkit.fluxcd.io";

  /** A reference to a source: kind, name, namespace (defaulted to the Kustomization's). */
  public record SourceRefSpec(String kind, String name, String namespace) {
    public ObjectRef toRef() {
      return new ObjectRef(kind, namespace, name);
    }

    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof SourceRefSpec that
              && Objects.equals(kind, that.kind)
              && Objects.equals(name, that.name)
              && Objects.equals(namespace, that.namespace);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(kind);
      h = 31 * h + Objects.hashCode(name);
      return 31 * h + Objects.hashCode(namespace);
    }
  }

  /** postBuild: inline variables, their sources, and the strategy. */
  public record PostBuildSpec(
      Map<String, String> substitute, List<SubstituteFrom> substituteFrom, String strategy) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof PostBuildSpec that
              && Objects.equals(substitute, that.substitute)
              && Objects.equals(substituteFrom, that.substituteFrom)
              && Objects.equals(strategy, that.strategy);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(substitute);
      h = 31 * h + Objects.hashCode(substituteFrom);
      return 31 * h + Objects.hashCode(strategy);
    }
  }

  /** One substituteFrom entry. */
  public record SubstituteFrom(String kind, String name, boolean optional) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof SubstituteFrom that
              && Objects.equals(kind, that.kind)
              && Objects.equals(name, that.name)
              && optional == that.optional;
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(kind);
      h = 31 * h + Objects.hashCode(name);
      return 31 * h + Boolean.hashCode(optional);
    }
  }

  public static boolean isKustomization(MappingNode obj) {
    String av = Fields.string(obj, "apiVersion");
    return "Kustomization".equals(Fields.string(obj, "kind")) && av.startsWith(GROUP + "/");
  }

  /** Reads the spec; {@code namespace} is the object's namespace (possibly defaulted). */
  public static FluxKustomization of(MappingNode obj, String namespace) {
    String name = Fields.string(obj, "metadata", "name");
    String sourceNs = Fields.string(obj, "spec", "sourceRef", "namespace");
    SourceRefSpec src =
        new SourceRefSpec(
            Fields.string(obj, "spec", "sourceRef", "kind"),
            Fields.string(obj, "spec", "sourceRef", "name"),
            sourceNs.isEmpty() ? namespace : sourceNs);
    List<ObjectRef> deps = new ArrayList<>();
    for (Node d : Fields.list(obj, "spec", "dependsOn")) {
      String dn = Fields.string(d, "namespace");
      deps.add(
          new ObjectRef("Kustomization", dn.isEmpty() ? namespace : dn, Fields.string(d, "name")));
    }
    PostBuildSpec postBuild = null;
    if (Fields.at(obj, "spec", "postBuild") != null) {
      List<SubstituteFrom> from = new ArrayList<>();
      for (Node f : Fields.list(obj, "spec", "postBuild", "substituteFrom")) {
        from.add(
            new SubstituteFrom(
                Fields.string(f, "kind"), Fields.string(f, "name"), Fields.bool(f, "optional")));
      }
      postBuild =
          new PostBuildSpec(
              Fields.stringMap(obj, "spec", "postBuild", "substitute"),
              from,
              Fields.string(obj, "spec", "postBuild", "substituteStrategy"));
    }
    return new FluxKustomization(
        obj,
        new ObjectRef("Kustomization", namespace, name),
        Fields.string(obj, "spec", "path"),
        src,
        deps,
        Fields.string(obj, "spec", "targetNamespace"),
        Fields.bool(obj, "spec", "suspend"),
        postBuild,
        Fields.at(obj, "spec", "decryption") != null,
        obj.pos());
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof FluxKustomization that
            && Objects.equals(object, that.object)
            && Objects.equals(ref, that.ref)
            && Objects.equals(path, that.path)
            && Objects.equals(sourceRef, that.sourceRef)
            && Objects.equals(dependsOn, that.dependsOn)
            && Objects.equals(targetNamespace, that.targetNamespace)
            && suspend == that.suspend
            && Objects.equals(postBuild, that.postBuild)
            && hasDecryption == that.hasDecryption
            && Objects.equals(pos, that.pos);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(object);
    h = 31 * h + Objects.hashCode(ref);
    h = 31 * h + Objects.hashCode(path);
    h = 31 * h + Objects.hashCode(sourceRef);
    h = 31 * h + Objects.hashCode(dependsOn);
    h = 31 * h + Objects.hashCode(targetNamespace);
    h = 31 * h + Boolean.hashCode(suspend);
    h = 31 * h + Objects.hashCode(postBuild);
    h = 31 * h + Boolean.hashCode(hasDecryption);
    return 31 * h + Objects.hashCode(pos);
  }
}
