package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.Gvk;
import dev.hops.yaml.MappingNode;
import java.util.Objects;
import java.util.Set;

/**
 * Where a transformer acts: a slash-separated field path (with {@code []} for "every list item") in
 * objects of a gvk, and whether to create the field when absent. kustomize's {@code FieldSpec}.
 */
public record FieldSpec(Gvk gvk, String path, boolean create) {

  private static final Set<String> FIELDS = Set.of("group", "version", "kind", "path", "create");

  public static FieldSpec parse(MappingNode m, String struct) {
    Strict s = new Strict(m, struct, FIELDS);
    return new FieldSpec(
        new Gvk(s.string("group"), s.string("version"), s.string("kind")),
        s.string("path"),
        s.bool("create"));
  }

  /** kustomize FieldSpec.String(): used to detect equal specs when merging. */
  public String key() {
    return gvk.legacyString() + ":" + path;
  }

  @Override
  public String toString() {
    return "{" + gvk.legacyString() + " " + path + (create ? " create" : "") + "}";
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof FieldSpec that
            && Objects.equals(gvk, that.gvk)
            && Objects.equals(path, that.path)
            && create == that.create;
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(gvk);
    h = 31 * h + Objects.hashCode(path);
    return 31 * h + Boolean.hashCode(create);
  }
}
