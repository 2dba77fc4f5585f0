package dev.hops.check.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The built-in kinds of one Kubernetes minor: which apiVersion/kind pairs it serves and their
 * schemas, made per definition on first use from the file the build derived (see {@code SchemaGen}
 * for its format).
 */
public final class BuiltIns {

  /** The group or version prefix of a definition's name: {@code V1}, {@code CoreV1}. */
  private static final Pattern PREFIX =
      Pattern.compile("^(?:[A-Z][a-z]+)*V\\d+(?:(?:alpha|beta)\\d+)?");

  private final String minor;
  private final Map<String, String> kinds = new LinkedHashMap<>();
  private final Map<String, List<String>> definitions = new HashMap<>();
  private final Map<String, Schema> built = new ConcurrentHashMap<>();
  private final Map<String, Schema> types = new ConcurrentHashMap<>();

  private BuiltIns(String minor) {
    this.minor = minor;
  }

  /** The built-in kinds of a minor that {@link KubeVersions#available()} lists. */
  public static BuiltIns load(String minor) {
    BuiltIns b = new BuiltIns(minor);
    List<String> current = new ArrayList<>();
    KubeVersions.lines(
        KubeVersions.RESOURCES + minor + ".schema.gz",
        true,
        (Consumer<String>)
            line -> {
              if (line.startsWith("+")) {
                String[] p = line.substring(1).split(" ");
                b.kinds.put(p[0] + " " + p[1], p[2]);
              } else if (line.startsWith("=")) {
                List<String> fields = new ArrayList<>();
                b.definitions.put(line.substring(1), fields);
                current.clear();
                current.add(line.substring(1));
              } else if (!line.startsWith("#") && !current.isEmpty()) {
                b.definitions.get(current.get(0)).add(line);
              }
            });
    return b;
  }

  /**
   * The {@code apiVersion kind} pairs a minor serves, without its definitions (the file lists them
   * first).
   */
  static List<String> served(String minor) {
    List<String> out = new ArrayList<>();
    KubeVersions.lines(
        KubeVersions.RESOURCES + minor + ".schema.gz",
        true,
        (Predicate<String>)
            line -> {
              if (line.startsWith("+")) {
                String[] p = line.substring(1).split(" ");
                out.add(p[0] + " " + p[1]);
              }
              return !line.startsWith("=");
            });
    return out;
  }

  public String minor() {
    return minor;
  }

  public boolean serves(String apiVersion, String kind) {
    return kinds.containsKey(apiVersion + " " + kind);
  }

  /** The apiVersions this minor serves a kind as (any group). */
  public List<String> apiVersionsOf(String kind) {
    List<String> out = new ArrayList<>();
    for (String k : kinds.keySet()) {
      int space = k.indexOf(' ');
      if (k.substring(space + 1).equals(kind)) {
        out.add(k.substring(0, space));
      }
    }
    return out;
  }

  /** The kinds this minor serves as an apiVersion. */
  List<String> kindsOf(String apiVersion) {
    List<String> out = new ArrayList<>();
    for (String k : kinds.keySet()) {
      int space = k.indexOf(' ');
      if (k.substring(0, space).equals(apiVersion)) {
        out.add(k.substring(space + 1));
      }
    }
    return out;
  }

  /** The schema of a served kind, or null. */
  public Schema kind(String apiVersion, String kind) {
    String def = kinds.get(apiVersion + " " + kind);
    return def == null ? null : definition(def);
  }

  /** ObjectMeta, which custom objects' metadata is checked against. */
  public Schema objectMeta() {
    return definition("V1ObjectMeta");
  }

  Schema definition(String name) {
    Schema s = built.get(name);
    if (s == null) {
      s = build(name);
      built.put(name, s);
    }
    return s;
  }

  private Schema build(String name) {
    List<String> lines = definitions.get(name);
    if (lines == null) {
      throw new IllegalStateException("Kubernetes " + minor + ": no definition " + name);
    }
    Map<String, Schema> properties = new HashMap<>();
    List<String> required = new ArrayList<>();
    for (String line : lines) {
      String[] p = line.split(" ");
      properties.put(p[0], type(p[1]));
      if (p.length > 2) {
        required.add(p[0]);
      }
    }
    Schema.Builder b = new Schema.Builder();
    b.types = Schema.OBJECT;
    b.properties = properties;
    b.required = required;
    b.closed = true;
    b.title = PREFIX.matcher(name).replaceFirst("");
    return b.build();
  }

  /** The schema of a field's type code. */
  private Schema type(String code) {
    Schema s = types.get(code);
    if (s == null) {
      s = makeType(code);
      types.put(code, s);
    }
    return s;
  }

  private Schema makeType(String code) {
    Schema.Builder b = new Schema.Builder();
    switch (code.charAt(0)) {
      case '@' -> {
        return Schema.ref(() -> definition(code.substring(1)));
      }
      case '[' -> {
        b.types = Schema.ARRAY;
        b.items = type(code.substring(1));
      }
      case '{' -> {
        b.types = Schema.OBJECT;
        b.additional = type(code.substring(1));
      }
      case 's', 't', 'y' -> b.types = Schema.STRING;
      case 'i' -> b.types = Schema.INTEGER;
      case 'n' -> b.types = Schema.NUMBER;
      case 'b' -> b.types = Schema.BOOLEAN;
      case 'x' -> b.types = Schema.INTEGER | Schema.STRING;
      case 'q' -> b.quantity = true;
      case 'a' -> {
        return Schema.ANY;
      }
      default -> throw new IllegalStateException("Kubernetes " + minor + ": type code " + code);
    }
    return b.build();
  }
}
