package dev.hops.check.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validator on inline objects: built-in kinds of Kubernetes 1.32 and inline CRD schemas. */
class ValidatorTest {

  private static final BuiltIns K8S = BuiltIns.load("1.32");

  private static MappingNode yaml(String text) {
    return (MappingNode) YamlReader.withDefaults().readDocument(text, "test.yaml");
  }

  private static List<Violation> builtIn(String object) {
    MappingNode o = yaml(object);
    Schema s = K8S.kind(o.getString("apiVersion"), o.getString("kind"));
    return Validator.validate(o, s, Validator.Values.SHOWN);
  }

  /** A custom object against a CRD version's openAPIV3Schema written inline. */
  private static List<Violation> custom(String openApiV3Schema, String object) {
    Schema s =
        new OpenApiReader(OpenApiReader.Dialect.STRUCTURAL, K8S.objectMeta(), null)
            .object(yaml(openApiV3Schema));
    return Validator.validate(yaml(object), s, Validator.Values.SHOWN);
  }

  private static String line(Violation v) {
    return v.node().pos().line() + " " + v.pointer() + ": " + v.message();
  }

  private static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: app
            image: nginx
      """;

  /** The pod with more fields in its container (lines 9 and on). */
  private static String pod(String containerFields) {
    return POD + containerFields.indent(6);
  }

  @Test
  void aValidPodHasNoViolations() {
    assertThat(builtIn(POD)).isEmpty();
  }

  @Test
  void wrongTypesNameThePointerTheExpectedAndTheFoundType() {
    List<Violation> v =
        builtIn(
            pod(
                """
                imagePullPolicy: 3
                env:
                  - name: PORT
                    value: 8080
                ports:
                  - containerPort: "80"
                tty: "yes"
                """));
    assertThat(v)
        .extracting(ValidatorTest::line)
        .containsExactly(
            "9 /spec/containers/0/imagePullPolicy: expected string, found integer 3",
            "12 /spec/containers/0/env/0/value: expected string, found integer 8080",
            "14 /spec/containers/0/ports/0/containerPort: expected integer, found string '80'",
            "15 /spec/containers/0/tty: expected boolean, found string 'yes'");
  }

  @Test
  void anUnknownFieldIsReportedAtItsKeyWithTheLikelyName() {
    List<Violation> v =
        builtIn(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replica: 2
              selector: {matchLabels: {app: web}}
              template:
                spec:
                  containers:
                    - name: app
                      imagePullPolicy: Always
                      imagePulPolicy: Always
            """);
    assertThat(v)
        .extracting(ValidatorTest::line)
        .containsExactly(
            "6 /spec/replica: unknown field (not in DeploymentSpec)",
            "13 /spec/template/spec/containers/0/imagePulPolicy: unknown field (not in Container)");
    assertThat(v)
        .extracting(Violation::hint)
        .containsExactly("did you mean 'replicas'?", "did you mean 'imagePullPolicy'?");
  }

  @Test
  void missingRequiredFieldsAreReportedAtTheObjectThatLacksThem() {
    List<Violation> v =
        builtIn(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
            status:
              conditions:
                - reason: the API server sets status; its required fields are not asked for
            """);
    assertThat(v)
        .extracting(ValidatorTest::line)
        .containsExactly(
            "5 /spec/selector: missing required field 'selector'",
            "5 /spec/template: missing required field 'template'");
  }

  @Test
  void intOrStringAndQuantities() {
    List<Violation> v =
        builtIn(
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports:
                - port: 80
                  targetPort: http
                - port: 81
                  targetPort: 8081
                - port: 82
                  targetPort: 80.5
                - port: 83
                  targetPort: true
            """);
    assertThat(v)
        .extracting(ValidatorTest::line)
        .containsExactly(
            "12 /spec/ports/2/targetPort: expected string or integer, found number 80.5",
            "14 /spec/ports/3/targetPort: expected string or integer, found boolean true");
    List<Violation> q =
        builtIn(
            pod(
                """
                resources:
                  limits: {memory: 128Mi, cpu: 0.5, nvidia.com/gpu: 1}
                  requests: {memory: 128MB, cpu: "1e3", storage: 1Gi, hugepages-2Mi: true}
                """));
    assertThat(q)
        .extracting(ValidatorTest::line)
        .containsExactly(
            "11 /spec/containers/0/resources/requests/memory: expected a quantity (such as 500m,"
                + " 128Mi or 1.5), found string '128MB'",
            "11 /spec/containers/0/resources/requests/hugepages-2Mi: expected a quantity (such as"
                + " 500m, 128Mi or 1.5), found boolean true");
  }

  @ParameterizedTest
  @CsvSource({
    "128Mi,true", "0.5,true", "500m,true", "1e3,true", "1E-2,true", "+1.5Gi,true", ".5,true",
    "2Ki,true", "10,true", "128MB,false", "1 Gi,false", "Mi,false", "1.2.3,false", "5ki,false"
  })
  void quantitySyntax(String text, boolean valid) {
    assertThat(Quantities.valid(text)).isEqualTo(valid);
  }

  @Test
  void nullsArePrunedUnlessTheSchemaMakesThemValues() {
    String schema =
        """
        type: object
        properties:
          spec:
            type: object
            required: [size, owner]
            properties:
              size: {type: integer}
              owner: {type: string, nullable: true}
              note: {type: string}
        """;
    assertThat(
            custom(schema, "apiVersion: x/v1\nkind: X\nspec: {size: 1, owner: null, note: null}"))
        .isEmpty();
    assertThat(custom(schema, "apiVersion: x/v1\nkind: X\nspec: {size: null, owner: a}"))
        .extracting(ValidatorTest::line)
        .containsExactly("3 /spec/size: missing required field 'size'");
    assertThat(builtIn("apiVersion: v1\nkind: Pod\nmetadata: {name: a, creationTimestamp: null}"))
        .isEmpty();
  }

  private static final String CRD_SCHEMA =
      """
      type: object
      properties:
        spec:
          type: object
          properties:
            mode: {type: string, enum: [Fast, Safe]}
            replicas: {type: integer, minimum: 1, maximum: 5}
            name: {type: string, pattern: '^[a-z]+$', maxLength: 8}
            port:
              x-kubernetes-int-or-string: true
              anyOf: [{type: integer}, {type: string}]
            values:
              type: object
              x-kubernetes-preserve-unknown-fields: true
            labels:
              type: object
              additionalProperties: {type: string}
            tags:
              type: array
              minItems: 1
              items: {type: string}
            template:
              type: object
              x-kubernetes-embedded-resource: true
              properties:
                spec: {type: object, x-kubernetes-preserve-unknown-fields: true}
      """;

  @Test
  void aValidCustomObject() {
    assertThat(
            custom(
                CRD_SCHEMA,
                """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w, labels: {a: b}}
                spec:
                  mode: Safe
                  replicas: 3
                  name: abc
                  port: http
                  values: {anything: [1, {deep: true}]}
                  labels: {team: core}
                  tags: [a]
                  template:
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: inner}
                    spec: {whatever: 1}
                """))
        .isEmpty();
  }

  @Test
  void customObjectsBreakingTheirSchema() {
    List<Violation> v =
        custom(
            CRD_SCHEMA,
            """
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w, labels: {a: 1}}
            spec:
              mode: fast
              replicas: 9
              name: ABCDEFGHIJ
              port: 1.5
              labels: {team: 7}
              tags: []
              extra: x
              template:
                metadata: {nam: inner}
            """);
    assertThat(v)
        .extracting(ValidatorTest::line)
        .containsExactly(
            "3 /metadata/labels/a: expected string, found integer 1",
            "5 /spec/mode: expected one of 'Fast', 'Safe', found string 'fast'",
            "6 /spec/replicas: expected a number <= 5, found integer 9",
            "7 /spec/name: expected a string matching ^[a-z]+$, found string 'ABCDEFGHIJ'",
            "7 /spec/name: expected at most 8 characters, found 10",
            "8 /spec/port: expected string or integer, found number 1.5",
            "9 /spec/labels/team: expected string, found integer 7",
            "10 /spec/tags: expected at least 1 items, found 0",
            "11 /spec/extra: unknown field",
            "13 /spec/template/metadata/nam: unknown field (not in ObjectMeta)");
  }

  @Test
  void oneOfAndAnyOfAsCrdsUseThem() {
    String schema =
        """
        type: object
        properties:
          spec:
            type: object
            properties:
              a: {type: string}
              b: {type: string}
            oneOf:
              - required: [a]
              - required: [b]
        """;
    assertThat(custom(schema, "apiVersion: x/v1\nkind: X\nspec: {a: x}")).isEmpty();
    assertThat(custom(schema, "apiVersion: x/v1\nkind: X\nspec: {a: x, b: y}"))
        .extracting(ValidatorTest::line)
        .containsExactly(
            "3 /spec: expected exactly one of 2 alternatives (oneOf), found a value that matches 2");
    assertThat(custom(schema, "apiVersion: x/v1\nkind: X\nspec: {}"))
        .extracting(ValidatorTest::line)
        .containsExactly(
            "3 /spec: expected one of 2 alternatives (oneOf): /a: missing required field 'a' |"
                + " /b: missing required field 'b'");
  }

  @Test
  void pointersEscapeSlashesAndTildes() {
    List<Violation> v =
        builtIn("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    a/b~c: 1\n");
    assertThat(v).extracting(Violation::pointer).containsExactly("/metadata/annotations/a~1b~0c");
  }

  @Test
  void secretValuesAreNeverShown() {
    MappingNode secret =
        yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {password: 123456}\n");
    List<Violation> v =
        Validator.validate(secret, K8S.kind("v1", "Secret"), Validator.Values.HIDDEN);
    assertThat(v).extracting(Violation::message).containsExactly("expected string, found integer");
  }

  @Test
  void sopsCiphertextAndItsMetadataAreLeftToFlux() {
    MappingNode o =
        yaml(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            immutable: ENC[AES256_GCM,data:dHJ1ZQ==,type:bool]
            sops:
              version: 3.9.0
            """);
    assertThat(Validator.validate(o, K8S.kind("v1", "ConfigMap"), Validator.Values.SOPS)).isEmpty();
    assertThat(Validator.validate(o, K8S.kind("v1", "ConfigMap"), Validator.Values.SHOWN))
        .extracting(Violation::pointer)
        .containsExactly("/immutable", "/sops");
  }
}
