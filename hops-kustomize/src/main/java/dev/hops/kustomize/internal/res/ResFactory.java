package dev.hops.kustomize.internal.res;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns YAML documents into resources as kustomize's resource factory does: every object needs a
 * kind and (unless a List) a metadata.name; {@code *List} objects with items are inlined.
 */
public final class ResFactory {

  private ResFactory() {}

  /** The resources of one file; YAML errors keep their file position. */
  public static List<Res> fromFile(FileLoader ldr, String path, SourcePos listedAt) {
    String text = ldr.load(path, listedAt);
    String full = ldr.resolve(path);
    String display = ldr.display(full);
    List<Node> docs = ldr.context().cache().documents(ldr.context().reader(), full, display, text);
    return fromDocuments(docs, display);
  }

  /** Resources from YAML text that is not a file (inline patches, generators). */
  public static List<Res> fromText(FileLoader ldr, String text, String display) {
    return fromDocuments(ldr.context().reader().readDocuments(text, display), display);
  }

  public static List<Res> fromDocuments(List<Node> docs, String display) {
    boolean single = docs.size() == 1;
    Deque<Node> queue = new ArrayDeque<>();
    for (Node d : docs) {
      if (single && d instanceof MappingNode m && isWrappedList(m)) {
        Node items = m.get("items");
        if (items instanceof SequenceNode s) {
          queue.addAll(s.items());
        }
        continue;
      }
      queue.add(d);
    }
    List<Res> result = new ArrayList<>();
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      if (n.isNullOrEmpty()) {
        continue;
      }
      MappingNode m = validate(n, display);
      String kind = m.getString("kind");
      if (kind != null && kind.endsWith("List") && m.has("items")) {
        Node items = m.get("items");
        if (items instanceof SequenceNode s) {
          List<Node> inner = new ArrayList<>(s.items());
          queue.addAll(inner);
          continue;
        }
        if (items.isNull()) {
          continue;
        }
        throw new KustomizeException(
            items.pos(),
            null,
            "expected array in " + kind + "/items, but found a " + Kyaml.kindName(items));
      }
      result.add(new Res(m, m.pos()));
    }
    return result;
  }

  private static boolean isWrappedList(MappingNode m) {
    String kind = m.getString("kind");
    return ("ResourceList".equals(kind) || "List".equals(kind))
        && (m.has("items") || m.has("functionConfig"));
  }

  private static MappingNode validate(Node n, String display) {
    if (!(n instanceof MappingNode m)) {
      throw new YamlException(
          n.pos(),
          "expected a Kubernetes object (a mapping) but found a "
              + (n instanceof ScalarNode ? "scalar '" + n + "'" : "list"));
    }
    Node kindNode = m.get("kind");
    String kind = kindNode instanceof ScalarNode s ? s.value() : "";
    if (kind.isEmpty()) {
      throw new KustomizeException(m.pos(), null, "missing kind in object" + describe(m));
    }
    if (!kind.endsWith("List")) {
      Node md = m.get("metadata");
      Node name = md instanceof MappingNode mm ? mm.get("name") : null;
      if (name == null
          || name.isNullOrEmpty()
          || (name instanceof ScalarNode s && s.value().isEmpty())) {
        throw new KustomizeException(
            m.pos(), kind, "missing metadata.name in object" + describe(m));
      }
    }
    return m;
  }

  private static String describe(MappingNode m) {
    String av = m.getString("apiVersion");
    String kind = m.getString("kind");
    return (av == null && kind == null) ? "" : " (apiVersion " + av + ", kind " + kind + ")";
  }
}
