package dev.hops.check.schema;

import dev.hops.yaml.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What to say about a field the schema does not know: which schema, and the likely typo. */
final class UnknownFields {

  private UnknownFields() {}

  static String message(Schema s) {
    return "unknown field" + (s.title == null ? "" : " (not in " + s.title + ")");
  }

  /** "did you mean 'replicas'?" for a near name, else the fields there are, when few. */
  static String hint(String name, Schema s) {
    String near = nearest(name, s);
    if (near != null) {
      return "did you mean '" + near + "'?";
    }
    if (s.properties.isEmpty()) {
      return "remove it: this object takes no fields";
    }
    List<String> names = new ArrayList<>(s.properties.keySet());
    names.sort(null);
    if (names.size() > 12) {
      return "remove it or move it where it belongs";
    }
    return "remove it; the fields here are " + String.join(", ", names);
  }

  private static String nearest(String name, Schema s) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : s.properties.keySet()) {
      int d =
          candidate.equalsIgnoreCase(name)
              ? 0
              : EditDistance.between(
                  name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance
          || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    int limit = Math.min(2, Math.max(1, name.length() / 4));
    return bestDistance <= limit ? best : null;
  }
}
