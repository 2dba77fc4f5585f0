package dev.hops.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in rules on small inline repositories: what they find, where, and clean cases. */
class CheckerTest {

  private static List<Finding> check(String apps) {
    // the Flux kinds of these repositories have no schema here: SchemaRulesTest covers that rule
    return CheckTesting.check(Checker.withBuiltInRules(), CheckTesting.repo(apps)).stream()
        .filter(f -> !f.rule().equals("schema-unknown-kind"))
        .toList();
  }

  private static final String CLEAN_DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: default
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: app
                image: ghcr.io/example/web:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                resources:
                  limits:
                    memory: 128Mi
      """;

  @Test
  void aCleanWorkloadHasNoFindings() {
    assertThat(check(CLEAN_DEPLOYMENT)).isEmpty();
  }

  @Test
  void imageWithoutDigestIsFoundAtTheContainer() {
    List<Finding> f =
        check(
            CLEAN_DEPLOYMENT.replace(
                "web:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                "web:1.0"));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("image-digest");
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(16);
              assertThat(x.object()).isEqualTo("Deployment/default/web");
              assertThat(x.message()).contains("'ghcr.io/example/web:1.0' without a digest");
            });
  }

  @Test
  void containerWithoutMemoryLimitIncludingCronJobsAndInitContainers() {
    List<Finding> f =
        check(
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: backup
              namespace: default
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers:
                        - name: prepare
                          image: busybox:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                      containers:
                        - name: run
                          image: busybox:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                          resources:
                            requests:
                              memory: 64Mi
            """);
    assertThat(f).extracting(Finding::rule).containsExactly("memory-limit", "memory-limit");
    assertThat(f).extracting(x -> x.pos().line()).containsExactly(13, 16);
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "container 'prepare' has no memory limit", "container 'run' has no memory limit");
  }

  @Test
  void ingressIsFoundAndHttpRouteIsNot() {
    List<Finding> f =
        check(
            """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              namespace: default
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: default
            """);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("no-ingress");
              assertThat(x.object()).isEqualTo("Ingress/default/web");
              assertThat(x.pos().line()).isEqualTo(1);
            });
  }

  @Test
  void aKustomizationThatFailsIsAnError() {
    List<Finding> f =
        check(
            """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: apps
              namespace: flux-system
            spec:
              path: ./nowhere
              sourceRef:
                kind: GitRepository
                name: flux-system
                namespace: flux-system
            """);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("renders");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.object()).isEqualTo("Kustomization/flux-system/apps");
              assertThat(x.message()).contains("kustomization path not found");
            });
  }

  @Test
  void whatHopsCannotDoOfflineIsAWarningNotAnError() {
    MemoryTree tree =
        new MemoryTree()
            .put(CheckTesting.SYNC_FILE, CheckTesting.SYNC)
            .put(
                "clusters/home/apps.yaml",
                """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: apps
                  namespace: flux-system
                spec:
                  path: ./apps
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                    namespace: flux-system
                """)
            .put(
                "apps/kustomization.yaml",
                "resources:\n  - https://github.com/example/repo//deploy?ref=v1.0.0\n");
    List<Finding> f =
        CheckTesting.of(CheckTesting.check(Checker.withBuiltInRules(), tree), "renders");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.message()).contains("cannot be fetched: Hops builds offline");
              assertThat(x.hint()).contains("Flux may render this");
            });
  }
}
