package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.Gvk;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A replacement: copy a value from one field of one object into fields of other objects. */
public record Replacement(Source source, List<Target> targets, SourcePos pos) {

  /** Options shared by source and targets. */
  public record Options(String delimiter, int index, String encoding, boolean create) {
    private static final Set<String> FIELDS = Set.of("delimiter", "index", "encoding", "create");

    static Options parse(MappingNode m) {
      if (m == null) {
        return null;
      }
      Strict s = new Strict(m, "FieldOptions", FIELDS);
      return new Options(
          s.string("delimiter"), (int) s.integer("index"), s.string("encoding"), s.bool("create"));
    }
  }

  /** Where the value comes from. */
  public record Source(Gvk gvk, String name, String namespace, String fieldPath, Options options) {
    private static final Set<String> FIELDS =
        Set.of("group", "version", "kind", "name", "namespace", "fieldPath", "options");

    static Source parse(MappingNode m) {
      if (m == null) {
        return null;
      }
      Strict s = new Strict(m, "SourceSelector", FIELDS);
      return new Source(
          new Gvk(s.string("group"), s.string("version"), s.string("kind")),
          s.string("name"),
          s.string("namespace"),
          s.string("fieldPath"),
          Options.parse(s.mapping("options")));
    }
  }

  /** Where the value goes. */
  public record Target(
      Selector select, List<Selector> reject, List<String> fieldPaths, Options options) {
    private static final Set<String> FIELDS = Set.of("select", "reject", "fieldPaths", "options");

    static Target parse(MappingNode m) {
      Strict s = new Strict(m, "TargetSelector", FIELDS);
      MappingNode sel = s.mapping("select");
      List<Selector> reject = new ArrayList<>();
      List<MappingNode> rej = s.mappings("reject", "Selector");
      if (rej != null) {
        for (MappingNode r : rej) {
          reject.add(Selector.parse(r, "Selector"));
        }
      }
      List<String> paths = s.stringList("fieldPaths");
      return new Target(
          sel == null ? null : Selector.parse(sel, "Selector"),
          reject,
          paths == null ? List.of() : paths,
          Options.parse(s.mapping("options")));
    }
  }

  private static final Set<String> FIELDS = Set.of("source", "targets");

  /** A replacement written inline (the {@code path:} form is loaded by the caller). */
  public static Replacement parse(MappingNode m) {
    Strict s = new Strict(m, "Replacement", FIELDS);
    List<Target> targets = new ArrayList<>();
    List<MappingNode> ts = s.mappings("targets", "TargetSelector");
    if (ts != null) {
      for (MappingNode t : ts) {
        targets.add(Target.parse(t));
      }
    }
    return new Replacement(Source.parse(s.mapping("source")), targets, m.pos());
  }
}
