package dev.hops.kustomize.internal.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI definitions kustomize merges with: kyaml's default built-in schema (Kubernetes
 * v1.21.2) plus the kustomizationapi definitions kyaml adds to it, reduced to what strategic merge
 * patching consults (see the header of the resource file for its format).
 *
 * <p>Loading indexes the definitions and their group/version/kinds only; a definition's properties
 * are decoded the first time it is used, then cached.
 */
public final class OpenApiSchema {

  static final String RESOURCE = "/dev/hops/kustomize/openapi/kubernetes-1.21.2.schema";

  private static final class Holder {
    static final OpenApiSchema BUILTIN = load(RESOURCE);
  }

  /** The default built-in schema (loaded on first use). */
  public static OpenApiSchema builtin() {
    return Holder.BUILTIN;
  }

  private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

  private final String text;

  /** Definition name to the offset of its first property line. */
  private final Map<String, Integer> offsets;

  /** "apiVersion kind" to definition name ({@code x-kubernetes-group-version-kind}). */
  private final Map<String, String> byResourceType;

  private final Map<String, ResourceSchema> definitions = new ConcurrentHashMap<>();

  private OpenApiSchema(String text) {
    this.text = text;
    Map<String, Integer> offs = new HashMap<>(1024);
    Map<String, String> types = new HashMap<>(512);
    int n = text.length();
    // only the definition lines ("=NAME GVK...") are read now
    int i = text.startsWith("=") ? 0 : text.indexOf("\n=");
    while (i >= 0 && i < n) {
      if (text.charAt(i) == '\n') {
        i++;
      }
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        eol = n;
      }
      int sp = text.indexOf(' ', i);
      int nameEnd = sp < 0 || sp > eol ? eol : sp;
      String name = text.substring(i + 1, nameEnd);
      offs.put(name, eol + 1);
      int p = nameEnd;
      while (p < eol) {
        int start = p + 1;
        int end = text.indexOf(' ', start);
        if (end < 0 || end > eol) {
          end = eol;
        }
        int comma = text.indexOf(',', start);
        // "apiVersion,kind" becomes the key "apiVersion kind"; kyaml indexes a definition by
        // each of its group/version/kinds
        types.put(text.substring(start, comma) + " " + text.substring(comma + 1, end), name);
        p = end;
      }
      i = text.indexOf("\n=", eol);
    }
    this.offsets = offs;
    this.byResourceType = types;
  }

  static OpenApiSchema load(String resource) {
    try (InputStream in = OpenApiSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      // the file is ASCII
      return new OpenApiSchema(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a schema in this class's text format (for tests). */
  public static OpenApiSchema parse(String text) {
    return new OpenApiSchema(text);
  }

  /**
   * kyaml {@code SchemaForResourceType}: the schema of the definition whose {@code
   * x-kubernetes-group-version-kind} names this apiVersion and kind, or null.
   */
  public ResourceSchema schemaForResourceType(String apiVersion, String kind) {
    String name = byResourceType.get(apiVersion + " " + kind);
    return name == null ? null : definition(name);
  }

  /**
   * The schema of a kind at the version of its group the schema knows best, for an apiVersion it
   * does not know ({@code autoscaling/v2} in a v1.21 schema): the stable version of the group with
   * the highest number, else a beta or alpha one; null when the group and kind are unknown.
   */
  public ResourceSchema schemaForGroupKind(String group, String kind) {
    String best = null;
    for (String type : byResourceType.keySet()) {
      int sp = type.indexOf(' ');
      String apiVersion = type.substring(0, sp);
      int slash = apiVersion.indexOf('/');
      String g = slash < 0 ? "" : apiVersion.substring(0, slash);
      if (g.equals(group) && type.substring(sp + 1).equals(kind)) {
        String version = apiVersion.substring(slash + 1);
        if (best == null || versionRank(version) > versionRank(best)) {
          best = version;
        }
      }
    }
    if (best == null) {
      return null;
    }
    return schemaForResourceType(group.isEmpty() ? best : group + "/" + best, kind);
  }

  /** Orders Kubernetes versions: v2 above v1, v1 above v2beta1, beta above alpha. */
  private static int versionRank(String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      return 0;
    }
    int major = Integer.parseInt(m.group(1));
    int stage = m.group(2) == null ? 2 : m.group(2).equals("beta") ? 1 : 0;
    int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return stage * 1_000_000 + major * 1_000 + minor;
  }

  /** The named definition ({@code #/definitions/NAME}), or null. */
  public ResourceSchema definition(String name) {
    ResourceSchema s = definitions.get(name);
    if (s == null) {
      if (!offsets.containsKey(name)) {
        return null;
      }
      s = definitions.computeIfAbsent(name, k -> ResourceSchema.definition(this, k));
    }
    return s;
  }

  Map<String, ResourceSchema> decodeProperties(String name) {
    Integer start = offsets.get(name);
    if (start == null) {
      return Map.of();
    }
    Map<String, ResourceSchema> props = new HashMap<>();
    int n = text.length();
    int i = start;
    while (i < n && text.charAt(i) != '=') {
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        eol = n;
      }
      if (text.charAt(i) != '#' && eol > i) {
        decodeProperty(text.substring(i, eol), props);
      }
      i = eol + 1;
    }
    return Collections.unmodifiableMap(props);
  }

  private void decodeProperty(String line, Map<String, ResourceSchema> props) {
    String[] parts = line.split(" ", -1);
    String strategy = parts.length > 2 ? parts[2] : null;
    String mergeKey = parts.length > 3 && !parts[3].equals("-") ? parts[3] : null;
    List<String> listMapKeys = parts.length > 4 ? List.of(parts[4].split(",", -1)) : null;
    props.put(parts[0], decodeSpec(parts[1], 0, strategy, mergeKey, listMapKeys));
  }

  private ResourceSchema decodeSpec(
      String spec, int at, String strategy, String mergeKey, List<String> listMapKeys) {
    if (at >= spec.length()) {
      // "[" alone: an array without items
      return ResourceSchema.inline(this, false, null, null, strategy, mergeKey, listMapKeys);
    }
    char c = spec.charAt(at);
    return switch (c) {
      case '@' -> ResourceSchema.reference(this, spec.substring(at + 1));
      case '[' ->
          ResourceSchema.inline(
              this,
              true,
              at + 1 < spec.length() ? decodeSpec(spec, at + 1, null, null, null) : null,
              null,
              strategy,
              mergeKey,
              listMapKeys);
      case '{' ->
          ResourceSchema.inline(
              this,
              false,
              null,
              decodeSpec(spec, at + 1, null, null, null),
              strategy,
              mergeKey,
              listMapKeys);
      case '-' -> ResourceSchema.inline(this, false, null, null, strategy, mergeKey, listMapKeys);
      default -> throw new IllegalStateException("bad schema spec: " + spec);
    };
  }

  /** All definition names (for tests). */
  List<String> definitionNames() {
    return new ArrayList<>(offsets.keySet());
  }
}
