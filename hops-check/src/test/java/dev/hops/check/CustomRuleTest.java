package dev.hops.check;

import static dev.hops.check.CheckTesting.checker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom CEL rules of {@code .hops.yaml}: matching, findings, errors and configuration. */
class CustomRuleTest {

  private static final String REPLICAS_RULE =
      """
      custom:
        - id: replicas-limit
          match: {apiGroups: [apps], kinds: [Deployment]}
          expression: "!has(object.spec.replicas) || object.spec.replicas <= 3"
          message: at most 3 replicas
          hint: lower spec.replicas
          severity: warning
      """;

  private static final String DEPLOYMENTS =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: big
        namespace: default
      spec:
        replicas: 5
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: small
        namespace: default
      spec:
        replicas: 2
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: unset
        namespace: default
      spec: {}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
        namespace: default
      spec:
        replicas: 5
      """;

  /** Custom rules' findings only (the built-in rules' are not what these tests are about). */
  static List<Finding> check(String config, String apps) {
    Checker checker = checker(config);
    return CheckTesting.check(checker, CheckTesting.repo(apps)).stream()
        .filter(
            f ->
                checker.settings().config().custom().stream()
                    .anyMatch(c -> c.id().equals(f.rule())))
        .toList();
  }

  @Test
  void anObjectThatMakesTheExpressionFalseIsFoundWithTheRulesMessage() {
    List<Finding> f = check(REPLICAS_RULE, DEPLOYMENTS);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("replicas-limit");
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.object()).isEqualTo("Deployment/default/big");
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(1);
              assertThat(x.message()).isEqualTo("at most 3 replicas");
              assertThat(x.hint()).isEqualTo("lower spec.replicas");
            });
  }

  @Test
  void theCoreGroupIsTheEmptyStringAndEmptyListsMatchAnything() {
    String config =
        """
        custom:
          - id: core-only
            match: {apiGroups: [""]}
            expression: "false"
            message: core object
          - id: any-object
            expression: object.metadata.name != 'db'
            message: not db
        """;
    List<Finding> f =
        check(
            config,
            DEPLOYMENTS
                + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  namespace: default
                """);
    assertThat(f)
        .extracting(x -> x.rule() + " " + x.object())
        .containsExactly(
            "any-object StatefulSet/default/db", "core-only ConfigMap/default/settings");
  }

  @Test
  void anExpressionThatFailsOnAnObjectIsAFindingSayingWhy() {
    String config =
        """
        custom:
          - id: replicas-set
            match: {kinds: [Deployment]}
            expression: object.spec.replicas >= 1
            message: replicas must be set
        """;
    List<Finding> f = check(config, DEPLOYMENTS);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.object()).isEqualTo("Deployment/default/unset");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.message())
                  .isEqualTo(
                      "the expression of replicas-set could not be evaluated: "
                          + "key 'replicas' is not present in map");
              assertThat(x.hint()).contains("has()").contains("failurePolicy Fail");
            });
  }

  @Test
  void aResultThatIsNoBoolIsAFinding() {
    String config =
        """
        custom:
          - id: name-only
            match: {kinds: [StatefulSet]}
            expression: object.metadata.name
            message: x
        """;
    assertThat(check(config, DEPLOYMENTS))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message()).endsWith("could not be evaluated: it gave db, not a bool"));
  }

  @Test
  void scalarsAreTypedByTheirYamlTags() {
    String config =
        """
        custom:
          - id: typed
            match: {apiGroups: [example.com], kinds: [Widget]}
            expression: >-
              object.spec.port == 8080 && type(object.spec.port) == int
              && object.spec.ratio == 1.5 && object.spec.enabled == true
              && object.spec.none == null && object.spec.quoted == '8080'
              && object.spec.tagged == '42' && object.spec.list.size() == 2
              && object.spec.big > 1.0e19 && object.spec.count > 2.5
            message: types differ
        """;
    String widget =
        """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
          namespace: default
        spec:
          port: 8080
          ratio: 1.5
          enabled: true
          none: ~
          quoted: "8080"
          tagged: !!str 42
          list: [a, b]
          big: 18446744073709551616
          count: 3
        """;
    assertThat(check(config, widget)).isEmpty();
    assertThat(check(config, widget.replace("enabled: true", "enabled: \"true\"")))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).isEqualTo("types differ"));
  }

  @Test
  void macrosAndKubernetesExtensionsAreAvailable() {
    String config =
        """
        custom:
          - id: digests
            match: {kinds: [Deployment]}
            expression: >-
              object.spec.template.spec.containers.all(c, c.image.contains('@sha256:'))
              && object.metadata.name.lowerAscii() == object.metadata.name
              && object.spec.template.spec.containers.map(c, c.name).sort() == ['a', 'b']
              && cel.bind(n, object.metadata.name, n.split('-').size() == 2)
              && sets.contains(['a', 'b', 'c'], object.spec.template.spec.containers.map(c, c.name))
              && object.?status.orValue({}).size() == 0
              && object.spec.template.spec.containers.exists(i, c, i == 0 && c.name == 'b')
            message: containers must be pinned
        """;
    String deployment =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web-app
          namespace: default
        spec:
          template:
            spec:
              containers:
                - name: b
                  image: ghcr.io/x/b:1@sha256:00
                - name: a
                  image: ghcr.io/x/a:1@sha256:00
        """;
    assertThat(check(config, deployment)).isEmpty();
    assertThat(check(config, deployment.replace("a:1@sha256:00", "a:1"))).hasSize(1);
  }

  @Test
  void severitiesOffIgnoresAndAnnotationsApplyToCustomRules() {
    String big =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: big
          namespace: default
        spec:
          replicas: 5
        """;
    assertThat(check(REPLICAS_RULE + "rules:\n  replicas-limit: error\n", big))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    assertThat(check(REPLICAS_RULE + "rules:\n  replicas-limit: 'off'\n", big)).isEmpty();
    assertThat(
            check(
                REPLICAS_RULE + "ignore:\n  - paths: [clusters/**]\n    rules: [replicas-limit]\n",
                big))
        .isEmpty();
    assertThat(
            check(
                REPLICAS_RULE,
                big.replace(
                    "  namespace: default",
                    "  namespace: default\n  annotations:\n    hops.dev/ignore: replicas-limit")))
        .isEmpty();
  }

  @Test
  void customRulesAreListedAfterTheBuiltInOnesWithTheirExplanation() {
    Checker checker =
        checker(
            REPLICAS_RULE
                + """
                  - id: described
                    expression: "true"
                    message: always
                    description: Why this rule exists.
                """);
    List<Rule> rules = checker.rules();
    assertThat(rules.subList(rules.size() - 2, rules.size()))
        .extracting(Rule::id)
        .containsExactly("replicas-limit", "described");
    Rule replicas = rules.get(rules.size() - 2);
    assertThat(replicas.summary()).isEqualTo("at most 3 replicas");
    assertThat(replicas.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(replicas.explanation())
        .contains("Deployment (API group apps)")
        .endsWith("!has(object.spec.replicas) || object.spec.replicas <= 3");
    assertThat(rules.getLast().explanation()).isEqualTo("Why this rule exists.");
  }

  @Test
  void aSyntaxErrorIsAConfigurationErrorAtTheEntry() {
    String config =
        """
        kubeVersion: 1.32.0
        custom:
          - id: broken
            expression: object.spec.replicas <=
            message: x
        """;
    assertThatThrownBy(() -> checker(config))
        .isInstanceOfSatisfying(
            CheckConfigException.class,
            e -> {
              assertThat(e.pos().file()).isEqualTo(".hops.yaml");
              assertThat(e.pos().line()).isEqualTo(3);
              assertThat(e.reason())
                  .startsWith("custom rule broken: the expression does not compile: ")
                  .contains("mismatched input '<EOF>'")
                  .contains("(column 24)");
              assertThat(e.context())
                  .containsExactly("| object.spec.replicas <=", "| .......................^");
            });
  }

  @Test
  void anUnknownFunctionOrVariableIsAConfigurationError() {
    assertThatThrownBy(
            () ->
                checker(
                    "custom:\n  - id: f\n    expression: quantity(object.x) > 1\n    message: x\n"))
        .isInstanceOf(CheckConfigException.class)
        .hasMessageContaining(".hops.yaml:2:")
        .hasMessageContaining("undeclared reference to 'quantity'");
    assertThatThrownBy(
            () ->
                checker(
                    "custom:\n  - id: f\n    expression: request.operation == 'CREATE'\n    message: x\n"))
        .isInstanceOf(CheckConfigException.class)
        .hasMessageContaining("undeclared reference to 'request'");
  }

  @Test
  void anExpressionThatCannotGiveABoolIsAConfigurationError() {
    assertThatThrownBy(
            () ->
                checker(
                    "custom:\n  - id: n\n    expression: size(object.metadata)\n    message: x\n"))
        .isInstanceOf(CheckConfigException.class)
        .hasMessage(
            ".hops.yaml:2:5: custom rule n: the expression gives a int, not a bool:"
                + " size(object.metadata)");
  }

  @Test
  void aCustomRuleCannotTakeABuiltInIdOrBeDefinedTwice() {
    assertThatThrownBy(
            () ->
                checker("custom:\n  - id: image-digest\n    expression: 'true'\n    message: x\n"))
        .isInstanceOf(CheckConfigException.class)
        .hasMessage(
            ".hops.yaml:2:5: custom rule image-digest: a built-in rule has this id; choose another");
    String twice = "  - id: a\n    expression: 'true'\n    message: x\n";
    assertThatThrownBy(() -> checker("custom:\n" + twice + twice))
        .isInstanceOf(CheckConfigException.class)
        .hasMessage(".hops.yaml:5:5: custom rule a is defined twice");
  }
}
