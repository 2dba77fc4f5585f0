package dev.hops.kustomize.internal.types;

import dev.hops.kustomize.KustomizeException;
import java.util.ArrayList;
import java.util.List;

/** kustomize's {@code FsSlice}: merging field spec lists without duplicates. */
public final class FsSlice {

  private FsSlice() {}

  /** kustomize MergeAll: adds each spec of {@code incoming} not already present. */
  public static List<FieldSpec> mergeAll(List<FieldSpec> base, List<FieldSpec> incoming) {
    List<FieldSpec> result = new ArrayList<>(base);
    for (FieldSpec fs : incoming) {
      if (!containsEquivalent(result, fs)) {
        result.add(fs);
      }
    }
    return result;
  }

  /** mergeOne's test, without copying: true when {@code x} would be dropped. */
  private static boolean containsEquivalent(List<FieldSpec> base, FieldSpec x) {
    for (FieldSpec fs : base) {
      if (fs.gvk().isSelectedBy(x.gvk()) && fs.path().equals(x.path())) {
        if (fs.create() != x.create()) {
          throw new KustomizeException("conflicting fieldspecs: " + fs + " and " + x);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * kustomize MergeOne: a spec whose gvk selects an existing spec with the same path is dropped
   * (kustomize's "effectively equals"), unless they differ in {@code create}, which is an error.
   */
  public static List<FieldSpec> mergeOne(List<FieldSpec> base, FieldSpec x) {
    List<FieldSpec> result = new ArrayList<>(base);
    for (FieldSpec fs : base) {
      if (fs.gvk().isSelectedBy(x.gvk()) && fs.path().equals(x.path())) {
        if (fs.create() != x.create()) {
          throw new KustomizeException("conflicting fieldspecs: " + fs + " and " + x);
        }
        return result;
      }
    }
    result.add(x);
    return result;
  }
}
