package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code hops check} as CI runs it: a Flux repository in the folder {@code flux} of a Git work
 * tree, with a custom rule in its {@code .hops.yaml}; each output format parsed back, paths
 * relative to the Git root, exit codes.
 */
class CheckCliTest {

  @TempDir Path dir;

  private Path flux;

  private static final String CONFIG =
      """
      custom:
        - id: replicas-limit
          match: {apiGroups: [apps], kinds: [Deployment]}
          expression: "!has(object.spec.replicas) || object.spec.replicas <= 3"
          message: at most 3 replicas
          hint: lower spec.replicas
          description: More than 3 replicas do not fit the home cluster.
      """;

  private static final Map<String, String> FILES =
      Map.of(
          "clusters/home/flux-system/gotk-sync.yaml",
          """
          apiVersion: kustomize.toolkit.fluxcd.io/v1
          kind: Kustomization
          metadata:
            name: flux-system
            namespace: flux-system
          spec:
            path: ./clusters/home
            sourceRef:
              kind: GitRepository
              name: flux-system
          """,
          "clusters/home/apps.yaml",
          """
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
            namespace: default
          spec:
            replicas: 5
            selector:
              matchLabels: {app: web}
            template:
              metadata:
                labels: {app: web}
              spec:
                containers:
                  - name: app
                    image: ghcr.io/example/web:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                    resources:
                      limits:
                        memory: 128Mi
          """);

  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    flux = dir.resolve("flux");
    write(".hops.yaml", CONFIG);
    for (Map.Entry<String, String> e : FILES.entrySet()) {
      write(e.getKey(), e.getValue());
    }
  }

  private void write(String path, String content) throws IOException {
    Path p = flux.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private CliRun check(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    all[1] = flux.toString();
    all[2] = "--no-helm";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void sarifReportsTheCustomRuleAtItsRepositoryPath() {
    CliRun run = check("-o", "sarif");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
    MappingNode sarif = CheckOutputFormatsTest.json(run.out());
    MappingNode tool = sarif.getSequence("runs").get(0).asMapping();
    List<Node> rules = tool.getMapping("tool").getMapping("driver").getSequence("rules").items();
    MappingNode custom = rules.getLast().asMapping();
    assertThat(custom.getString("id")).isEqualTo("replicas-limit");
    assertThat(custom.getMapping("fullDescription").getString("text"))
        .isEqualTo("More than 3 replicas do not fit the home cluster.");
    MappingNode result = tool.getSequence("results").get(0).asMapping();
    assertThat(result.getString("ruleId")).isEqualTo("replicas-limit");
    assertThat(result.getString("level")).isEqualTo("error");
    MappingNode location =
        result.getSequence("locations").get(0).asMapping().getMapping("physicalLocation");
    assertThat(location.getMapping("artifactLocation").getString("uri"))
        .isEqualTo("flux/clusters/home/apps.yaml");
    assertThat(location.getMapping("region").getString("startLine")).isEqualTo("1");
  }

  @Test
  void junitAndGithubNameTheSameFinding() throws Exception {
    CliRun junit = check("-o", "junit");
    assertThat(junit.exitCode()).isEqualTo(1);
    Element suite =
        CheckOutputFormatsTest.children(
                CheckOutputFormatsTest.xml(junit.out()).getDocumentElement(), "testsuite")
            .getFirst();
    assertThat(suite.getAttribute("name")).isEqualTo("flux/clusters/home/apps.yaml");
    Element failure =
        CheckOutputFormatsTest.children(
                CheckOutputFormatsTest.children(suite, "testcase").getFirst(), "failure")
            .getFirst();
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Deployment/default/web: at most 3 replicas");

    CliRun github = check("-o", "github");
    assertThat(github.exitCode()).isEqualTo(1);
    assertThat(github.out().lines().toList())
        .containsExactly(
            "::error file=flux/clusters/home/apps.yaml,line=1,col=1,title=replicas-limit::"
                + "Deployment/default/web: at most 3 replicas%0Ahint: lower spec.replicas",
            "::notice file=flux/clusters/home/flux-system/gotk-sync.yaml,line=1,col=1,"
                + "title=schema-unknown-kind::Kustomization/flux-system/flux-system: no schema for"
                + " kustomize.toolkit.fluxcd.io/v1 Kustomization: its objects are not checked%0A"
                + "hint: give one with --schema-dir or add its CustomResourceDefinition",
            "hops check: 1 error, 0 warnings, 1 info");
  }

  @Test
  void minSeverityHidesLessSevereFindingsButNotTheirErrors() {
    CliRun run = check("--min-severity", "error");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("replicas-limit").doesNotContain("schema-unknown-kind");
    assertThat(run.out()).endsWith("(1 less severe than error not shown)\n");
    assertThat(check("--min-severity", "loud").exitCode()).isEqualTo(2);
  }

  @Test
  void aSeverityInTheConfigurationAppliesToTheCustomRule() throws IOException {
    write(".hops.yaml", CONFIG + "rules:\n  replicas-limit: warning\n");
    CliRun run = check("-o", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(CheckOutputFormatsTest.json(run.out()).getMapping("summary").getString("warnings"))
        .isEqualTo("1");
  }

  @Test
  void listRulesAndExplainShowTheCustomRule() {
    CliRun list = check("--list-rules");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).containsPattern("replicas-limit +error +at most 3 replicas");
    CliRun explain = check("--explain", "replicas-limit");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out())
        .startsWith("replicas-limit (error): at most 3 replicas")
        .contains("More than 3 replicas do not fit the home cluster.");
  }

  @Test
  void anExpressionThatDoesNotCompileIsAUsageErrorAtItsEntry() throws IOException {
    write(".hops.yaml", "custom:\n  - id: bad\n    expression: object.spec.(\n    message: x\n");
    CliRun run = check();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Error: " + flux.resolve(".hops.yaml") + ":2:5: custom rule bad:")
        .contains("the expression does not compile");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownFormatNamesTheFormats() {
    CliRun run = check("-o", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("use one of text, json, sarif, junit, github");
  }
}
