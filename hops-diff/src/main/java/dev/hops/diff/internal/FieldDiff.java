package dev.hops.diff.internal;

import dev.hops.diff.FieldChange;
import dev.hops.kustomize.ListKeys;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields that differ between two versions of an object, in document order. Mappings are
 * compared key by key whatever their order; lists that Kubernetes merges by key ({@link ListKeys})
 * item by item by that key (a reorder alone is no change), other lists by position, aligned on
 * their equal items so that an insertion reads as one added item. Values of a Secret's {@code data}
 * and {@code stringData}, SOPS ciphertext and the {@code sops} block are never shown.
 */
public final class FieldDiff {

  private final ListKeys listKeys;
  private final boolean secretKind;
  private final List<FieldChange> out = new ArrayList<>();

  private FieldDiff(ListKeys listKeys, boolean secretKind) {
    this.listKeys = listKeys;
    this.secretKind = secretKind;
  }

  /** The differences from {@code base} to {@code head}, two versions of one object. */
  public static List<FieldChange> between(MappingNode base, MappingNode head) {
    FieldDiff diff =
        new FieldDiff(
            ListKeys.of(head.getString("apiVersion"), head.getString("kind")),
            isSecret(base) || isSecret(head));
    diff.mapping(FieldPath.ROOT, base, head, false);
    return List.copyOf(diff.out);
  }

  private static boolean isSecret(MappingNode o) {
    return "Secret".equals(o.getString("kind")) && "v1".equals(o.getString("apiVersion"));
  }

  private void value(FieldPath path, Node a, Node b, boolean secret) {
    if (a instanceof MappingNode x && b instanceof MappingNode y) {
      mapping(path, x, y, secret);
    } else if (a instanceof SequenceNode x && b instanceof SequenceNode y) {
      sequence(path, x, y, secret);
    } else if (!TypedValues.equal(a, b)) {
      boolean scalars =
          !(a instanceof MappingNode || a instanceof SequenceNode)
              && !(b instanceof MappingNode || b instanceof SequenceNode);
      if (scalars && (secret || FlowText.isEncrypted(a) || FlowText.isEncrypted(b))) {
        out.add(change(path, FlowText.SECRET_CHANGED, FlowText.SECRET_CHANGED));
      } else {
        out.add(change(path, FlowText.of(a, secret), FlowText.of(b, secret)));
      }
    }
  }

  private void mapping(FieldPath path, MappingNode a, MappingNode b, boolean s) {
    Map<String, Node> before = TypedValues.byName(a);
    Map<String, Node> after = TypedValues.byName(b);
    for (String key : Alignment.mergedOrder(List.copyOf(before.keySet()), keys(after))) {
      FieldPath p = path.key(key);
      if (path.isRoot() && key.equals("sops")) {
        sops(before, after);
        continue;
      }
      boolean secret = s || (path.isRoot() && secretKind && isSecretData(key));
      if (!before.containsKey(key)) {
        out.add(change(p, null, FlowText.of(after.get(key), secret)));
      } else if (!after.containsKey(key)) {
        out.add(change(p, FlowText.of(before.get(key), secret), null));
      } else {
        value(p, before.get(key), after.get(key), secret);
      }
    }
  }

  private static boolean isSecretData(String key) {
    return key.equals("data") || key.equals("stringData");
  }

  /** SOPS metadata (MAC, data keys, dates): only whether it changed. */
  private void sops(Map<String, Node> before, Map<String, Node> after) {
    Node a = before.get("sops");
    Node b = after.get("sops");
    if (!before.containsKey("sops")) {
      out.add(new FieldChange("sops", null, FlowText.SECRET));
    } else if (!after.containsKey("sops")) {
      out.add(new FieldChange("sops", FlowText.SECRET, null));
    } else if (!TypedValues.equal(a, b)) {
      out.add(new FieldChange("sops", FlowText.SECRET_CHANGED, FlowText.SECRET_CHANGED));
    }
  }

  private void sequence(FieldPath path, SequenceNode a, SequenceNode b, boolean secret) {
    List<String> keys = listKeys.known() ? listKeys.keyFor(path.schemaPath()) : List.of();
    if (!keys.isEmpty()) {
      // the merge key alone, else with the other list-map keys (ports 53/TCP and 53/UDP)
      for (List<String> names : List.of(keys.subList(0, 1), keys)) {
        Map<List<String>, Node> before = KeyedItems.of(a, names);
        Map<List<String>, Node> after = KeyedItems.of(b, names);
        if (before != null && after != null) {
          keyed(path, names, before, after, secret);
          return;
        }
      }
    }
    positional(path, a.items(), b.items(), secret);
  }

  private void keyed(
      FieldPath path,
      List<String> names,
      Map<List<String>, Node> before,
      Map<List<String>, Node> after,
      boolean secret) {
    for (List<String> key : Alignment.mergedOrder(keys(before), keys(after))) {
      FieldPath p = path.keyed(names, key);
      if (!before.containsKey(key)) {
        out.add(change(p, null, FlowText.of(after.get(key), secret)));
      } else if (!after.containsKey(key)) {
        out.add(change(p, FlowText.of(before.get(key), secret), null));
      } else {
        value(p, before.get(key), after.get(key), secret);
      }
    }
  }

  private void positional(FieldPath path, List<Node> a, List<Node> b, boolean secret) {
    List<int[]> common = Alignment.commonItems(Hashed.of(a), Hashed.of(b), Hashed::sameValue);
    common.add(new int[] {a.size(), b.size()});
    int i = 0;
    int j = 0;
    for (int[] match : common) {
      int paired = Math.min(match[0] - i, match[1] - j);
      for (int k = 0; k < paired; k++) {
        value(path.index(j + k), a.get(i + k), b.get(j + k), secret);
      }
      for (int k = i + paired; k < match[0]; k++) {
        out.add(change(path.index(k), FlowText.of(a.get(k), secret), null));
      }
      for (int k = j + paired; k < match[1]; k++) {
        out.add(change(path.index(k), null, FlowText.of(b.get(k), secret)));
      }
      i = match[0] + 1;
      j = match[1] + 1;
    }
  }

  /** A list item with its hash, for aligning lists quickly. */
  private record Hashed(Node node, int hash) {
    static List<Hashed> of(List<Node> nodes) {
      List<Hashed> out = new ArrayList<>(nodes.size());
      for (Node n : nodes) {
        out.add(new Hashed(n, TypedValues.hash(n)));
      }
      return out;
    }

    boolean sameValue(Hashed o) {
      return hash == o.hash && TypedValues.equal(node, o.node);
    }
  }

  /** The items of a keyed list by the values of their key fields. */
  private static final class KeyedItems {

    /** Null when an item has no merge key, or two items the same key: then lists go by position. */
    static Map<List<String>, Node> of(SequenceNode list, List<String> names) {
      Map<List<String>, Node> out = new LinkedHashMap<>();
      for (Node item : list.items()) {
        if (!(item instanceof MappingNode m)) {
          return null;
        }
        List<String> key = new ArrayList<>(names.size());
        for (String name : names) {
          // typed: containerPort 0x1F90 is 8080
          key.add(
              m.get(name) instanceof ScalarNode s && !s.isNull()
                  ? String.valueOf(TypedValues.scalar(s))
                  : null);
        }
        if (key.get(0) == null || out.putIfAbsent(key, item) != null) {
          return null;
        }
      }
      return out;
    }
  }

  private static <K> List<K> keys(Map<K, ?> m) {
    return List.copyOf(m.keySet());
  }

  private static FieldChange change(FieldPath path, String before, String after) {
    return new FieldChange(path.toString(), before, after);
  }
}
