package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.Gvk;
import dev.hops.yaml.MappingNode;
import java.util.Set;

/** A (deprecated) {@code vars} entry: a name bound to a field of an object. */
public record Var(String name, Gvk gvk, String objName, String objNamespace, String fieldPath) {

  private static final Set<String> FIELDS = Set.of("name", "objref", "fieldref");
  private static final Set<String> REF_FIELDS =
      Set.of("group", "version", "kind", "apiVersion", "name", "namespace");

  public static Var parse(MappingNode m) {
    Strict s = new Strict(m, "Var", FIELDS);
    MappingNode ref = s.mapping("objref");
    Strict r = new Strict(ref == null ? MappingNode.empty() : ref, "Target", REF_FIELDS);
    Gvk gvk = new Gvk(r.string("group"), r.string("version"), r.string("kind"));
    if (!r.string("apiVersion").isEmpty()) {
      Gvk av = Gvk.of(r.string("apiVersion"), gvk.kind());
      gvk = new Gvk(av.group(), av.version(), gvk.kind());
    }
    MappingNode fr = s.mapping("fieldref");
    String fieldPath = "";
    if (fr != null) {
      fieldPath = new Strict(fr, "FieldSelector", Set.of("fieldPath")).string("fieldPath");
    }
    if (fieldPath.isEmpty()) {
      fieldPath = "metadata.name";
    }
    return new Var(s.string("name"), gvk, r.string("name"), r.string("namespace"), fieldPath);
  }
}
