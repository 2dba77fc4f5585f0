package dev.hops.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a field is, as a diff names it: {@code spec.template.spec.containers[name=app].image},
 * {@code args[0]}, keys that are not simple words in brackets ({@code data["app.conf"]}). Built as
 * a chain while walking and written out only for the fields that differ.
 */
final class FieldPath {

  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_$/-]+");
  private static final Pattern SIMPLE_VALUE = Pattern.compile("[^\\[\\]=,\"\\s]+");

  /** The object's root. */
  static final FieldPath ROOT = new FieldPath(null, null, null);

  private final FieldPath parent;

  /** A mapping key, or null for a list item. */
  private final String key;

  /** A list item's selector ({@code [0]}, {@code [name=app]}), or null for a mapping key. */
  private final String item;

  private FieldPath(FieldPath parent, String key, String item) {
    this.parent = parent;
    this.key = key;
    this.item = item;
  }

  boolean isRoot() {
    return parent == null;
  }

  /** A mapping key below this field. */
  FieldPath key(String name) {
    return new FieldPath(this, name, null);
  }

  /** A list item by position. */
  FieldPath index(int index) {
    return new FieldPath(this, null, "[" + index + "]");
  }

  /** A list item by its key fields: {@code ports[containerPort=53,protocol=UDP]}. */
  FieldPath keyed(List<String> names, List<String> values) {
    StringBuilder out = new StringBuilder("[");
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
    return new FieldPath(this, null, out.append(']').toString());
  }

  /**
   * The path as the OpenAPI schema is walked: field names, {@code []} for list items ({@link
   * dev.hops.kustomize.ListKeys#ITEMS}).
   */
  List<String> schemaPath() {
    List<String> out = new ArrayList<>();
    for (FieldPath p = this; p.parent != null; p = p.parent) {
      out.add(0, p.key != null ? p.key : dev.hops.kustomize.ListKeys.ITEMS);
    }
    return out;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String up = parent.toString();
    if (item != null) {
      return up + item;
    }
    if (SIMPLE.matcher(key).matches()) {
      return up.isEmpty() ? key : up + "." + key;
    }
    return up + "[" + quoted(key) + "]";
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
