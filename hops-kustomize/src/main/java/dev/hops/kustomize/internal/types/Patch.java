package dev.hops.kustomize.internal.types;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.Map;
import java.util.Set;

/** One entry of {@code patches} / {@code patchesJson6902}: inline text or a file, and a target. */
public record Patch(
    String path, String patch, Selector target, Map<String, Boolean> options, SourcePos pos) {

  private static final Set<String> FIELDS = Set.of("path", "patch", "target", "options");

  public static Patch parse(MappingNode m) {
    Strict s = new Strict(m, "Patch", FIELDS);
    MappingNode t = s.mapping("target");
    Map<String, Boolean> opts = s.boolMap("options");
    return new Patch(
        s.string("path"),
        s.string("patch"),
        t == null ? null : Selector.parse(t, "Selector"),
        opts == null ? Map.of() : opts,
        s.has("patch") ? s.pos("patch") : m.pos());
  }

  public boolean option(String name) {
    return Boolean.TRUE.equals(options.get(name));
  }
}
