package dev.hops.diff;

import dev.hops.diff.internal.Alignment;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A field whose values are multi-line strings (a config file in a ConfigMap, a script) shown line
 * by line, as {@code diff -u} shows a file: {@code @@ -3,4 +3,5 @@} hunk headers, then lines that
 * start with {@code -}, {@code +} or a space (context).
 */
public final class TextDiff {

  private TextDiff() {}

  /**
   * The hunks of a field change with {@code context} unchanged lines around each change; null when
   * neither value is a string of several lines (then the change reads best on one line).
   */
  public static List<String> lines(FieldChange change, int context) {
    String before = string(change.before());
    String after = string(change.after());
    boolean multiLine =
        (before != null && before.contains("\n")) || (after != null && after.contains("\n"));
    if (!multiLine
        || (change.before() != null && before == null)
        || (change.after() != null && after == null)) {
      return null;
    }
    return hunks(split(before), split(after), context);
  }

  /** The string a flow value stands for, or null when it is not a string. */
  private static String string(String flow) {
    if (flow == null) {
      return null;
    }
    try {
      Node n = YamlReader.withDefaults().readDocument(flow, "value");
      return n instanceof ScalarNode s && s.isString() ? s.value() : null;
    } catch (HopsException e) {
      return null;
    }
  }

  private static List<String> split(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return List.of(t.split("\n", -1));
  }

  private static List<String> hunks(List<String> a, List<String> b, int context) {
    List<int[]> common = new ArrayList<>(Alignment.commonItems(a, b, String::equals));
    common.add(new int[] {a.size(), b.size()});
    // the edit script: ' ' kept, '-' removed, '+' added, with positions in a and b
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int[] m : common) {
      for (; i < m[0]; i++) {
        edits.add(new Edit('-', i, j, a.get(i)));
      }
      for (; j < m[1]; j++) {
        edits.add(new Edit('+', i, j, b.get(j)));
      }
      if (i < a.size() && j < b.size()) {
        edits.add(new Edit(' ', i++, j++, a.get(m[0])));
      }
    }
    return format(edits, context);
  }

  private record Edit(char op, int lineA, int lineB, String text) {}

  private static List<String> format(List<Edit> edits, int context) {
    List<String> out = new ArrayList<>();
    int k = 0;
    while (k < edits.size()) {
      if (edits.get(k).op() == ' ') {
        k++;
        continue;
      }
      int start = Math.max(0, k - context);
      int end = k;
      // extend the hunk while the next change is within two contexts
      int quiet = 0;
      for (int x = k; x < edits.size() && quiet <= 2 * context; x++) {
        quiet = edits.get(x).op() == ' ' ? quiet + 1 : 0;
        end = x;
      }
      end = Math.min(edits.size() - 1, end - Math.max(0, quiet - context));
      out.add(header(edits, start, end));
      for (int x = start; x <= end; x++) {
        out.add(edits.get(x).op() + edits.get(x).text());
      }
      k = end + 1;
    }
    return out;
  }

  private static String header(List<Edit> edits, int start, int end) {
    int countA = 0;
    int countB = 0;
    for (int x = start; x <= end; x++) {
      char op = edits.get(x).op();
      countA += op != '+' ? 1 : 0;
      countB += op != '-' ? 1 : 0;
    }
    Edit first = edits.get(start);
    return "@@ -"
        + (first.lineA() + (countA > 0 ? 1 : 0))
        + ","
        + countA
        + " +"
        + (first.lineB() + (countB > 0 ? 1 : 0))
        + ","
        + countB
        + " @@";
  }
}
