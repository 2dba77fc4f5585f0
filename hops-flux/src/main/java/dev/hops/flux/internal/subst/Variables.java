package dev.hops.flux.internal.subst;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The variables of one Flux Kustomization, assembled as kustomize-controller's {@code
 * LoadVariables} and {@code SubstituteVariables} do: {@code substituteFrom} entries in order (a
 * ConfigMap's {@code .data}, a Secret's decoded {@code .data} with {@code .stringData} over it;
 * later entries overwrite earlier keys; a missing optional entry is skipped), then the inline
 * {@code substitute} map over them. Every value has its {@code \n} characters removed.
 *
 * <p>A missing required entry does not fail here: Flux loads the variables for each object it
 * substitutes, after the opt-out check, so the failure is raised by {@link Substitution} for the
 * first object that is not opted out (and never when all are).
 *
 * <p>Values of a SOPS-encrypted source are unknown offline, and the values of a plain Secret must
 * not reach the output: each becomes {@link #placeholder(String)} (unless plain Secrets are
 * revealed on request), and {@link #placeholders()} tells which variables still hold one after the
 * overrides, so the caller can warn. The Secret's keys still count: a key it lacks is undefined.
 */
public final class Variables {

  private final Map<String, String> values;
  private final Map<String, String> placeholders;
  private final LoadError loadError;

  /** Why the variables could not be loaded: Flux's message and the substituteFrom entry. */
  public record LoadError(String message, SourcePos ref) {
    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof LoadError that
              && Objects.equals(message, that.message)
              && Objects.equals(ref, that.ref);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(message) + Objects.hashCode(ref);
    }

    @Override
    public String toString() {
      return "LoadError[message=" + message + ", ref=" + ref + "]";
    }
  }

  private Variables(
      Map<String, String> values, Map<String, String> placeholders, LoadError loadError) {
    this.values = Collections.unmodifiableMap(values);
    this.placeholders = Collections.unmodifiableMap(placeholders);
    this.loadError = loadError;
  }

  /** Only inline variables (or a {@code flux build --dry-run}, which skips substituteFrom). */
  public static Variables of(Map<String, String> inline) {
    return collect(List.of(), inline);
  }

  /**
   * Assembles the variables.
   *
   * @param sources the substituteFrom entries in order, resolved
   * @param inline {@code spec.postBuild.substitute}, or null when absent
   */
  public static Variables collect(List<VariableSource> sources, Map<String, String> inline) {
    return collect(sources, inline, false);
  }

  /**
   * Assembles the variables; {@code revealSecrets} passes the values of plain (unencrypted) Secrets
   * through as Flux does, instead of placeholders.
   */
  public static Variables collect(
      List<VariableSource> sources, Map<String, String> inline, boolean revealSecrets) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> placeholders = new LinkedHashMap<>();
    LoadError error = null;
    for (VariableSource source : sources) {
      try {
        // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
        if (source instanceof VariableSource.Missing m) {
          if (!m.optional()) {
            throw new SourceError(m.kind(), m.name(), notFound(m.kind(), m.name()));
          }
        } else if (source instanceof VariableSource.Found f) {
          merge(read(f.object(), false, revealSecrets), values, placeholders);
        } else {
          VariableSource.Encrypted enc = (VariableSource.Encrypted) source;
          merge(read(enc.object(), true, false), values, placeholders);
        }
      } catch (SourceError e) {
        error =
            new LoadError(
                "substitute from '" + e.kind + "/" + e.name + "' error: " + e.getMessage(),
                source.ref());
        break;
      }
    }
    if (inline != null) {
      for (Map.Entry<String, String> e : inline.entrySet()) {
        values.put(e.getKey(), removeNewlines(e.getValue()));
        placeholders.remove(e.getKey());
      }
    }
    return new Variables(values, placeholders, error);
  }

  /**
   * The value given to a variable taken from a Secret: {@code ..PLACEHOLDER_<KEY>..} (flux-local's
   * form). A SOPS-encrypted value cannot be known offline, and a plain Secret's value must not be
   * printed. It is a plain YAML string wherever it lands (only letters, digits, {@code _} and dots;
   * never read as a number, bool or null, and safe inside quoted scalars), easy to spot in the
   * output, and reveals nothing of the value or the ciphertext.
   */
  public static String placeholder(String key) {
    return "..PLACEHOLDER_" + key + "..";
  }

  /** The variables by name, in the order they were first set. */
  public Map<String, String> values() {
    return values;
  }

  /** Variables holding a Secret placeholder, with the {@code Kind/name} they came from. */
  public Map<String, String> placeholders() {
    return placeholders;
  }

  /** The failure to load a required substituteFrom entry, or null. */
  public LoadError loadError() {
    return loadError;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  private static void merge(
      Map<String, Value> read, Map<String, String> values, Map<String, String> placeholders) {
    for (Map.Entry<String, Value> e : read.entrySet()) {
      values.put(e.getKey(), e.getValue().text());
      if (e.getValue().encryptedIn() != null) {
        placeholders.put(e.getKey(), e.getValue().encryptedIn());
      } else {
        placeholders.remove(e.getKey());
      }
    }
  }

  static String removeNewlines(String value) {
    return value.replace("\n", "");
  }

  // --- reading ConfigMaps and Secrets ---

  /** An error reading one source, reported as Flux's "substitute from 'Kind/name' error: ...". */
  private static final class SourceError extends Exception {
    final String kind;
    final String name;

    SourceError(String kind, String name, String message) {
      super(message, null, false, false);
      this.kind = kind;
      this.name = name;
    }
  }

  /** The Kubernetes API's NotFound message: {@code configmaps "x" not found}. */
  private static String notFound(String kind, String name) {
    String resource = kind.toLowerCase(java.util.Locale.ROOT) + "s";
    return resource + " \"" + name + "\" not found";
  }

  /** A value read from a source; {@code encryptedIn} names the source of a placeholder. */
  private record Value(String text, String encryptedIn) {}

  private static Map<String, Value> read(MappingNode object, boolean encrypted, boolean reveal)
      throws SourceError {
    String kind = kind(object);
    Map<String, Value> out = new LinkedHashMap<>();
    switch (kind) {
      case "ConfigMap" -> readStrings(object, "data", encrypted, false, out);
      case "Secret" -> {
        readStrings(object, "data", encrypted, true, out);
        readStrings(object, "stringData", encrypted, false, out);
        if (!reveal) {
          out.replaceAll((key, v) -> new Value(placeholder(key), kind + "/" + name(object)));
        }
      }
      default ->
          throw new IllegalArgumentException(
              "substituteFrom takes a ConfigMap or a Secret, not " + kind);
    }
    return out;
  }

  private static void readStrings(
      MappingNode object, String field, boolean encrypted, boolean base64, Map<String, Value> out)
      throws SourceError {
    Node data = object.get(field);
    if (data == null || data.isNull()) {
      return;
    }
    String kind = kind(object);
    String name = name(object);
    if (!(data instanceof MappingNode m)) {
      throw new SourceError(kind, name, cannotUnmarshal(data, kind, field, "map[string]string"));
    }
    for (MappingNode.Entry e : m.entries()) {
      String key = e.name();
      String value = scalarText(e.value(), kind, name, field);
      if (encrypted && Sops.isEncryptedValue(value)) {
        out.put(key, new Value(placeholder(key), kind + "/" + name));
        continue;
      }
      if (base64) {
        value = decodeBase64(value, kind, name);
      }
      if (Sops.isEncryptedDocument(value)) {
        // e.g. a secretGenerator file that Flux would decrypt: never pass on the ciphertext
        out.put(key, new Value(placeholder(key), kind + "/" + name));
        continue;
      }
      out.put(key, new Value(removeNewlines(value), null));
    }
  }

  /**
   * The text of a data value. The API server only takes strings; a number or bool written unquoted
   * is taken as its text (the object would fail to apply, which is reported elsewhere).
   */
  private static String scalarText(Node value, String kind, String name, String field)
      throws SourceError {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (value instanceof ScalarNode s) {
      return s.isNull() ? "" : s.value();
    }
    throw new SourceError(kind, name, cannotUnmarshal(value, kind, field, "string"));
  }

  private static String cannotUnmarshal(Node node, String kind, String field, String type) {
    String jsonType = node instanceof SequenceNode ? "array" : "object";
    return "json: cannot unmarshal "
        + jsonType
        + " into Go struct field "
        + kind
        + "."
        + field
        + " of type "
        + type;
  }

  /** Go's base64.StdEncoding as Kubernetes decodes {@code []byte}: CR and LF are ignored. */
  private static String decodeBase64(String value, String kind, String name) throws SourceError {
    String compact = value.replace("\r", "").replace("\n", "");
    try {
      byte[] bytes = Base64.getDecoder().decode(compact);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new SourceError(kind, name, "illegal base64 data at input byte " + badByte(compact));
    }
  }

  /** Roughly where Go's decoder stops: the first byte outside the alphabet, else the end. */
  private static int badByte(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/'
              || c == '=';
      if (!ok) {
        return i;
      }
    }
    return s.length();
  }

  private static String kind(MappingNode object) {
    return java.util.Objects.requireNonNullElse(object.getString("kind"), "");
  }

  private static String name(MappingNode object) {
    MappingNode meta = object.getMapping("metadata");
    String name = meta == null ? null : meta.getString("name");
    return name == null ? "" : name;
  }
}
