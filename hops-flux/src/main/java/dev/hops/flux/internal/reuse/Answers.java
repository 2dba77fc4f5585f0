package dev.hops.flux.internal.reuse;

import dev.hops.kustomize.SourceTree;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers one tree has given, so that checking many recordings against it asks each question
 * (reads each file) once. A tree is taken not to change while it is in use, as the renderer's
 * caches already assume. Safe for concurrent use.
 */
public final class Answers {

  private final Map<Query, Object> answers = new ConcurrentHashMap<>();

  /**
   * {@code tree}'s answer to {@code q}, asked at most once; always the same tree for one instance
   * (the tree is not kept here, so that {@link PerTree} can let it go).
   */
  Object answer(Query q, SourceTree tree) {
    Object known = answers.get(q);
    if (known == null) {
      known = q.ask(tree);
      Object raced = answers.putIfAbsent(q, known);
      if (raced != null) {
        known = raced;
      }
    }
    return known;
  }

  /** The answer already known, or null. */
  Object known(Query q) {
    return answers.get(q);
  }

  /** Notes an answer the tree gave to a build. */
  void learn(Query q, Object answer) {
    answers.putIfAbsent(q, answer);
  }
}
