package dev.hops.flux.internal.reuse;

import dev.hops.kustomize.SourceTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results by key, each with the recording of the questions its making asked of a tree: a result is
 * found for a key and a tree when the tree answers its recording's questions alike. A few results
 * are kept per key (two revisions, and a little more), and a bounded number of keys, the least
 * recently used going first. Safe for concurrent use; recordings are checked outside the lock.
 */
public final class Memo<K, V> {

  private record Made<V>(Recording recording, V value) {}

  private static final int PER_KEY = 4;

  private final Map<K, List<Made<V>>> byKey;

  /** A memo of at most {@code maxKeys} keys. */
  public Memo(int maxKeys) {
    this.byKey =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, List<Made<V>>> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** A result made for {@code key} whose recording holds for {@code tree}, or null. */
  public V find(K key, SourceTree tree, Answers known) {
    List<Made<V>> candidates;
    synchronized (this) {
      List<Made<V>> made = byKey.get(key);
      if (made == null) {
        return null;
      }
      candidates = new ArrayList<>(made);
    }
    for (Made<V> m : candidates) {
      if (m.recording().holdsFor(tree, known)) {
        return m.value();
      }
    }
    return null;
  }

  /** Keeps {@code value}, made for {@code key} with {@code recording}, first for its key. */
  public synchronized void add(K key, Recording recording, V value) {
    List<Made<V>> made = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    made.addFirst(new Made<>(recording, value));
    if (made.size() > PER_KEY) {
      made.removeLast();
    }
  }
}
