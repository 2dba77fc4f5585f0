package dev.hops.kustomize.internal.loader;

import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed YAML documents by file, shared by every build of a batch: a base or component used by many
 * overlays is read and parsed once. Callers get deep copies, so they may edit them. The key is the
 * whole input (path, the name positions carry, text): builds of different trees (two revisions)
 * share the cache and must not get each other's documents or positions.
 */
public final class ParseCache {

  private record Key(String path, String display, String text) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Key that
              && Objects.equals(path, that.path)
              && Objects.equals(display, that.display)
              && Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(path);
      h = 31 * h + Objects.hashCode(display);
      return 31 * h + Objects.hashCode(text);
    }
  }

  private final ConcurrentHashMap<Key, List<Node>> docs = new ConcurrentHashMap<>();

  public List<Node> documents(YamlReader reader, String path, String display, String text) {
    Key key = new Key(path, display, text);
    List<Node> parsed = docs.get(key);
    if (parsed == null) {
      parsed = reader.readDocuments(text, display);
      docs.putIfAbsent(key, parsed);
    }
    List<Node> copies = new ArrayList<>(parsed.size());
    for (Node n : parsed) {
      copies.add(n.copy());
    }
    return copies;
  }
}
