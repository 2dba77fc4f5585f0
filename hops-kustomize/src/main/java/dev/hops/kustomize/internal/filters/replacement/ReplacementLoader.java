package dev.hops.kustomize.internal.filters.replacement;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.jsonpatch.GoJson;
import dev.hops.kustomize.internal.filters.jsonpatch.YamlToJson;
import dev.hops.kustomize.internal.types.Replacement;
import dev.hops.kustomize.internal.types.Selector;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * ReplacementTransformer's Config: inline entries (already strictly checked as part of the
 * kustomization) and {@code path:} files, which are read leniently as sigs.k8s.io/yaml's Unmarshal
 * does (YAML 1.1 values, unknown fields ignored, field names matched case-insensitively, numbers
 * and booleans accepted for string fields declared directly on a struct).
 */
final class ReplacementLoader {

  private ReplacementLoader() {}

  static List<Replacement> load(List<Node> entries, Function<String, String> readFile) {
    List<Replacement> out = new ArrayList<>();
    for (Node entry : entries) {
      Object v;
      try {
        v = YamlToJson.goValue(entry);
      } catch (HopsException e) {
        throw new KustomizeException(e.pos(), null, "invalid Kustomization: " + e.reason(), e);
      }
      if (!(v instanceof Map<?, ?> m)) {
        throw new KustomizeException(
            entry.pos(),
            null,
            "invalid Kustomization: json: cannot unmarshal "
                + Lenient.jsonType(v)
                + " into Go struct field Kustomization.replacements of type"
                + " types.ReplacementField");
      }
      Lenient strict = new Lenient(entry.pos(), true);
      String path = strict.fieldString(m);
      Replacement r = strict.replacement(m, "replacements");
      boolean hasTargets = r.targets() != null && !r.targets().isEmpty();
      if (!path.isEmpty() && (r.source() != null || hasTargets)) {
        throw new KustomizeException(
            entry.pos(), null, "cannot specify both path and inline replacement");
      }
      if (!path.isEmpty()) {
        SourcePos at = entry.pos();
        out.addAll(fromFile(path, readFile.apply(path), at));
      } else {
        // the kustomization is re-marshaled for the transformer: empty targets are omitted
        out.add(hasTargets ? r : new Replacement(r.source(), null, r.pos()));
      }
    }
    return out;
  }

  // --- files ---

  /** The replacements of a file: one (a mapping) or a list. */
  static List<Replacement> fromFile(String path, String content, SourcePos pos) {
    Object doc;
    SourcePos filePos = SourcePos.of(path);
    try {
      List<Node> docs = YamlReader.withDefaults().readDocuments(content, path);
      doc = docs.isEmpty() ? null : YamlToJson.goValue(docs.get(0));
      if (!docs.isEmpty()) {
        filePos = docs.get(0).pos();
      }
    } catch (HopsException e) {
      throw new KustomizeException(e.pos(), null, e.reason(), e);
    }
    List<Replacement> out = new ArrayList<>();
    Lenient l = new Lenient(filePos, false);
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (doc instanceof List<?> list) {
      for (Object item : list) {
        out.add(l.replacement(item, ""));
      }
    } else if (doc instanceof Map<?, ?> map) {
      out.add(l.replacement(map, ""));
    } else {
      throw new KustomizeException(
          pos,
          null,
          "unsupported replacement type encountered within replacement path: " + goKind(doc));
    }
    return out;
  }

  /** reflect.Kind of what json.Unmarshal makes of the document. */
  private static String goKind(Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v == null) {
      return "invalid";
    }
    return v instanceof String ? "string" : v instanceof Boolean ? "bool" : "float64";
  }

  /** encoding/json decoding of Go values into the replacement types, without DisallowUnknown. */
  private static final class Lenient {
    private final SourcePos pos;

    /**
     * Strict: the kustomization's own decoding (unknown fields are errors, nothing is coerced);
     * otherwise sigs.k8s.io/yaml's Unmarshal of a replacement file.
     */
    private final boolean strict;

    private final String rootStruct;

    Lenient(SourcePos pos, boolean strict) {
      this.pos = pos;
      this.strict = strict;
      this.rootStruct = strict ? "ReplacementField" : "Replacement";
    }

    private String prefix() {
      return strict
          ? "invalid Kustomization: json: "
          : "error unmarshaling JSON: while decoding JSON: json: ";
    }

    /** ReplacementField.Path. */
    String fieldString(Map<?, ?> m) {
      Object v = fields(m, Set.of("source", "targets", "path")).get("path");
      return string(v, rootStruct, "replacements", "path", false);
    }

    private KustomizeException typeError(
        Object v, String struct, String field, String goType, boolean number) {
      String value = jsonType(v);
      if (number && (v instanceof Double d) && d != Math.rint(d)) {
        value = "number " + KustomizeYaml.toJson(d);
      }
      String where =
          struct.isEmpty()
              ? "Go value of type " + goType
              : "Go struct field " + struct + "." + field + " of type " + goType;
      return new KustomizeException(
          pos, null, prefix() + "cannot unmarshal " + value + " into " + where);
    }

    static String jsonType(Object v) {
      // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
      if (v == null) {
        return "null";
      } else if (v instanceof Map<?, ?>) {
        return "object";
      } else if (v instanceof List<?>) {
        return "array";
      } else if (v instanceof String) {
        return "string";
      } else if (v instanceof Boolean) {
        return "bool";
      }
      return "number";
    }

    private static String join(String path, String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    /** Struct fields in the order encoding/json meets them (keys sorted), by declared name. */
    private Map<String, Object> fields(Map<?, ?> m, Set<String> declared) {
      Map<String, Object> sorted = new TreeMap<>(dev.hops.yaml.internal.GoJson::compareBytes);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sorted.put((String) e.getKey(), e.getValue());
      }
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        String f = match(e.getKey(), declared);
        if (f == null && strict) {
          throw new KustomizeException(
              pos, null, prefix() + "unknown field " + GoJson.quote(e.getKey()));
        }
        if (f != null) {
          out.remove(f);
          out.put(f, e.getValue());
        }
      }
      return out;
    }

    private static String match(String key, Set<String> declared) {
      if (declared.contains(key)) {
        return key;
      }
      for (String f : declared) {
        if (f.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      return null;
    }

    /** A string field; {@code coerce}: numbers and booleans are turned into text first. */
    private String string(Object v, String struct, String path, String field, boolean coerceIt) {
      boolean coerce = coerceIt && !strict;
      // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
      if (v == null) {
        return "";
      } else if (v instanceof String s) {
        return s;
      } else if (v instanceof Long l && coerce) {
        return Long.toString(l);
      } else if (v instanceof BigInteger b && coerce) {
        return b.toString();
      } else if (v instanceof Double d && coerce) {
        return YamlToJson.formatFloat32(d);
      } else if (v instanceof Boolean b && coerce) {
        return b ? "true" : "false";
      }
      throw typeError(v, struct, join(path, field), "string", false);
    }

    Replacement replacement(Object v, String path) {
      if (v == null) {
        return new Replacement(null, null, pos);
      }
      if (!(v instanceof Map<?, ?> m)) {
        throw typeError(v, "", "", "types.Replacement", false);
      }
      Replacement.Source source = null;
      List<Replacement.Target> targets = null;
      Set<String> declared =
          strict ? Set.of("source", "targets", "path") : Set.of("source", "targets");
      for (Map.Entry<String, Object> e : fields(m, declared).entrySet()) {
        if (e.getKey().equals("path")) {
          continue;
        }
        Object fv = e.getValue();
        if (e.getKey().equals("source")) {
          if (fv == null) {
            source = null;
          } else if (fv instanceof Map<?, ?> sm) {
            source = source(sm, join(path, "source"));
          } else {
            throw typeError(fv, rootStruct, join(path, "source"), "types.SourceSelector", false);
          }
        } else {
          if (fv == null) {
            targets = null;
          } else if (fv instanceof List<?> tl) {
            targets = new ArrayList<>();
            for (Object t : tl) {
              if (t == null) {
                targets.add(null);
              } else if (t instanceof Map<?, ?> tm) {
                targets.add(target(tm, join(path, "targets")));
              } else {
                throw typeError(
                    t, rootStruct, join(path, "targets"), "types.TargetSelector", false);
              }
            }
          } else {
            throw typeError(
                fv, rootStruct, join(path, "targets"), "[]*types.TargetSelector", false);
          }
        }
      }
      return new Replacement(source, targets, pos);
    }

    private static final Set<String> SOURCE_FIELDS =
        Set.of("group", "version", "kind", "name", "namespace", "fieldPath", "options");

    private Replacement.Source source(Map<?, ?> m, String path) {
      String group = "";
      String version = "";
      String kind = "";
      String name = "";
      String namespace = "";
      String fieldPath = "";
      Replacement.Options options = null;
      for (Map.Entry<String, Object> e : fields(m, SOURCE_FIELDS).entrySet()) {
        Object v = e.getValue();
        String s = "SourceSelector";
        switch (e.getKey()) {
          case "group" -> group = string(v, s, path, "group", false);
          case "version" -> version = string(v, s, path, "version", false);
          case "kind" -> kind = string(v, s, path, "kind", false);
          case "name" -> name = string(v, s, path, "name", false);
          case "namespace" -> namespace = string(v, s, path, "namespace", false);
          case "fieldPath" -> fieldPath = string(v, s, path, "fieldPath", true);
          default -> options = options(v, s, join(path, "options"));
        }
      }
      return new Replacement.Source(
          new Gvk(group, version, kind), name, namespace, fieldPath, options);
    }

    private static final Set<String> OPTION_FIELDS =
        Set.of("delimiter", "index", "encoding", "create");

    private Replacement.Options options(Object v, String parent, String path) {
      if (v == null) {
        return null;
      }
      if (!(v instanceof Map<?, ?> m)) {
        throw typeError(v, parent, path, "types.FieldOptions", false);
      }
      String delimiter = "";
      int index = 0;
      String encoding = "";
      boolean create = false;
      String s = "FieldOptions";
      for (Map.Entry<String, Object> e : fields(m, OPTION_FIELDS).entrySet()) {
        Object fv = e.getValue();
        switch (e.getKey()) {
          case "delimiter" -> delimiter = string(fv, s, path, "delimiter", true);
          case "encoding" -> encoding = string(fv, s, path, "encoding", true);
          case "index" -> {
            if (fv == null) {
              continue;
            }
            if (fv instanceof Long l) {
              index = (int) (long) l;
            } else if (fv instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
              index = (int) (double) d;
            } else {
              throw typeError(fv, s, join(path, "index"), "int", true);
            }
          }
          default -> {
            if (fv == null) {
              continue;
            }
            if (fv instanceof Boolean b) {
              create = b;
            } else {
              throw typeError(fv, s, join(path, "create"), "bool", false);
            }
          }
        }
      }
      return new Replacement.Options(delimiter, index, encoding, create);
    }

    private static final Set<String> TARGET_FIELDS =
        Set.of("select", "reject", "fieldPaths", "options");

    private Replacement.Target target(Map<?, ?> m, String path) {
      Selector select = null;
      List<Selector> reject = new ArrayList<>();
      List<String> fieldPaths = new ArrayList<>();
      Replacement.Options options = null;
      String s = "TargetSelector";
      for (Map.Entry<String, Object> e : fields(m, TARGET_FIELDS).entrySet()) {
        Object v = e.getValue();
        switch (e.getKey()) {
          case "select" -> select = v == null ? null : selector(v, s, join(path, "select"));
          case "reject" -> {
            reject = new ArrayList<>();
            if (v == null) {
              continue;
            }
            if (!(v instanceof List<?> l)) {
              throw typeError(v, s, join(path, "reject"), "[]*types.Selector", false);
            }
            for (Object item : l) {
              reject.add(item == null ? null : selector(item, s, join(path, "reject")));
            }
          }
          case "fieldPaths" -> {
            fieldPaths = new ArrayList<>();
            if (v == null) {
              continue;
            }
            if (!(v instanceof List<?> l)) {
              throw typeError(v, s, join(path, "fieldPaths"), "[]string", false);
            }
            for (Object item : l) {
              fieldPaths.add(string(item, s, path, "fieldPaths", true));
            }
          }
          default -> options = options(v, s, join(path, "options"));
        }
      }
      return new Replacement.Target(select, reject, fieldPaths, options);
    }

    private static final Set<String> SELECTOR_FIELDS =
        Set.of(
            "group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector");

    private Selector selector(Object v, String parent, String path) {
      if (!(v instanceof Map<?, ?> m)) {
        throw typeError(v, parent, path, "types.Selector", false);
      }
      String group = "";
      String version = "";
      String kind = "";
      String name = "";
      String namespace = "";
      String labels = "";
      String annotations = "";
      String s = "Selector";
      for (Map.Entry<String, Object> e : fields(m, SELECTOR_FIELDS).entrySet()) {
        Object fv = e.getValue();
        switch (e.getKey()) {
          case "group" -> group = string(fv, s, path, "group", false);
          case "version" -> version = string(fv, s, path, "version", false);
          case "kind" -> kind = string(fv, s, path, "kind", false);
          case "name" -> name = string(fv, s, path, "name", false);
          case "namespace" -> namespace = string(fv, s, path, "namespace", false);
          case "labelSelector" -> labels = string(fv, s, path, "labelSelector", true);
          default -> annotations = string(fv, s, path, "annotationSelector", true);
        }
      }
      return new Selector(new Gvk(group, version, kind), name, namespace, labels, annotations);
    }
  }
}
