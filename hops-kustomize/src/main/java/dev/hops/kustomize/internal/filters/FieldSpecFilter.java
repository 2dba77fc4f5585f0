package dev.hops.kustomize.internal.filters;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a field spec's path in an object and calls a setter on what it finds, creating missing
 * fields where the spec says so; {@code name[]} and list values fan out over list items. A port of
 * kustomize's {@code filters/fieldspec}.
 */
public final class FieldSpecFilter {

  /** What to do with a node found at the end of the path. */
  @FunctionalInterface
  public interface SetFn {
    void set(Node node);
  }

  private final FieldSpec spec;
  private final SetFn setter;
  private final Kyaml.Create createKind;
  private final String createTag;

  public FieldSpecFilter(FieldSpec spec, SetFn setter, Kyaml.Create createKind, String createTag) {
    this.spec = spec;
    this.setter = setter;
    this.createKind = createKind;
    this.createTag = createTag;
  }

  /** Applies every spec of {@code specs} in order (kustomize's fsslice filter). */
  public static void applyAll(
      Node obj, List<FieldSpec> specs, SetFn setter, Kyaml.Create createKind, String createTag) {
    for (FieldSpec fs : specs) {
      new FieldSpecFilter(fs, setter, createKind, createTag).apply(obj);
    }
  }

  public void apply(Node obj) {
    if (!matchesGvk(spec.gvk(), obj)) {
      return;
    }
    try {
      filter(obj, splitPath(spec.path()));
    } catch (KustomizeException e) {
      throw (KustomizeException)
          e.addContext("while considering field '" + spec.path() + "' of object " + describe(obj));
    }
  }

  private static String describe(Node obj) {
    if (obj instanceof MappingNode m) {
      MappingNode md = m.getMapping("metadata");
      String name = md == null ? "" : md.getString("name");
      return m.getString("kind") + "/" + name;
    }
    return "?";
  }

  /** kustomize isMatchGVK: exact kind, group and version when set in the spec. */
  public static boolean matchesGvk(Gvk fs, Node obj) {
    if (!(obj instanceof MappingNode m)) {
      return false;
    }
    String kind = text(m.get("kind"));
    if (!fs.kind().isEmpty() && !fs.kind().equals(kind)) {
      return false;
    }
    Gvk g = Gvk.of(text(m.get("apiVersion")), kind);
    return (fs.group().isEmpty() || fs.group().equals(g.group()))
        && (fs.version().isEmpty() || fs.version().equals(g.version()));
  }

  private static String text(Node n) {
    return n instanceof ScalarNode s ? s.value() : "";
  }

  /** kyaml PathSplitter: "/" separated, {@code \/} keeps a slash inside a field name. */
  public static List<String> splitPath(String path) {
    String[] ps = path.split("/", -1);
    List<String> parts = new ArrayList<>();
    int start = ps.length > 1 && ps[0].isEmpty() ? 1 : 0;
    parts.add(ps[start]);
    for (int i = start + 1; i < ps.length; i++) {
      int last = parts.size() - 1;
      if (parts.get(last).endsWith("\\")) {
        String prev = parts.get(last);
        parts.set(last, prev.substring(0, prev.length() - 1) + "/" + ps[i]);
      } else {
        parts.add(ps[i]);
      }
    }
    return parts;
  }

  private void filter(Node obj, List<String> path) {
    if (path.isEmpty()) {
      setter.set(obj);
      return;
    }
    if (obj == null || obj.isNull()) {
      return;
    }
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (obj instanceof SequenceNode s) {
      for (Node item : new ArrayList<>(s.items())) {
        filter(item, path);
      }
    } else if (obj instanceof MappingNode m) {
      handleMap(m, path);
    } else {
      throw new KustomizeException(obj.pos(), null, "expected sequence or mapping node");
    }
  }

  private void handleMap(MappingNode obj, List<String> path) {
    String part = path.get(0);
    boolean isSeq = part.endsWith("[]");
    String fieldName = isSeq ? part.substring(0, part.length() - 2) : part;
    if (fieldName.isEmpty()) {
      throw new KustomizeException(obj.pos(), null, "cannot set or create an empty field name");
    }
    Kyaml.Create kind;
    String tag = Tags.NONE;
    Node field;
    if (!spec.create() || createKind == Kyaml.Create.NONE || isSeq) {
      field = Kyaml.pathGet(obj, List.of(fieldName), Kyaml.Create.NONE);
      kind = isSeq ? Kyaml.Create.SEQUENCE : Kyaml.Create.NONE;
    } else if (path.size() <= 1) {
      field = Kyaml.pathGet(obj, List.of(fieldName), createKind);
      kind = createKind;
      tag = createTag;
    } else {
      field = Kyaml.pathGet(obj, List.of(fieldName), Kyaml.Create.MAPPING);
      kind = Kyaml.Create.MAPPING;
      tag = Tags.MAP;
    }
    if (field == null) {
      return;
    }
    if (field.isNull() && kind != Kyaml.Create.NONE) {
      field = retype(obj, fieldName, field, kind, tag);
    }
    filter(field, path.subList(1, path.size()));
  }

  /** kustomize turns a null field into the kind it needs to create in place. */
  private static Node retype(
      MappingNode obj, String name, Node old, Kyaml.Create kind, String tag) {
    Node replacement =
        switch (kind) {
          case MAPPING -> new MappingNode(old.pos());
          case SEQUENCE -> new SequenceNode(old.pos());
          default -> {
            ScalarNode s = (ScalarNode) old.copy();
            s.setTag(tag);
            yield s;
          }
        };
    for (MappingNode.Entry e : obj.entries()) {
      if (e.value() == old) {
        e.setValue(replacement);
        return replacement;
      }
    }
    return old;
  }
}
