package dev.hops.kustomize.internal.types;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One {@code configMapGenerator} or {@code secretGenerator} entry. */
public record GeneratorArgs(
    String namespace,
    String name,
    String behavior,
    List<String> literals,
    List<String> files,
    List<String> envs,
    GeneratorOptions options,
    String type,
    SourcePos pos) {

  private static final Set<String> FIELDS =
      Set.of("namespace", "name", "behavior", "literals", "files", "envs", "env", "options");

  public static GeneratorArgs parse(MappingNode m, boolean secret) {
    Set<String> fields = new HashSet<>(FIELDS);
    if (secret) {
      fields.add("type");
    }
    Strict s = new Strict(m, secret ? "SecretArgs" : "ConfigMapArgs", fields);
    List<String> envs = orEmpty(s.stringList("envs"));
    String env = s.string("env");
    if (!env.isEmpty()) {
      envs = new ArrayList<>(envs);
      envs.add(env);
    }
    MappingNode opts = s.mapping("options");
    return new GeneratorArgs(
        s.string("namespace"),
        s.string("name"),
        s.string("behavior"),
        orEmpty(s.stringList("literals")),
        orEmpty(s.stringList("files")),
        envs,
        opts == null ? null : GeneratorOptions.parse(opts),
        secret ? s.string("type") : "",
        m.pos());
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }

  public GeneratorArgs withOptions(GeneratorOptions o) {
    return new GeneratorArgs(namespace, name, behavior, literals, files, envs, o, type, pos);
  }
}
