package dev.hops.flux.internal.subst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.flux.FluxException;
import dev.hops.flux.internal.subst.Substitution.Options;
import dev.hops.flux.internal.subst.Substitution.Strategy;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Tags;
import dev.hops.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The substitution step on one object: spec section 4 and its checklist items 6 to 11, with
 * expectations derived from kustomize_varsub.go, the envsubst sources and the controller's error
 * wrapping (kustomization_controller.go build()).
 */
class SubstitutionTest {

  private static final Options STRICT = Options.controller();
  private static final Options LENIENT = Options.controller().withStrict(false);

  private static MappingNode object(String yaml) {
    return (MappingNode) YamlReader.withDefaults().readDocument(yaml, "apps/app.yaml");
  }

  private static String substitute(String yaml, Map<String, String> vars, Options options) {
    return KustomizeYaml.toYaml(Substitution.apply(object(yaml), vars, options));
  }

  private static final String PORT_SERVICE =
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        namespace: apps
      spec:
        ports:
        - port: "${PORT}"
      """;

  @Test
  void quotedVariableBecomesAnInteger() {
    // checklist 6: the quotes are lost when kustomize prints the object
    MappingNode out = Substitution.apply(object(PORT_SERVICE), Map.of("PORT", "8080"), STRICT);
    MappingNode port = out.getMapping("spec").getSequence("ports").items().getFirst().asMapping();
    assertThat(port.get("port").tag()).isEqualTo(Tags.INT);
    assertThat(KustomizeYaml.toYaml(out)).contains("- port: 8080\n");
  }

  @Test
  void quoteVariableKeepsAString() {
    // checklist 6: the documented workaround
    String out =
        substitute(
            PORT_SERVICE.replace("\"${PORT}\"", "${quote}${PORT}${quote}"),
            Map.of("PORT", "8080", "quote", "\""),
            STRICT);
    assertThat(out).contains("- port: \"8080\"\n");
  }

  @Test
  void yesBecomesABoolean() {
    String out =
        substitute(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
            data:
              enabled: "${ENABLED}"
              quoted: "yes"
            """,
            Map.of("ENABLED", "yes"),
            STRICT);
    assertThat(out).contains("  enabled: true\n").contains("  quoted: \"yes\"\n");
  }

  private static final String ESCAPED =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: c
      data:
        escaped: $${X}
        dollars: $$$${X}
        mixed: $$${X}
        shell: $X and $(X)
      """;

  @Test
  void dollarEscapeCollapsesWhenSubstitutionRuns() {
    // checklist 7
    assertThat(substitute(ESCAPED, Map.of("X", "v"), STRICT))
        .contains("  escaped: ${X}\n")
        .contains("  dollars: $${X}\n")
        .contains("  mixed: $v\n")
        .contains("  shell: $X and $(X)\n");
  }

  @Test
  void dollarEscapeStaysWithoutVariables() {
    // checklist 7: WithVariables and no variables: the object is left as it is
    MappingNode in = object(ESCAPED);
    assertThat(Substitution.apply(in, Map.of(), STRICT)).isSameAs(in);
    assertThat(KustomizeYaml.toYaml(in)).contains("  escaped: $${X}\n");
    // Always: substitution runs (and collapses the escape) even without variables
    assertThat(
            KustomizeYaml.toYaml(
                Substitution.apply(in, Map.of(), LENIENT.withStrategy(Strategy.ALWAYS))))
        .contains("  escaped: ${X}\n");
  }

  private static String error(String value, Map<String, String> vars, Options options) {
    String yaml =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: app
          namespace: apps
        data:
          key: VALUE
        """
            .replace("VALUE", value);
    try {
      Substitution.apply(object(yaml), vars, options);
    } catch (FluxException e) {
      assertThat(e.object()).isEqualTo("ConfigMap/apps/app");
      assertThat(e.pos().file()).isEqualTo("apps/app.yaml");
      return e.reason();
    }
    throw new AssertionError("no error for " + value);
  }

  private static final String PREFIX = "post build failed for 'ConfigMap.v1.[noGrp]/app': ";

  @Test
  void parseErrorsFailTheBuild() {
    // checklist 8
    Map<String, String> vars = Map.of("X", "v");
    assertThat(error("${X-d}", vars, STRICT))
        .isEqualTo(PREFIX + "envsubst error: variable substitution failed: missing closing brace");
    assertThat(error("${foo.bar}", vars, LENIENT))
        .isEqualTo(PREFIX + "envsubst error: variable substitution failed: missing closing brace");
    assertThat(error("${{ x }}", vars, LENIENT))
        .isEqualTo(
            PREFIX + "envsubst error: variable substitution failed: unable to parse variable name");
  }

  @Test
  void fluxBuildWording() {
    // flux2 internal/build/build.go wraps with the object's name only
    assertThat(error("${{ x }}", Map.of("X", "v"), Options.fluxCli()))
        .isEqualTo(
            "var substitution failed for 'app': envsubst error: variable substitution failed:"
                + " unable to parse variable name");
    // and is not strict by default
    assertThat(
            substitute(
                PORT_SERVICE.replace("${PORT}", "${PORT}${UNSET}"),
                Map.of("PORT", "80"),
                Options.fluxCli()))
        .contains("- port: 80\n");
  }

  @Test
  void objectsWithoutVariablesStillGoThroughFloat64() {
    // the round trip runs for every substituted object, "${" or not
    String out =
        substitute(
            """
            apiVersion: v1
            kind: Thing
            metadata:
              name: c
            spec:
              id: 9007199254740993
            """,
            Map.of("X", "v"),
            STRICT);
    assertThat(out).contains("  id: 9007199254740992\n");
  }

  @Test
  void duplicateKeysAfterSubstitutionKeepTheLast() {
    // goyaml.v2 (non-strict) overwrites duplicate keys
    String out =
        substitute(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
              labels:
                ${A}: one
                ${B}: two
            """,
            Map.of("A", "team", "B", "team"),
            STRICT);
    assertThat(out).contains("  labels:\n    team: two\n");
  }

  @Test
  void parseErrorNamesTheLine() {
    FluxException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            FluxException.class,
            () ->
                Substitution.apply(
                    object(
                        """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: app
                        data:
                          a: $${X}
                          run: echo ${{ github.sha }}
                          z: ok
                        """),
                    Map.of("X", "v"),
                    STRICT));
    assertThat(e.context())
        .containsExactly(
            "at line 4 of the object as Flux serializes it: run: echo ${{ github.sha }}");
  }

  @Test
  void defaultOperators() {
    // checklist 8
    String yaml =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
        data:
          plus: ${X:+a}
          plusEmpty: ${E:+a}
          assign: ${E=d}
          question: ${E:?msg}
        """;
    assertThat(substitute(yaml, Map.of("X", "x", "E", ""), STRICT))
        .contains("  plus: x\n")
        .contains("  plusEmpty: a\n")
        .contains("  assign: d\n")
        .contains("  question: msg\n");
  }

  @Test
  void invalidVariableNameFailsTheBuild() {
    // checklist 9
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: vars
                        data:
                          ok: "1"
                          a-b: "2"
                        """),
                    null)),
            null);
    assertThatThrownBy(() -> Substitution.apply(object(PORT_SERVICE), vars, LENIENT))
        .isInstanceOf(FluxException.class)
        .extracting(e -> ((FluxException) e).reason())
        .isEqualTo(
            "post build failed for 'Service.v1.[noGrp]/web': envsubst error: 'a-b' var name is"
                + " invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'");
    // the name check runs only when substitution runs: not for an opted-out object
    MappingNode disabled =
        object(
            PORT_SERVICE.replace(
                "  namespace: apps\n",
                "  namespace: apps\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n"));
    assertThat(Substitution.apply(disabled, vars, LENIENT)).isSameAs(disabled);
  }

  @Test
  void newlinesAreRemovedFromValues() {
    // checklist 9: from substituteFrom and from inline values, not replaced by spaces
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: vars
                        data:
                          CERT: |
                            line1
                            line2
                        """),
                    null)),
            Map.of("INLINE", "a\nb\r\n"));
    assertThat(vars.values()).containsEntry("CERT", "line1line2").containsEntry("INLINE", "ab\r");
    assertThat(
            substitute(
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                data:
                  x: ${X}
                """,
                Map.of("X", "one\ntwo"),
                STRICT))
        .contains("  x: onetwo\n");
  }

  @Test
  void optOutIsCaseSensitive() {
    // checklist 10
    String template =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
          WHERE:
            kustomize.toolkit.fluxcd.io/substitute: VALUE
        data:
          x: ${X}
        """;
    for (String where : List.of("labels", "annotations")) {
      MappingNode off = object(template.replace("WHERE", where).replace("VALUE", "disabled"));
      assertThat(Substitution.apply(off, Map.of("X", "v"), STRICT)).isSameAs(off);
      String on = template.replace("WHERE", where).replace("VALUE", "Disabled");
      assertThat(substitute(on, Map.of("X", "v"), STRICT)).contains("  x: v\n");
    }
  }

  @Test
  void strictMode() {
    // checklist 11
    assertThat(error("${UNDEFINED}", Map.of("X", "v"), STRICT))
        .isEqualTo(
            PREFIX
                + "envsubst error: variable substitution failed: variable not set (strict mode):"
                + " \"UNDEFINED\"");
    assertThat(error("${UNDEFINED^^}", Map.of("X", "v"), STRICT))
        .endsWith("variable not set (strict mode): \"UNDEFINED\"");
    String yaml =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
        data:
          a: ${UNDEFINED:=d}
          b: ${UNDEFINED}
          c: ${EMPTY}
        """;
    assertThat(substitute(yaml.replace("  b: ${UNDEFINED}\n", ""), Map.of("EMPTY", ""), STRICT))
        .contains("  a: d\n")
        .contains("  c: null\n");
    // non-strict: undefined is ""
    assertThat(substitute(yaml, Map.of("X", "v"), LENIENT)).contains("  b: null\n");
  }

  @Test
  void substitutesKeysNamesAndApiVersion() {
    String out =
        substitute(
            """
            apiVersion: ${GROUP}/v1
            kind: Thing
            metadata:
              name: app-${ENV}
              labels:
                ${KEY}: x
            """,
            Map.of("GROUP", "example.com", "ENV", "prod", "KEY", "team"),
            STRICT);
    assertThat(out)
        .isEqualTo(
            """
            apiVersion: example.com/v1
            kind: Thing
            metadata:
              labels:
                team: x
              name: app-prod
            """);
  }

  @Test
  void foldedAndBlockScalarsSurvive() {
    String longValue = "word ".repeat(20) + "${X} " + "word ".repeat(5) + "end";
    String out =
        substitute(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
              annotations:
                long: LONG
            data:
              script: |
                echo ${X}
                echo $${HOME}
            """
                .replace("LONG", longValue),
            Map.of("X", "value"),
            STRICT);
    assertThat(out)
        .isEqualTo(
            """
            apiVersion: v1
            data:
              script: |
                echo value
                echo ${HOME}
            kind: ConfigMap
            metadata:
              annotations:
                long: word word word word word word word word word word word word word word word
                  word word word word word value word word word word word end
              name: c
            """);
  }

  @Test
  void valueThatBreaksTheYaml() {
    assertThat(error("${X}", Map.of("X", "a: b"), STRICT))
        .isEqualTo(
            PREFIX
                + "envsubst error: YAMLToJSON: yaml: line 3: mapping values are not allowed in this"
                + " context");
  }

  @Test
  void numbersGoThroughFloat64() {
    String out =
        substitute(
            """
            apiVersion: v1
            kind: Thing
            metadata:
              name: c
            spec:
              big: ${BIG}
              float: ${F}
              octal: ${O}
            """,
            Map.of("BIG", "12345678901234567890", "F", "1.50", "O", "0777"),
            STRICT);
    assertThat(out)
        // the float64 1.2345678901234567e+19, printed through JSON as kustomize does
        .contains("  big: 12345678901234567000\n")
        .contains("  float: 1.5\n")
        .contains("  octal: 511\n");
  }

  @Test
  void resultKeepsSourcePositions() {
    MappingNode in = object(PORT_SERVICE);
    MappingNode out = Substitution.apply(in, Map.of("PORT", "1"), STRICT);
    assertThat(out.pos()).isEqualTo(in.pos());
    assertThat(out.getMapping("metadata").get("name").pos())
        .isEqualTo(in.getMapping("metadata").get("name").pos());
  }

  @Test
  void strategyFromSpec() {
    assertThat(Strategy.fromSpec(null)).isEqualTo(Strategy.WITH_VARIABLES);
    assertThat(Strategy.fromSpec("WithVariables")).isEqualTo(Strategy.WITH_VARIABLES);
    assertThat(Strategy.fromSpec("Always")).isEqualTo(Strategy.ALWAYS);
    assertThatThrownBy(() -> Strategy.fromSpec("always"))
        .hasMessageContaining("Unsupported value: \"always\"");
  }
}
