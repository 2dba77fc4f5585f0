package dev.hops.flux.internal.subst;

import dev.hops.flux.FluxException;
import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.ResId;
import dev.hops.kustomize.internal.filters.jsonpatch.GoJson;
import dev.hops.kustomize.internal.filters.jsonpatch.GoToNode;
import dev.hops.kustomize.internal.filters.jsonpatch.YamlToJson;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flux's post-build substitution of one built object (fluxcd/pkg {@code kustomize_varsub.go} {@code
 * SubstituteVariables}, as kustomize-controller calls it): unless the object opts out, its text as
 * kustomize prints it ({@code res.AsYAML()}) goes through envsubst, is read back as YAML 1.1 and
 * converted to JSON ({@code yaml.YAMLToJSON}), and becomes the object again ({@code
 * res.UnmarshalJSON}: every number through float64, the node tree kyaml's FromMap builds).
 */
public final class Substitution {

  /** Label or annotation that opts an object out with the exact value {@code disabled}. */
  public static final String OPT_OUT_KEY = "kustomize.toolkit.fluxcd.io/substitute";

  public static final String DISABLED = "disabled";

  static final String VAR_NAME_REGEX = "^[_[:alpha:]][_[:alpha:][:digit:]]*$";

  /** {@code spec.postBuild.substituteStrategy} [since kustomize-controller 1.9]. */
  public enum Strategy {
    /** Substitute only when at least one variable is defined (the default). */
    WITH_VARIABLES,
    /** Substitute even without variables, so that defaults such as {@code ${X:=d}} apply. */
    ALWAYS;

    /** The strategy written in the spec; null or empty is the default. */
    public static Strategy fromSpec(String value) {
      if (value == null || value.isEmpty() || value.equals("WithVariables")) {
        return WITH_VARIABLES;
      }
      if (value.equals("Always")) {
        return ALWAYS;
      }
      throw new IllegalArgumentException(
          "spec.postBuild.substituteStrategy: Unsupported value: \""
              + value
              + "\": supported values: \"WithVariables\", \"Always\"");
    }
  }

  /** Who runs the substitution, which decides how errors are worded. */
  public enum Caller {
    /** kustomize-controller: {@code post build failed for 'Kind.version.group/name': ...}. */
    CONTROLLER,
    /** {@code flux build/diff kustomization}: {@code var substitution failed for 'name': ...}. */
    FLUX_CLI
  }

  /**
   * @param strict the controller's {@code StrictPostBuildSubstitutions} feature gate (or {@code
   *     flux build --strict-substitute}): an unset variable used without a default fails the build
   * @param strategy {@code spec.postBuild.substituteStrategy}
   * @param caller the wording of errors
   */
  public record Options(boolean strict, Strategy strategy, Caller caller) {
    public Options {
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(caller, "caller");
    }

    /** Options of kustomize-controller. */
    public Options(boolean strict, Strategy strategy) {
      this(strict, strategy, Caller.CONTROLLER);
    }

    /** kustomize-controller 1.9 (Flux 2.9) defaults: strict, WithVariables. */
    public static Options controller() {
      return new Options(true, Strategy.WITH_VARIABLES, Caller.CONTROLLER);
    }

    /** {@code flux build/diff kustomization} defaults: {@code --strict-substitute=false}. */
    public static Options fluxCli() {
      return new Options(false, Strategy.WITH_VARIABLES, Caller.FLUX_CLI);
    }

    public Options withStrategy(Strategy s) {
      return new Options(strict, s, caller);
    }

    public Options withStrict(boolean s) {
      return new Options(s, strategy, caller);
    }
  }

  private Substitution() {}

  /** Substitutes with a plain variable map (newlines are removed from the values). */
  public static MappingNode apply(MappingNode object, Map<String, String> vars, Options options) {
    return apply(object, Variables.of(vars), options);
  }

  /**
   * The object after substitution: a new node tree, or {@code object} itself when it opts out or
   * when there is nothing to do (strategy WithVariables without variables).
   *
   * @throws FluxException with Flux's message when a substituteFrom entry is missing, a variable
   *     name is invalid, the template does not parse, a variable is not set in strict mode, or the
   *     result is no longer a YAML object
   */
  public static MappingNode apply(MappingNode object, Variables vars, Options options) {
    return apply(object, vars, options, null);
  }

  /**
   * {@link #apply(MappingNode, Variables, Options)}, telling {@code uses} (when not null) which
   * variables the object uses.
   */
  public static MappingNode apply(
      MappingNode object, Variables vars, Options options, VariableUses uses) {
    if (isDisabled(object)) {
      return object;
    }
    if (vars.loadError() != null) {
      throw fail(object, options, vars.loadError().message())
          .addContext("while reading the substituteFrom entry at " + vars.loadError().ref());
    }
    if (vars.isEmpty() && options.strategy() != Strategy.ALWAYS) {
      return object;
    }
    Map<String, String> values = vars.values();
    for (String name : values.keySet()) {
      if (!isVarName(name)) {
        throw fail(
            object,
            options,
            "envsubst error: '"
                + name
                + "' var name is invalid, must match '"
                + VAR_NAME_REGEX
                + "'");
      }
    }
    String text = KustomizeYaml.toYaml(object);
    String output;
    try {
      Lookup lookup = options.strict() ? values::get : name -> values.getOrDefault(name, "");
      Template template = Template.parse(text);
      if (uses != null) {
        uses.add(object, template.uses());
      }
      output = template.execute(lookup);
    } catch (EnvsubstException e) {
      FluxException ex =
          fail(object, options, "envsubst error: variable substitution failed: " + e.getMessage());
      if (e.offset() >= 0) {
        ex.addContext(ErrorLine.describe(text, e.offset()));
      }
      throw ex;
    }
    return reread(object, options, output);
  }

  /** {@code [_A-Za-z][_A-Za-z0-9]*}, checked for every variable of every object. */
  static boolean isVarName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** True when a label or annotation opts the object out (exactly {@code disabled}). */
  public static boolean isDisabled(MappingNode object) {
    MappingNode meta = object.getMapping("metadata");
    if (meta == null) {
      return false;
    }
    return DISABLED.equals(stringAt(meta, "labels"))
        || DISABLED.equals(stringAt(meta, "annotations"));
  }

  private static String stringAt(MappingNode meta, String field) {
    MappingNode m = meta.getMapping(field);
    return m == null ? null : m.getString(OPT_OUT_KEY);
  }

  /** YAMLToJSON, then UnmarshalJSON into map[string]interface{} and FromMap. */
  private static MappingNode reread(MappingNode object, Options options, String output) {
    String json;
    try {
      json = YamlToJson.convert(output, object.pos().file());
    } catch (HopsException e) {
      FluxException ex = fail(object, options, "envsubst error: YAMLToJSON: " + goYamlError(e), e);
      if (e.pos().line() > 0) {
        ex.addContext(ErrorLine.atLine(output, e.pos().line()));
      }
      throw ex;
    }
    Object value = GoJson.decode(json);
    if (value == null) {
      // json.Unmarshal of null leaves a nil map; FromMap makes it an empty object
      value = new LinkedHashMap<String, Object>();
    }
    if (!(value instanceof Map<?, ?> map)) {
      String type = value instanceof List<?> ? "array" : GoJson.typeOf(json).goName();
      throw fail(
          object,
          options,
          "UnmarshalJSON: json: cannot unmarshal "
              + type
              + " into Go value of type map[string]interface {}");
    }
    @SuppressWarnings("unchecked")
    MappingNode result = GoToNode.fromMap((Map<String, Object>) map);
    Positions.carry(object, result);
    return result;
  }

  /**
   * A YAML error worded as goyaml.v2 words it ({@code yaml: line N: problem}), as far as the
   * parsers agree; the common "value with ': ' in a plain scalar" case is mapped to libyaml's text.
   */
  private static String goYamlError(HopsException e) {
    String reason = e.reason();
    if (!reason.startsWith("malformed YAML: ")) {
      return reason;
    }
    String problem = reason.substring("malformed YAML: ".length());
    int colon = problem.lastIndexOf(": ");
    if (colon >= 0) {
      problem = problem.substring(colon + 2);
    }
    if (problem.equals("mapping values are not allowed here")) {
      problem = "mapping values are not allowed in this context";
    }
    return (e.pos().line() > 0 ? "yaml: line " + e.pos().line() + ": " : "yaml: ") + problem;
  }

  private static FluxException fail(MappingNode object, Options options, String message) {
    return fail(object, options, message, null);
  }

  /** The caller's wrapping of SubstituteVariables' error. */
  private static FluxException fail(
      MappingNode object, Options options, String message, Throwable cause) {
    String apiVersion = Objects.requireNonNullElse(object.getString("apiVersion"), "");
    String kind = Objects.requireNonNullElse(object.getString("kind"), "");
    MappingNode meta = object.getMapping("metadata");
    String name = meta == null ? "" : Objects.requireNonNullElse(meta.getString("name"), "");
    String namespace =
        meta == null ? "" : Objects.requireNonNullElse(meta.getString("namespace"), "");
    Gvk gvk = Gvk.of(apiVersion, kind);
    String id = new ResId(gvk, namespace, name).toString();
    String reason =
        switch (options.caller()) {
          case CONTROLLER ->
              "post build failed for '" + gvk.legacyString() + "/" + name + "': " + message;
          case FLUX_CLI -> "var substitution failed for '" + name + "': " + message;
        };
    return new FluxException(object.pos(), id, reason, cause);
  }
}
