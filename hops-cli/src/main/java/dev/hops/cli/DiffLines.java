package dev.hops.cli;

import dev.hops.diff.Action;
import dev.hops.diff.Change;
import dev.hops.diff.FieldChange;
import dev.hops.diff.TextDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one object's change, as the unified and markdown outputs show them: the object
 * ({@code + added}, {@code - removed}, {@code ~ changed}, {@code ~ renamed}), then each field as a
 * {@code -} line with its old value and a {@code +} line with its new one; a multi-line text field
 * as hunks of lines; an added or removed object as its YAML. Each line starts with its marker, so
 * that a {@code diff} code block colors it.
 */
final class DiffLines {

  /** Unchanged lines shown around a change inside a text value. */
  static final int CONTEXT = 3;

  private static final String FIELD = "   ";
  private static final String TEXT = "     ";

  private DiffLines() {}

  static List<String> of(Change c) {
    List<String> out = new ArrayList<>();
    out.add(header(c));
    for (FieldChange f : c.fields()) {
      field(out, f);
    }
    if (c.yaml() != null) {
      // the whole object, for what is applied (+) or pruned (-)
      char marker = c.action() == Action.REMOVED ? '-' : '+';
      for (String line : c.yaml().split("\n")) {
        out.add(marker + FIELD + line);
      }
    }
    return out;
  }

  private static String header(Change c) {
    String line =
        switch (c.action()) {
          case ADDED -> "+ added ";
          case REMOVED -> "- removed ";
          case CHANGED -> "~ changed ";
          case RENAMED -> "~ renamed ";
        };
    line += c.object();
    return c.action() == Action.RENAMED ? line + " (from " + c.renamedFrom() + ")" : line;
  }

  private static void field(List<String> out, FieldChange f) {
    List<String> text = TextDiff.lines(f, CONTEXT);
    if (text != null) {
      out.add(" " + FIELD + f.path() + ":");
      for (String line : text) {
        out.add(
            line.startsWith("@@") ? " " + TEXT + line : line.charAt(0) + TEXT + line.substring(1));
      }
      return;
    }
    if (f.before() != null) {
      out.add("-" + FIELD + f.path() + ": " + f.before());
    }
    if (f.after() != null) {
      out.add("+" + FIELD + f.path() + ": " + f.after());
    }
  }
}
