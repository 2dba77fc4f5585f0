package dev.hops.flux.conformance;

import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A multiset of Kubernetes objects compared by meaning, not by text: each object is the value Go's
 * yaml.v3 decodes (maps compare without order, {@code "1"} differs from {@code 1}), keyed by {@code
 * Kind/namespace/name (apiVersion)}. flux-local's own index annotations are removed on the way in,
 * and with them an annotations map they leave empty.
 */
final class ObjectSet {

  /** Annotations that {@code kustomize cfg grep} adds to flux-local's output; not Flux output. */
  static final List<String> FLUX_LOCAL_ANNOTATIONS =
      List.of("config.kubernetes.io/index", "internal.config.kubernetes.io/index");

  private final Map<String, List<Object>> byKey = new TreeMap<>();

  static ObjectSet of(List<? extends Node> objects) {
    ObjectSet set = new ObjectSet();
    for (Node n : objects) {
      if (!(n instanceof MappingNode)) {
        throw new IllegalArgumentException(n.pos() + ": not an object");
      }
      set.add(normalize(KustomizeYaml.toGoValue(n)));
    }
    return set;
  }

  void add(Object obj) {
    byKey.computeIfAbsent(key(obj), k -> new ArrayList<>()).add(obj);
  }

  /** Removes and returns the objects that match; the rest stay. */
  List<Object> removeIf(Predicate<Object> test) {
    List<Object> removed = new ArrayList<>();
    for (List<Object> objs : byKey.values()) {
      for (var it = objs.iterator(); it.hasNext(); ) {
        Object o = it.next();
        if (test.test(o)) {
          removed.add(o);
          it.remove();
        }
      }
    }
    byKey.values().removeIf(List::isEmpty);
    return removed;
  }

  /** Every object, to adjust in place. */
  void forEach(java.util.function.Consumer<Object> action) {
    byKey.values().forEach(objs -> objs.forEach(action));
  }

  /** The objects under {@code key}, to adjust in place. */
  List<Object> get(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  int size() {
    return byKey.values().stream().mapToInt(List::size).sum();
  }

  /**
   * The differences between {@code expected} (flux-local) and {@code actual} (Hops), one entry per
   * object key; empty when the multisets are equal.
   */
  static Map<String, String> differences(ObjectSet expected, ObjectSet actual) {
    Map<String, String> out = new TreeMap<>();
    TreeMap<String, Boolean> keys = new TreeMap<>();
    expected.byKey.keySet().forEach(k -> keys.put(k, true));
    actual.byKey.keySet().forEach(k -> keys.put(k, true));
    for (String key : keys.keySet()) {
      List<Object> e = new ArrayList<>(expected.get(key));
      List<Object> a = new ArrayList<>(actual.get(key));
      for (var it = e.iterator(); it.hasNext(); ) {
        if (a.remove(it.next())) {
          it.remove();
        }
      }
      if (e.isEmpty() && a.isEmpty()) {
        continue;
      }
      if (a.isEmpty()) {
        out.put(key, "only in flux-local's output (" + e.size() + "x)");
      } else if (e.isEmpty()) {
        out.put(key, "only in Hops' output (" + a.size() + "x)");
      } else if (e.size() == 1 && a.size() == 1) {
        List<String> lines = new ArrayList<>();
        diff("", e.get(0), a.get(0), lines);
        out.put(key, "content differs:\n" + String.join("\n", lines));
      } else {
        out.put(key, "flux-local has " + e.size() + " unmatched copies, Hops " + a.size());
      }
    }
    return out;
  }

  /** JSON pointers where the two values differ, with both sides. */
  static void diff(String pointer, Object e, Object a, List<String> out) {
    if (e instanceof Map<?, ?> em && a instanceof Map<?, ?> am) {
      TreeMap<String, Boolean> keys = new TreeMap<>();
      em.keySet().forEach(k -> keys.put((String) k, true));
      am.keySet().forEach(k -> keys.put((String) k, true));
      for (String k : keys.keySet()) {
        String p = pointer + "/" + k.replace("~", "~0").replace("/", "~1");
        if (!em.containsKey(k)) {
          out.add("    " + p + ": only Hops has " + show(am.get(k)));
        } else if (!am.containsKey(k)) {
          out.add("    " + p + ": only flux-local has " + show(em.get(k)));
        } else {
          diff(p, em.get(k), am.get(k), out);
        }
      }
    } else if (e instanceof List<?> el && a instanceof List<?> al && el.size() == al.size()) {
      for (int i = 0; i < el.size(); i++) {
        diff(pointer + "/" + i, el.get(i), al.get(i), out);
      }
    } else if (!Objects.equals(e, a)) {
      out.add("    " + pointer + ": flux-local " + show(e) + ", Hops " + show(a));
    }
  }

  static String show(Object v) {
    String s = v instanceof String str ? '"' + str + '"' : KustomizeYaml.toJson(v);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  static String kind(Object obj) {
    return ((Map<?, ?>) obj).get("kind") instanceof String s ? s : "";
  }

  static String key(Object obj) {
    Map<?, ?> m = (Map<?, ?>) obj;
    Map<?, ?> md = m.get("metadata") instanceof Map<?, ?> x ? x : Map.of();
    String ns = md.get("namespace") instanceof String s ? s : "";
    String name = md.get("name") instanceof String s ? s : "";
    return m.get("kind")
        + "/"
        + (ns.isEmpty() ? "" : ns + "/")
        + name
        + " ("
        + m.get("apiVersion")
        + ")";
  }

  @SuppressWarnings("unchecked")
  private static Object normalize(Object obj) {
    if (obj instanceof Map<?, ?> m && m.get("metadata") instanceof Map<?, ?> md) {
      Map<String, Object> metadata = (Map<String, Object>) md;
      if (metadata.get("annotations") instanceof Map<?, ?> ann) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) ann);
        FLUX_LOCAL_ANNOTATIONS.forEach(copy::remove);
        if (copy.isEmpty()) {
          metadata.remove("annotations");
        } else {
          metadata.put("annotations", copy);
        }
      }
    }
    return obj;
  }
}
