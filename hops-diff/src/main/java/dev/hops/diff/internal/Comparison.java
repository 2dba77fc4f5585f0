package dev.hops.diff.internal;

import dev.hops.diff.Action;
import dev.hops.diff.Change;
import dev.hops.diff.FieldChange;
import dev.hops.diff.internal.RenderSide.Owner;
import dev.hops.diff.internal.Rendered.Identity;
import dev.hops.flux.RenderResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two renders compared object by object: objects matched by identity (several objects with one
 * identity, applied by several owners, are matched owner with owner first), then the leftovers
 * paired as renames, the rest added or removed. An object whose owner one render does not know
 * (failed, external, chart not rendered) is not reported as added or removed there: it is unknown,
 * not gone.
 */
public final class Comparison {

  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::cluster)
          .thenComparing(Change::owner)
          .thenComparing(Change::object)
          .thenComparing(Change::action);

  private final RenderSide base;
  private final RenderSide head;
  private final List<Change> changes = new ArrayList<>();
  private final List<Rendered> removed = new ArrayList<>();
  private final List<Rendered> added = new ArrayList<>();

  private Comparison(RenderSide base, RenderSide head) {
    this.base = base;
    this.head = head;
  }

  /** The changes from {@code base} to {@code head}, by cluster, owner and object. */
  public static List<Change> compare(RenderResult base, RenderResult head) {
    Comparison c = new Comparison(RenderSide.of(base), RenderSide.of(head));
    c.run();
    c.changes.sort(ORDER);
    return List.copyOf(c.changes);
  }

  private void run() {
    Map<Identity, List<Rendered>> before = base.objects();
    Map<Identity, List<Rendered>> after = head.objects();
    Set<Identity> ids = new TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (Identity id : ids) {
      match(before.getOrDefault(id, List.of()), after.getOrDefault(id, List.of()));
    }
    for (Renames.Pair p : Renames.find(removed, added)) {
      removed.remove(p.removed());
      added.remove(p.added());
      List<FieldChange> fields =
          FieldDiff.between(p.removed().object(), p.added().object()).stream()
              .filter(f -> !f.path().equals("metadata.name"))
              .toList();
      changes.add(change(p.added(), Action.RENAMED, p.removed().id().ref(), fields));
    }
    removed.forEach(r -> changes.add(whole(r, Action.REMOVED)));
    added.forEach(a -> changes.add(whole(a, Action.ADDED)));
  }

  /** The objects of one identity in both renders. */
  private void match(List<Rendered> before, List<Rendered> after) {
    List<Rendered> left = new ArrayList<>(before);
    List<Rendered> right = new ArrayList<>(after);
    // the same owner first, then in order
    for (Rendered b : before) {
      for (Rendered a : right) {
        if (a.owner().equals(b.owner())) {
          compare(b, a);
          left.remove(b);
          right.remove(a);
          break;
        }
      }
    }
    while (!left.isEmpty() && !right.isEmpty()) {
      compare(left.removeFirst(), right.removeFirst());
    }
    for (Rendered b : left) {
      if (after.isEmpty() && head.knows(new Owner(b.id().cluster(), b.owner()))) {
        removed.add(b);
      }
    }
    for (Rendered a : right) {
      if (before.isEmpty() && base.knows(new Owner(a.id().cluster(), a.owner()))) {
        added.add(a);
      }
    }
  }

  private void compare(Rendered b, Rendered a) {
    List<FieldChange> fields = FieldDiff.between(b.object(), a.object());
    if (!fields.isEmpty()) {
      changes.add(change(a, Action.CHANGED, null, fields));
    }
  }

  /** An object added or removed as a whole, with its (masked) YAML. */
  private static Change whole(Rendered r, Action action) {
    return new Change(
        r.id().cluster(),
        r.owner(),
        r.id().ref(),
        action,
        null,
        List.of(),
        MaskedYaml.of(r.object()));
  }

  private static Change change(
      Rendered r, Action action, String renamedFrom, List<FieldChange> fields) {
    return new Change(r.id().cluster(), r.owner(), r.id().ref(), action, renamedFrom, fields);
  }
}
