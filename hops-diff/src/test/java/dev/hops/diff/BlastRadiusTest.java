package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.kustomize.MemoryTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Kustomizations a changed file reaches, in either revision. */
class BlastRadiusTest {

  private static final String GOTK_SYNC =
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

  private static String ks(String name) {
    return """
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: flux-system
        spec:
          path: ./apps/%s
          sourceRef:
            kind: GitRepository
            name: flux-system
        """
        .formatted(name, name);
  }

  private static MemoryTree repository() {
    MemoryTree t =
        new MemoryTree()
            .put("clusters/home/flux-system/gotk-sync.yaml", GOTK_SYNC)
            .put("clusters/home/apps.yaml", ks("front") + ks("back") + ks("tools"))
            .put(
                "components/common/kustomization.yaml",
                "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"
                    + "labels:\n  - pairs:\n      team: blue\n")
            .put("apps/tools/a.yaml", configMap("a"));
    for (String app : List.of("front", "back")) {
      t.put(
          "apps/" + app + "/kustomization.yaml",
          "resources:\n  - cm.yaml\ncomponents:\n  - ../../components/common\n");
      t.put("apps/" + app + "/cm.yaml", configMap(app));
    }
    return t;
  }

  private static String configMap(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n  namespace: x\n";
  }

  private static ObjectRef ref(String name) {
    return new ObjectRef("Kustomization", "flux-system", name);
  }

  @Test
  void aSharedComponentReachesEveryAppUsingIt() {
    FluxRenderer renderer = FluxRenderer.builder().helm(false).build();
    RenderResult base = renderer.render(repository(), "home");
    // head: a file added to the folder without kustomization, a component changed
    RenderResult head =
        renderer.render(repository().put("apps/tools/b.yaml", configMap("b")), "home");
    assertThat(
            BlastRadius.of(
                base,
                head,
                List.of("components/common/kustomization.yaml", "apps/tools/b.yaml", "README.md")))
        .containsExactly(
            new Reach("components/common/kustomization.yaml", List.of(ref("back"), ref("front"))),
            new Reach("apps/tools/b.yaml", List.of(ref("tools"))),
            new Reach("README.md", List.of()));
  }
}
