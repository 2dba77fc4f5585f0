package dev.hops.flux;

import java.util.ArrayList;
import java.util.List;

/** The steps a render reported: what ran and what was taken from an earlier render. */
final class Steps implements Progress {

  private final List<String> ran = new ArrayList<>();
  private final List<String> reused = new ArrayList<>();

  /** Whether the second render's result differs from the first's (set by the test). */
  boolean changed;

  @Override
  public synchronized void step(Step step, String subject, boolean wasReused) {
    (wasReused ? reused : ran).add(step + " " + subject);
  }

  synchronized void clear() {
    ran.clear();
    reused.clear();
  }

  /** Everything that ran. */
  synchronized List<String> ran() {
    return List.copyOf(ran);
  }

  /** The subjects of the steps of a kind ({@code "KUSTOMIZE_BUILD "}) that ran. */
  synchronized List<String> ran(String kind) {
    return subjects(ran, kind);
  }

  synchronized List<String> reused(String kind) {
    return subjects(reused, kind);
  }

  private static List<String> subjects(List<String> steps, String kind) {
    return steps.stream()
        .filter(s -> s.startsWith(kind))
        .map(s -> s.substring(kind.length()))
        .toList();
  }
}
