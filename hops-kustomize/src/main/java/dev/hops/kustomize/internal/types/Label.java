package dev.hops.kustomize.internal.types;

import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One entry of {@code labels}. */
public record Label(
    Map<String, String> pairs,
    boolean includeSelectors,
    boolean includeTemplates,
    List<FieldSpec> fieldSpecs) {

  private static final Set<String> FIELDS =
      Set.of("pairs", "includeSelectors", "includeTemplates", "fields");

  public static Label parse(MappingNode m) {
    Strict s = new Strict(m, "Label", FIELDS);
    List<FieldSpec> specs = new ArrayList<>();
    List<MappingNode> fields = s.mappings("fields", "FieldSpec");
    if (fields != null) {
      for (MappingNode f : fields) {
        specs.add(FieldSpec.parse(f, "FieldSpec"));
      }
    }
    Map<String, String> pairs = s.stringMap("pairs");
    return new Label(
        pairs == null ? Map.of() : pairs,
        s.bool("includeSelectors"),
        s.bool("includeTemplates"),
        specs);
  }
}
