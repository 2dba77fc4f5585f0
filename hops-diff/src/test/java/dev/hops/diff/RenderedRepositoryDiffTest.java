package dev.hops.diff;

import static dev.hops.diff.ObjectDiffTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.RenderResult;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two revisions of a small repository rendered by the Flux renderer, then compared. */
class RenderedRepositoryDiffTest {

  private static final String SYNC =
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
      """;

  private static String ks(String name, String path) {
    return """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: flux-system
        spec:
          path: %s
          prune: true
          sourceRef:
            kind: GitRepository
            name: flux-system
        """
        .formatted(name, path);
  }

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: default
      spec:
        replicas: 1
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: app
              image: nginx:1.27
              env:
              - {name: LOG, value: info}
      """;

  private static final String SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: db
        namespace: default
      stringData:
        password: hunter2
      """;

  private static final String CONFIG =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
        namespace: default
      data:
        level: high
      """;

  private static MemoryTree base() {
    return new MemoryTree()
        .put("clusters/home/flux-system/gotk-sync.yaml", SYNC)
        .put("clusters/home/apps.yaml", ks("apps", "./apps"))
        .put("clusters/home/infra.yaml", ks("infra", "./infra"))
        .put(
            "apps/kustomization.yaml",
            """
            resources: [deployment.yaml, secret.yaml, old.yaml, shared.yaml, config.yaml]
            configMapGenerator:
            - name: settings
              namespace: default
              literals: [mode=fast]
            """)
        .put("apps/deployment.yaml", DEPLOYMENT)
        .put("apps/secret.yaml", SECRET)
        .put(
            "apps/old.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: old, namespace: default}\n")
        .put(
            "apps/shared.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared, namespace: default}\n")
        .put("apps/config.yaml", CONFIG)
        .put("infra/kustomization.yaml", "resources: [namespace.yaml]\n")
        .put("infra/namespace.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: web}\n");
  }

  /**
   * The head revision: the image changed and a variable added, a Secret value changed, a generator
   * literal changed (its ConfigMap gets a new hash), a ConfigMap removed, one renamed, one moved to
   * another Kustomization, a Service added.
   */
  private static MemoryTree head() {
    return base()
        .put(
            "apps/deployment.yaml",
            DEPLOYMENT
                .replace("nginx:1.27", "nginx:1.28")
                .replace(
                    "- {name: LOG, value: info}",
                    "- {name: LOG, value: info}\n        - {name: DEBUG, value: \"1\"}"))
        .put("apps/secret.yaml", SECRET.replace("hunter2", "correct-horse"))
        .put(
            "apps/kustomization.yaml",
            """
            resources: [deployment.yaml, secret.yaml, service.yaml, config.yaml]
            configMapGenerator:
            - name: settings
              namespace: default
              literals: [mode=slow]
            """)
        .put(
            "apps/service.yaml",
            "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: default}\n"
                + "spec: {ports: [{port: 80}]}\n")
        .put("apps/config.yaml", CONFIG.replace("app-config", "web-config"))
        .put("infra/kustomization.yaml", "resources: [namespace.yaml, shared.yaml]\n")
        .put(
            "infra/shared.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared, namespace: default}\n");
  }

  private static RenderResult render(MemoryTree tree) {
    return FluxRenderer.builder().helm(false).build().render(tree, "home");
  }

  @Test
  void twoRevisionsOfARepository() {
    List<Change> changes = ObjectDiff.compare(render(base()), render(head()));
    assertThat(lines(changes))
        .containsExactly(
            "removed Kustomization/flux-system/apps ConfigMap/default/old",
            "renamed Kustomization/flux-system/apps ConfigMap/default/settings-md9b6k94g2"
                + " from ConfigMap/default/settings-t82mkhg8fd | data.mode: fast -> slow",
            "renamed Kustomization/flux-system/apps ConfigMap/default/web-config"
                + " from ConfigMap/default/app-config",
            "changed Kustomization/flux-system/apps Deployment/default/web"
                + " | spec.template.spec.containers[name=app].image: nginx:1.27 -> nginx:1.28"
                + " | spec.template.spec.containers[name=app].env[name=DEBUG]:"
                + " null -> {name: DEBUG, value: \"1\"}",
            "changed Kustomization/flux-system/apps Secret/default/db"
                + " | stringData.password: (secret value changed) -> (secret value changed)",
            "added Kustomization/flux-system/apps Service/default/web",
            "changed Kustomization/flux-system/infra ConfigMap/default/shared"
                + " | metadata.labels[\"kustomize.toolkit.fluxcd.io/name\"]: apps -> infra");
    assertThat(String.join("\n", lines(changes))).doesNotContain("hunter2", "correct-horse");
    assertThat(ObjectDiff.notCompared(render(base()), render(head()))).isEmpty();
  }
}
