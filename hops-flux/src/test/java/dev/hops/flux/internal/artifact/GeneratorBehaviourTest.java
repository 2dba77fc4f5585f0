package dev.hops.flux.internal.artifact;

import static dev.hops.flux.internal.artifact.Generate.files;
import static dev.hops.flux.internal.artifact.Generate.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources, strategies and the reconciler around the copy operations. */
class GeneratorBehaviourTest {

  private static final String REPO = "GitRepository/flux-system/repo";
  private static final String CHART = "OCIRepository/apps/podinfo-chart";

  private static MemoryTree chart() {
    return new MemoryTree()
        .put("podinfo/Chart.yaml", "name: podinfo\n")
        .put(
            "podinfo/values.yaml",
            """
            # defaults
            replicaCount: 1
            image:
              repository: ghcr.io/stefanprodan/podinfo
              tag: 6.0.0
            hosts: [a.example.com, b.example.com]
            """)
        .put("podinfo/templates/deployment.yaml", "kind: Deployment\n");
  }

  private static MemoryTree repo() {
    return new MemoryTree()
        .put(
            "charts/podinfo/values-prod.yaml",
            """
            image:
              tag: 6.1.0
            hosts: [prod.example.com]
            ---
            replicaCount: 3
            """)
        .put("deploy/frontend/app.yaml", "kind: Deployment\n")
        .put("deploy/backend/app.yaml", "kind: StatefulSet\n");
  }

  @Test
  void composesFromSeveralSourcesAndMergesValues() {
    // the Helm chart composition example of the source-watcher docs
    SourceTree out =
        new Generate()
            .source(CHART, chart())
            .source("GitRepository/apps/podinfo-values", repo())
            .tree(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata:
                  name: podinfo
                  namespace: apps
                spec:
                  sources:
                    - alias: chart
                      kind: OCIRepository
                      name: podinfo-chart
                      namespace: apps
                    - alias: repo
                      kind: GitRepository
                      name: podinfo-values
                  artifacts:
                    - name: podinfo-composite
                      originRevision: "@chart"
                      copy:
                        - from: "@chart/"
                          to: "@artifact/"
                        - from: "@repo/charts/podinfo/values-prod.yaml"
                          to: "@artifact/podinfo/values.yaml"
                          strategy: Merge
                """);
    assertThat(files(out))
        .containsExactly(
            "podinfo/Chart.yaml", "podinfo/templates/deployment.yaml", "podinfo/values.yaml");
    // sigs.k8s.io/yaml: keys sorted, comments gone, lists replaced, documents merged
    assertThat(read(out, "podinfo/values.yaml"))
        .isEqualTo(
            """
            hosts:
            - prod.example.com
            image:
              repository: ghcr.io/stefanprodan/podinfo
              tag: 6.1.0
            replicaCount: 3
            """);
    assertThat(out.display("podinfo/values.yaml"))
        .isEqualTo("ExternalArtifact/apps/podinfo-composite:podinfo/values.yaml");
  }

  @Test
  void mergeWithoutDestinationCopiesAndInsideADirectoryOverwrites() {
    SourceTree out =
        new Generate()
            .source(CHART, chart())
            .source(REPO, new MemoryTree().put("values/values.yaml", "replicaCount: 5 # five\n"))
            .tree(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources:
                    - {alias: chart, kind: OCIRepository, name: podinfo-chart, namespace: apps}
                    - {alias: repo, kind: GitRepository, name: repo}
                  artifacts:
                    - name: out
                      copy:
                        - from: "@repo/values/values.yaml"
                          to: "@artifact/fresh.yaml"
                          strategy: Merge
                        - from: "@chart/podinfo/**"
                          to: "@artifact/values/"
                        - from: "@repo/values"
                          to: "@artifact/"
                          strategy: Merge
                """);
    // nothing to merge into: a plain copy, comment kept
    assertThat(read(out, "fresh.yaml")).isEqualTo("replicaCount: 5 # five\n");
    // copyDirWithRoots never merges: the chart's values.yaml is replaced
    assertThat(read(out, "values/values.yaml")).isEqualTo("replicaCount: 5 # five\n");
    assertThat(out.isFile("values/Chart.yaml")).isTrue();
  }

  @Test
  void mergeOfAMatchedFile() {
    SourceTree out =
        new Generate()
            .source(CHART, chart())
            .source(REPO, new MemoryTree().put("values.yaml", "replicaCount: 5\nextra: yes\n"))
            .tree(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources:
                    - {alias: chart, kind: OCIRepository, name: podinfo-chart, namespace: apps}
                    - {alias: repo, kind: GitRepository, name: repo}
                  artifacts:
                    - name: out
                      copy:
                        - from: "@chart/podinfo/values.yaml"
                          to: "@artifact/"
                        - from: "@repo/*.yaml"
                          to: "@artifact/"
                          strategy: Merge
                """);
    // yaml.v2 reads yes as a boolean; numbers go through float64
    assertThat(read(out, "values.yaml"))
        .isEqualTo(
            """
            extra: true
            hosts:
            - a.example.com
            - b.example.com
            image:
              repository: ghcr.io/stefanprodan/podinfo
              tag: 6.0.0
            replicaCount: 5
            """);
  }

  @Test
  void archiveLeavesOutIgnoredFilesAndSourcesHaveNoVcsFiles() {
    MemoryTree checkout =
        new MemoryTree()
            .put(".git/config", "[core]\n")
            .put(".gitignore", "*.tmp\n")
            .put(".github/workflows/ci.yaml", "on: push\n")
            .put("apps/logo.png", "PNG")
            .put("apps/chart-1.0.0.tar.gz", "gz")
            .put("apps/chart-1.0.0.tgz", "tgz")
            .put("apps/.sops.yaml", "creation_rules: []\n")
            .put("apps/app.yaml", "kind: ConfigMap\n");
    SourceTree out =
        new Generate()
            .source(REPO, checkout)
            .tree(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: out
                      copy: [{from: "@repo/**", to: "@artifact/"}]
                """);
    assertThat(files(out)).containsExactly("apps/app.yaml", "apps/chart-1.0.0.tgz");
    assertThat(out.isDirectory(".github")).isFalse();
    assertThat(out.isFile("apps/logo.png")).isFalse();
  }

  @Test
  void artifactNamedLikeAnAliasIsStagedOverThatSource() {
    // Build stages in <tmp>/<artifact name>, the source was fetched into <tmp>/<alias>
    List<GeneratedArtifact> out =
        new Generate()
            .source(REPO, repo())
            .all(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: frontend, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: frontend
                      copy: [{from: "@frontend/deploy/frontend/**", to: "@artifact/"}]
                    - name: copy-of-source
                      copy: [{from: "@frontend/", to: "@artifact/"}]
                """);
    assertThat(files(out.get(0).tree()))
        .containsExactly(
            "app.yaml",
            "charts/podinfo/values-prod.yaml",
            "deploy/backend/app.yaml",
            "deploy/frontend/app.yaml");
    // and the copy went into the source the next artifact reads
    assertThat(files(out.get(1).tree())).contains("app.yaml");
  }

  @Test
  void pathPatternProducesAnArtifactPerDirectory() {
    MemoryTree monorepo =
        new MemoryTree()
            .put("apps/frontend/envs/prod/app.yaml", "frontend: prod\n")
            .put("apps/frontend/envs/dev/app.yaml", "frontend: dev\n")
            .put("apps/Backend/envs/prod/app.yaml", "backend: prod\n")
            .put("apps/README.md", "# apps\n");
    List<GeneratedArtifact> out =
        new Generate()
            .source(REPO, monorepo)
            .all(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: gen, namespace: flux-system}
                spec:
                  sources: [{alias: monorepo, kind: GitRepository, name: repo}]
                  pathPattern: "@monorepo/apps/{app}/envs/{env}"
                  artifacts:
                    - name: "{app}-{env}"
                      copy:
                        - from: "@monorepo/apps/{app}/envs/{env}/**"
                          to: "@artifact/"
                """);
    // names lower-cased, copy paths as found; directories in lexical order
    assertThat(out)
        .extracting(a -> a.ref().toString())
        .containsExactly(
            "ExternalArtifact/flux-system/backend-prod",
            "ExternalArtifact/flux-system/frontend-dev",
            "ExternalArtifact/flux-system/frontend-prod");
    assertThat(read(out.get(0).tree(), "app.yaml")).isEqualTo("backend: prod\n");
    assertThat(read(out.get(1).tree(), "app.yaml")).isEqualTo("frontend: dev\n");
  }

  @Test
  void generatorReadingAnotherGeneratorsArtifactRunsAfterIt() {
    List<GeneratedArtifact> out =
        new Generate()
            .source(REPO, repo())
            .all(
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: second, namespace: flux-system}
                spec:
                  sources: [{alias: deploy, kind: ExternalArtifact, name: deploy}]
                  artifacts:
                    - name: frontend
                      copy: [{from: "@deploy/frontend/**", to: "@artifact/"}]
                ---
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata: {name: first, namespace: flux-system}
                spec:
                  sources: [{alias: repo, kind: GitRepository, name: repo}]
                  artifacts:
                    - name: deploy
                      copy: [{from: "@repo/deploy/**", to: "@artifact/"}]
                """);
    assertThat(out)
        .extracting(a -> a.ref().name())
        .containsExactly("frontend", "deploy"); // in the order of the generators
    assertThat(out.get(0).generator())
        .isEqualTo(new ObjectRef("ArtifactGenerator", "flux-system", "second"));
    assertThat(files(out.get(0).tree())).containsExactly("app.yaml");
    assertThat(read(out.get(0).tree(), "app.yaml")).isEqualTo("kind: Deployment\n");
  }
}
