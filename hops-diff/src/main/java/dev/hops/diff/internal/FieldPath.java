package dev.hops.diff.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a field is named in a diff: {@code spec.template.spec.containers[name=app].image}, {@code
 * args[0]}, keys that are not simple words in brackets ({@code data["app.conf"]}).
 */
final class FieldPath {

  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_$/-]+");
  private static final Pattern SIMPLE_VALUE = Pattern.compile("[^\\[\\]=,\"\\s]+");

  private FieldPath() {}

  /** A mapping key below {@code parent} ("" at the object's root). */
  static String key(String parent, String key) {
    if (SIMPLE.matcher(key).matches()) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[" + quoted(key) + "]";
  }

  /** A list item by position. */
  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** A list item by its key fields: {@code ports[containerPort=53,protocol=UDP]}. */
  static String keyed(String parent, List<String> names, List<String> values) {
    StringBuilder out = new StringBuilder(parent).append('[');
    boolean first = true;
    for (int i = 0; i < names.size(); i++) {
      if (values.get(i) == null) {
        continue; // an optional list-map key the item leaves out
      }
      String v = values.get(i);
      out.append(first ? "" : ",").append(names.get(i)).append('=');
      out.append(SIMPLE_VALUE.matcher(v).matches() ? v : quoted(v));
      first = false;
    }
    return out.append(']').toString();
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
