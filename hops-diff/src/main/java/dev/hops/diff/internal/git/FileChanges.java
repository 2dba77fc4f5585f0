package dev.hops.diff.internal.git;

import dev.hops.diff.ChangedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The files that differ between two indexes of the same folder: compared by kind and Git object id,
 * so that no content is read (the working tree's ids are those {@code git add} would give).
 */
public final class FileChanges {

  private FileChanges() {}

  /** Paths relative to the folder, sorted. */
  public static List<ChangedFile> between(TreeIndex base, TreeIndex head) {
    Map<String, TreeIndex.Entry> before = base.leaves();
    Map<String, TreeIndex.Entry> after = head.leaves();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    List<ChangedFile> out = new ArrayList<>();
    for (String p : paths) {
      TreeIndex.Entry b = before.get(p);
      TreeIndex.Entry a = after.get(p);
      ChangedFile.Status status =
          b == null
              ? ChangedFile.Status.ADDED
              : a == null
                  ? ChangedFile.Status.REMOVED
                  : b.equals(a) ? null : ChangedFile.Status.MODIFIED;
      if (status != null) {
        out.add(new ChangedFile(relative(p, head.prefix()), status));
      }
    }
    return out;
  }

  private static String relative(String path, String prefix) {
    return prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
  }
}
