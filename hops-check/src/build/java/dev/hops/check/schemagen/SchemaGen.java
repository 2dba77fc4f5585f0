package dev.hops.check.schemagen;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Build step: derives the schemas of Kubernetes' built-in kinds, one file per Kubernetes minor,
 * from releases of the Kubernetes Java client, whose classes are generated from the OpenAPI
 * document of their Kubernetes release. Run by Maven in generate-resources as {@code SchemaGen
 * JAR_DIR OUT_DIR}; the jars are named {@code kubernetes-<minor>-client-java-api-<version>.jar}.
 *
 * <p>Output ({@code OUT_DIR/<minor>.schema.gz}, read by {@code dev.hops.check.schema.BuiltIns}):
 * "+APIVERSION KIND DEFINITION" for every kind the release serves, then "=DEFINITION" and one line
 * per field: "NAME TYPE" with TYPE {@code s} string, {@code i} integer, {@code n} number, {@code b}
 * boolean, {@code t} date-time, {@code y} base64 bytes, {@code x} int-or-string, {@code q}
 * quantity, {@code a} anything, {@code @DEF} a definition, {@code [TYPE} a list, {@code {TYPE} a
 * map of strings to TYPE; a field the definition requires ends with " !".
 */
public final class SchemaGen {

  private static final Pattern JAR =
      Pattern.compile("kubernetes-(\\d+)\\.(\\d+)-client-java-api-(.+)\\.jar");

  /** One field line. */
  record Field(String name, String type, boolean required) {}

  /** What one release serves and defines. */
  record Release(String minor, String client, List<String> kinds, Map<String, List<Field>> defs) {}

  private SchemaGen() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    TreeMap<Integer, Path> jars = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path jar : files.toList()) {
        Matcher m = JAR.matcher(jar.getFileName().toString());
        if (m.matches()) {
          jars.put(Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)), jar);
        }
      }
    }
    if (jars.isEmpty()) {
      throw new IOException("no client-java-api jars in " + args[0]);
    }
    if (upToDate(out, jars.values())) {
      return;
    }
    List<Release> releases = new ArrayList<>();
    for (Path jar : jars.values()) {
      Matcher m = JAR.matcher(jar.getFileName().toString());
      m.matches();
      releases.add(read(jar, m.group(1) + "." + m.group(2), m.group(3)));
    }
    dropUnenforcedRequirements(releases);
    List<String> minors = new ArrayList<>();
    for (Release r : releases) {
      write(r, out.resolve(r.minor() + ".schema.gz"));
      minors.add(r.minor());
    }
    Files.writeString(out.resolve("versions"), String.join("\n", minors) + "\n");
  }

  /** True when the version list is newer than every jar and every class of this generator. */
  private static boolean upToDate(Path out, Iterable<Path> jars) throws IOException {
    Path versions = out.resolve("versions");
    if (!Files.exists(versions)) {
      return false;
    }
    FileTime made = Files.getLastModifiedTime(versions);
    List<Path> inputs = new ArrayList<>();
    jars.forEach(inputs::add);
    Path self =
        Path.of(SchemaGen.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    try (Stream<Path> classes = Files.walk(self)) {
      classes.forEach(inputs::add);
    }
    for (Path p : inputs) {
      if (Files.getLastModifiedTime(p).compareTo(made) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static Release read(Path jar, String minor, String client) throws IOException {
    try (ClientJar j = new ClientJar(jar)) {
      List<String> kinds = new ArrayList<>();
      Deque<String> todo = new ArrayDeque<>();
      for (ClientJar.Kind k : j.kinds()) {
        kinds.add(k.apiVersion() + " " + k.kind() + " " + k.model());
        todo.add(k.model());
      }
      if (kinds.isEmpty()) {
        throw new IOException(jar + ": no kinds found in the API classes");
      }
      Map<String, List<Field>> defs = new TreeMap<>();
      while (!todo.isEmpty()) {
        String model = todo.poll();
        if (!defs.containsKey(model)) {
          defs.put(model, definition(j, model, todo));
        }
      }
      return new Release(minor, client, kinds, defs);
    }
  }

  /**
   * Kubernetes has corrected fields that its OpenAPI called required but its validation never
   * demanded (StatefulSetSpec.serviceName in 1.33, NetworkPolicySpec.podSelector in 1.34): a field
   * stays required only when every later release that still has the definition requires it too.
   */
  private static void dropUnenforcedRequirements(List<Release> releases) {
    for (int i = 0; i < releases.size(); i++) {
      for (Map.Entry<String, List<Field>> def : releases.get(i).defs().entrySet()) {
        List<Field> fields = def.getValue();
        for (int f = 0; f < fields.size(); f++) {
          Field field = fields.get(f);
          if (field.required() && !requiredLater(releases, i, def.getKey(), field.name())) {
            fields.set(f, new Field(field.name(), field.type(), false));
          }
        }
      }
    }
  }

  private static boolean requiredLater(List<Release> releases, int from, String def, String name) {
    for (Release later : releases.subList(from + 1, releases.size())) {
      List<Field> fields = later.defs().get(def);
      if (fields != null && fields.stream().anyMatch(f -> f.name().equals(name) && !f.required())) {
        return false;
      }
    }
    return true;
  }

  private static void write(Release r, Path target) throws IOException {
    try (PrintWriter p =
        new PrintWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8))) {
      p.println(
          "# Kubernetes "
              + r.minor()
              + ": derived from io.kubernetes:client-java-api:"
              + r.client());
      r.kinds().forEach(k -> p.println("+" + k));
      r.defs()
          .forEach(
              (name, fields) -> {
                p.println("=" + name);
                for (Field f : fields) {
                  p.println(f.name() + " " + f.type() + (f.required() ? " !" : ""));
                }
              });
    }
    System.out.println(
        "schemagen: Kubernetes "
            + r.minor()
            + " from client-java-api "
            + r.client()
            + ": "
            + r.kinds().size()
            + " kinds, "
            + r.defs().size()
            + " definitions");
  }

  /** The fields of a model class; the models it refers to are added to {@code todo}. */
  private static List<Field> definition(ClientJar jar, String model, Deque<String> todo)
      throws IOException {
    ClassFile cls = jar.load(ClientJar.MODELS + model);
    if (cls == null) {
      throw new IOException("model class " + model + " not found");
    }
    Set<String> known = StaticSets.added(cls, "openapiFields");
    Set<String> required = StaticSets.added(cls, "openapiRequiredFields");
    List<Field> fields = new ArrayList<>();
    for (ClassFile.Field f : cls.fields) {
      if (f.serializedName() == null) {
        continue;
      }
      if (!known.contains(f.serializedName())) {
        throw new IOException(model + "." + f.name() + ": not among openapiFields " + known);
      }
      String type = Types.code(f.type(), model + "." + f.name(), todo);
      fields.add(new Field(f.serializedName(), type, required.contains(f.serializedName())));
    }
    if (fields.size() != known.size() || !known.containsAll(required)) {
      throw new IOException(model + ": fields " + fields + " do not match openapiFields " + known);
    }
    return fields;
  }
}
