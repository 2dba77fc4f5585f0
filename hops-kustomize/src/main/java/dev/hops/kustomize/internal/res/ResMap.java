package dev.hops.kustomize.internal.res;

import dev.hops.kustomize.KustomizeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An ordered list of resources with unique current ids: kustomize's {@code resWrangler}. Order is
 * load order until the final sort.
 */
public final class ResMap {

  private List<Res> list = new ArrayList<>();

  public int size() {
    return list.size();
  }

  /** A copy of the list (the resources themselves are shared). */
  public List<Res> resources() {
    return new ArrayList<>(list);
  }

  public void clear() {
    list = new ArrayList<>();
  }

  public void setAll(List<Res> resources) {
    list = new ArrayList<>(resources);
  }

  public void dropEmpties() {
    list.removeIf(Res::isNilOrEmpty);
  }

  /** Appends, failing when a resource with an equal current id is present. */
  public void append(Res res) {
    RId id = res.curId();
    for (Res r : list) {
      if (r.curId().equalsId(id)) {
        throw new KustomizeException(
            res.source(),
            id.toString(),
            "may not add resource with an already registered id: "
                + id.legacyString()
                + (r.source().isKnown() ? " (already defined at " + r.source() + ")" : ""));
      }
    }
    list.add(res);
  }

  public void appendAll(ResMap other) {
    if (other == null) {
      return;
    }
    for (Res r : other.list) {
      append(r);
    }
  }

  public void remove(RId id) {
    int before = list.size();
    list.removeIf(r -> r.curId().equals(id));
    if (list.size() != before - 1) {
      throw new KustomizeException("id " + id.legacyString() + " not found in removal");
    }
  }

  public int replace(Res res) {
    RId id = res.curId();
    int count = 0;
    int index = -1;
    for (int i = 0; i < list.size(); i++) {
      if (id.equalsId(list.get(i).curId())) {
        count++;
        index = i;
      }
    }
    if (count > 1) {
      throw new KustomizeException("in Replace: id matched " + count + " resources");
    }
    if (index < 0) {
      throw new KustomizeException("cannot find resource with id " + id + " to replace");
    }
    list.set(index, res);
    return index;
  }

  public List<RId> allIds() {
    List<RId> ids = new ArrayList<>(list.size());
    for (Res r : list) {
      ids.add(r.curId());
    }
    return ids;
  }

  public List<Res> byCurrentId(Predicate<RId> matches) {
    List<Res> result = new ArrayList<>();
    for (Res r : list) {
      if (matches.test(r.curId())) {
        result.add(r);
      }
    }
    return result;
  }

  /** Resources whose current id or any previous id matches. */
  public List<Res> byAnyId(Predicate<RId> matches) {
    List<Res> result = new ArrayList<>();
    for (Res r : list) {
      if (matches.test(r.curId())) {
        result.add(r);
        continue;
      }
      for (RId id : r.prevIds()) {
        if (matches.test(id)) {
          result.add(r);
          break;
        }
      }
    }
    return result;
  }

  public int indexOf(Res res) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == res) {
        return i;
      }
    }
    return -1;
  }

  public ResMap shallowCopy() {
    ResMap m = new ResMap();
    m.list = new ArrayList<>(list);
    return m;
  }

  public ResMap deepCopy() {
    ResMap m = new ResMap();
    for (Res r : list) {
      m.list.add(r.deepCopy());
    }
    return m;
  }

  public void removeBuildAnnotations() {
    for (Res r : list) {
      r.removeBuildAnnotations();
    }
  }

  /** kustomize AbsorbAll: append, or merge/replace generated resources per their behavior. */
  public void absorbAll(ResMap other) {
    if (other == null) {
      return;
    }
    for (Res r : other.list) {
      appendReplaceOrMerge(r);
    }
  }

  private void appendReplaceOrMerge(Res res) {
    RId id = res.curId();
    List<Res> matches = byAnyId(id::equalsId);
    if (matches.isEmpty()) {
      String b = res.behavior();
      if (b.equals(Behaviors.MERGE) || b.equals(Behaviors.REPLACE)) {
        throw new KustomizeException(
            res.source(),
            id.toString(),
            "id " + id.legacyString() + " does not exist; cannot " + "merge or replace");
      }
      append(res);
      return;
    }
    if (matches.size() > 1) {
      throw new KustomizeException(
          res.source(),
          id.toString(),
          "found multiple objects " + matches + " that could accept merge of " + id);
    }
    Res old = matches.get(0);
    int index = indexOf(old);
    switch (res.behavior()) {
      case Behaviors.REPLACE -> res.copyMergeMetaDataFieldsFrom(old);
      case Behaviors.MERGE -> {
        String origin = old.getAnnotations().get(Res.ORIGIN);
        res.copyMergeMetaDataFieldsFrom(old);
        DataMaps.mergeDataMapFrom(res, old);
        DataMaps.mergeBinaryDataMapFrom(res, old);
        if (origin != null) {
          res.setAnnotation(Res.ORIGIN, origin);
        }
      }
      default ->
          throw new KustomizeException(
              res.source(),
              id.toString(),
              "id " + id.legacyString() + " exists; behavior must be merge or replace");
    }
    int i = replace(res);
    if (i != index) {
      throw new KustomizeException("unexpected target index in replacement");
    }
  }

  @Override
  public String toString() {
    return list.toString();
  }
}
