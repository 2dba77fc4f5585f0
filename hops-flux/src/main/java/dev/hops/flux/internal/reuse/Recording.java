package dev.hops.flux.internal.reuse;

import dev.hops.kustomize.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every question one build asked of its tree, with the answers. A deterministic build asked the
 * same questions of a tree that gives the same answers asks nothing else and makes the same result,
 * so the result holds for such a tree too.
 */
public final class Recording {

  private final List<Query> queries;
  private final List<Object> answers;
  private final boolean complete;

  Recording(Map<Query, Object> asked, boolean complete) {
    this.queries = List.copyOf(asked.keySet());
    this.answers = new ArrayList<>(asked.values());
    this.complete = complete;
  }

  /**
   * True when {@code tree} answers every question as the recorded tree did. False when a question
   * failed unexpectedly during the build (the recording is then incomplete) or now.
   */
  public boolean holdsFor(SourceTree tree, Answers known) {
    if (!complete) {
      return false;
    }
    try {
      for (int i = 0; i < queries.size(); i++) {
        if (!answers.get(i).equals(known.answer(queries.get(i), tree))) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The paths of the files the build read, sorted. */
  public List<String> filesRead() {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < queries.size(); i++) {
      if (queries.get(i).op() == Query.Op.READ && answers.get(i) instanceof Query.Content) {
        out.add(queries.get(i).path());
      }
    }
    return List.copyOf(out);
  }

  /** How many questions were asked (for tests). */
  int size() {
    return queries.size();
  }
}
