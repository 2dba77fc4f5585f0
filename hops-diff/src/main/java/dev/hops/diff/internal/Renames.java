package dev.hops.diff.internal;

import dev.hops.diff.internal.Rendered.Identity;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which removed and added objects are one object renamed: same cluster, API group, kind and
 * namespace, and either
 *
 * <ul>
 *   <li>the same content once the old name is read as the new one: {@code metadata.name} and every
 *       value that is exactly the object's name (labels such as {@code app.kubernetes.io/name},
 *       selectors, a container named after its Deployment); or
 *   <li>the same name apart from a kustomize generator hash suffix ({@code app-config-5fk8m2d9t4}
 *       to {@code app-config-9b8mc6tkg2}): a generated ConfigMap or Secret whose content changed, a
 *       rename with edits.
 * </ul>
 *
 * Each object is paired at most once, the removed ones in their order.
 */
final class Renames {

  /** kustomize's hash suffix: ten characters of its hex-derived alphabet (api/hasher). */
  private static final Pattern HASH_SUFFIX = Pattern.compile("(.+)-[2456789bcdfghkmt]{10}");

  /** A removed object and the added object it became. */
  record Pair(Rendered removed, Rendered added) {}

  private Renames() {}

  static List<Pair> find(List<Rendered> removed, List<Rendered> added) {
    Map<Identity, List<Rendered>> candidates = new LinkedHashMap<>();
    for (Rendered a : added) {
      candidates.computeIfAbsent(a.id().named(""), k -> new ArrayList<>()).add(a);
    }
    List<Pair> pairs = new ArrayList<>();
    Set<Rendered> used = new HashSet<>();
    Set<Rendered> paired = new HashSet<>();
    Map<Rendered, Normalized> cache = new HashMap<>();
    for (Rendered r : removed) {
      Normalized before = cache.computeIfAbsent(r, Renames::normalized);
      for (Rendered a : candidates.getOrDefault(r.id().named(""), List.of())) {
        if (!used.contains(a) && before.sameAs(cache.computeIfAbsent(a, Renames::normalized))) {
          pairs.add(new Pair(r, a));
          used.add(a);
          paired.add(r);
          break;
        }
      }
    }
    for (Rendered r : removed) {
      String stem = stem(r.id().name());
      if (paired.contains(r) || stem == null) {
        continue;
      }
      for (Rendered a : candidates.getOrDefault(r.id().named(""), List.of())) {
        if (!used.contains(a) && stem.equals(stem(a.id().name()))) {
          pairs.add(new Pair(r, a));
          used.add(a);
          break;
        }
      }
    }
    return pairs;
  }

  /** The name without its generator hash suffix, or null when it has none. */
  private static String stem(String name) {
    Matcher m = HASH_SUFFIX.matcher(name);
    return m.matches() ? m.group(1) : null;
  }

  /** An object's content with its own name taken out, and its hash. */
  private record Normalized(Node content, int hash) {
    boolean sameAs(Normalized o) {
      return hash == o.hash && TypedValues.equal(content, o.content);
    }
  }

  private static Normalized normalized(Rendered r) {
    MappingNode copy = r.object().copy();
    MappingNode md = copy.getMapping("metadata");
    if (md != null) {
      md.remove("name");
    }
    replaceName(copy, r.id().name());
    return new Normalized(copy, TypedValues.hash(copy));
  }

  /** Every string value equal to the name becomes a marker no YAML text produces. */
  private static void replaceName(Node n, String name) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (n instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (isName(e.value(), name)) {
          e.setValue(ScalarNode.ofString("\u0000name"));
        } else if (e.value() != null) {
          replaceName(e.value(), name);
        }
      }
    } else if (n instanceof SequenceNode s) {
      for (int i = 0; i < s.size(); i++) {
        if (isName(s.get(i), name)) {
          s.items().set(i, ScalarNode.ofString("\u0000name"));
        } else {
          replaceName(s.get(i), name);
        }
      }
    } // a scalar: nothing inside
  }

  private static boolean isName(Node n, String name) {
    return n instanceof ScalarNode s && s.isString() && s.value().equals(name);
  }
}
