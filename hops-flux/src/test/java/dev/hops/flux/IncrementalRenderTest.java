package dev.hops.flux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second render with the same renderer (another revision) reuses what the first built, and gives
 * exactly what a fresh renderer gives: every Kustomization, status, message, object and position.
 */
class IncrementalRenderTest {

  /** A Flux Kustomization of the repository at {@code path}, with extra spec lines. */
  static String ks(String name, String path, String extra) {
    return """
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: flux-system
        spec:
          path: %s
          sourceRef:
            kind: GitRepository
            name: flux-system
        %s"""
        .formatted(name, path, extra.indent(2));
  }

  static String configMap(String name, String data) {
    return configMap(name, "default", data);
  }

  static String configMap(String name, String namespace, String data) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
          namespace: %s
        data:
        %s"""
        .formatted(name, namespace, data.indent(2));
  }

  /**
   * Two apps sharing a component, a folder without kustomization.yaml, cluster settings used by a
   * Kustomization's substituteFrom, and a root that patches a child's variables.
   */
  static Map<String, String> repository() {
    Map<String, String> files = new TreeMap<>();
    files.put("clusters/home/flux-system/gotk-sync.yaml", FluxRendererTest.GOTK_SYNC);
    files.put(
        "clusters/home/flux-system/kustomization.yaml",
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
            + "resources:\n  - gotk-sync.yaml\n");
    files.put(
        "clusters/home/kustomization.yaml",
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - flux-system
          - apps.yaml
        patches:
          - path: web-greeting.yaml
        """);
    files.put(
        "clusters/home/web-greeting.yaml",
        """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: web
          namespace: flux-system
        spec:
          postBuild:
            substitute:
              GREETING: hello
        """);
    files.put(
        "clusters/home/apps.yaml",
        ks("frontend", "./apps/frontend", "")
            + ks("backend", "./apps/backend", "")
            + ks("tools", "./apps/tools", "")
            + ks("settings", "./settings", "")
            + webKs());
    for (String app : List.of("frontend", "backend")) {
      files.put(
          "apps/" + app + "/kustomization.yaml",
          "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
              + "resources:\n  - cm.yaml\ncomponents:\n  - ../../components/common\n");
      files.put("apps/" + app + "/cm.yaml", configMap(app, "app: " + app));
    }
    files.put(
        "components/common/kustomization.yaml",
        """
        apiVersion: kustomize.config.k8s.io/v1alpha1
        kind: Component
        labels:
          - pairs:
              team: blue
        """);
    files.put("apps/tools/a.yaml", configMap("tool-a", "tool: a"));
    files.put("apps/tools/nested/b.yaml", configMap("tool-b", "tool: b"));
    files.put("apps/web/kustomization.yaml", "resources:\n  - cm.yaml\n");
    files.put("apps/web/cm.yaml", configMap("web", "greeting: ${GREETING}\ndomain: ${DOMAIN}\n"));
    files.put(
        "settings/cluster-settings.yaml",
        configMap("cluster-settings", "flux-system", "DOMAIN: a.org"));
    files.put("docs/notes.txt", "nothing to build\n");
    return files;
  }

  static String webKs() {
    return ks(
        "web",
        "./apps/web",
        """
        postBuild:
          substituteFrom:
            - kind: ConfigMap
              name: cluster-settings
        """);
  }

  static MemoryTree tree(Map<String, String> files) {
    MemoryTree t = new MemoryTree();
    files.forEach(t::put);
    return t;
  }

  /**
   * The render of {@code head} after {@code base} with one renderer, checked against a fresh one.
   */
  static Steps renderTwice(SourceTree base, SourceTree head, FluxRenderer.Builder options) {
    Steps steps = new Steps();
    FluxRenderer shared = options.progress(steps).build();
    String first = RenderDump.of(shared.render(base, "home"));
    steps.clear();
    String second = RenderDump.of(shared.render(head, "home"));
    String fresh = RenderDump.of(options.progress(Progress.NONE).build().render(head, "home"));
    assertThat(second).isEqualTo(fresh);
    steps.changed = !first.equals(second);
    return steps;
  }

  static Steps renderTwice(Map<String, String> base, Map<String, String> head) {
    return renderTwice(tree(base), tree(head), FluxRenderer.builder().helm(false));
  }

  static final String BUILD = "KUSTOMIZE_BUILD ";
  static final String POST = "POST_BUILD ";

  @Test
  void sameRevisionAgainBuildsNothing() {
    Steps steps = renderTwice(repository(), repository());
    assertThat(steps.ran()).isEmpty();
    assertThat(steps.reused(BUILD))
        .containsExactlyInAnyOrder(
            "clusters/home", "apps/frontend", "apps/backend", "apps/tools", "settings", "apps/web");
    assertThat(steps.changed).isFalse();
  }

  @Test
  void aSharedComponentChangeRebuildsBothAppsUsingIt() {
    Map<String, String> head = repository();
    head.put(
        "components/common/kustomization.yaml",
        head.get("components/common/kustomization.yaml").replace("blue", "green"));
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran(BUILD)).containsExactlyInAnyOrder("apps/frontend", "apps/backend");
    assertThat(steps.ran(POST))
        .containsExactlyInAnyOrder(
            "Kustomization/flux-system/frontend", "Kustomization/flux-system/backend");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void anUnrelatedFileRebuildsNothing() {
    Map<String, String> head = repository();
    head.put("docs/notes.txt", "changed\n");
    head.put("README.md", "# home\n");
    // listed by the generated kustomization's scan, but not a manifest: the same file comes out
    head.put("apps/tools/README.md", "tools\n");
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran()).isEmpty();
  }

  @Test
  void aFileAddedToAFolderWithoutKustomizationRebuildsIt() {
    Map<String, String> head = repository();
    head.put("apps/tools/nested/c.yml", configMap("tool-c", "tool: c"));
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran(BUILD)).containsExactly("apps/tools");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aKustomizationYmlAppearingIsSeen() {
    Map<String, String> head = repository();
    // the folder without a kustomization gets one: only its own file's resource is built now
    head.put("apps/tools/kustomization.yml", "resources:\n  - a.yaml\n");
    // next to an existing kustomization.yaml: kustomize refuses the folder
    head.put("apps/frontend/kustomization.yml", "resources:\n  - cm.yaml\n");
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran(BUILD)).containsExactlyInAnyOrder("apps/tools", "apps/frontend");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aParentPatchChangingAChildsVariablesRedoesOnlyItsPostBuild() {
    Map<String, String> head = repository();
    head.put(
        "clusters/home/web-greeting.yaml",
        head.get("clusters/home/web-greeting.yaml").replace("hello", "bonjour"));
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran(BUILD)).containsExactly("clusters/home");
    assertThat(steps.reused(BUILD)).contains("apps/web");
    assertThat(steps.ran(POST))
        .containsExactlyInAnyOrder(
            "Kustomization/flux-system/flux-system", "Kustomization/flux-system/web");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aSubstituteFromChangeRedoesThePostBuildOfItsUsers() {
    Map<String, String> head = repository();
    head.put(
        "settings/cluster-settings.yaml",
        configMap("cluster-settings", "flux-system", "DOMAIN: b.org"));
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran(BUILD)).containsExactly("settings");
    assertThat(steps.ran(POST))
        .containsExactlyInAnyOrder(
            "Kustomization/flux-system/settings", "Kustomization/flux-system/web");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aSourceIgnoreChangeRebuildsWhatItHides() {
    Map<String, String> head = repository();
    head.put(".sourceignore", "apps/tools/nested/\n");
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran(BUILD)).containsExactly("apps/tools");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void aRemovedKustomizationIsGoneAndTheRestReused() {
    Map<String, String> head = repository();
    // backend, tools and settings go; web stays (the root patches it), without its settings
    head.put("clusters/home/apps.yaml", ks("frontend", "./apps/frontend", "") + webKs());
    Steps steps = renderTwice(repository(), head);
    assertThat(steps.ran(BUILD)).containsExactly("clusters/home");
    assertThat(steps.reused(BUILD)).containsExactlyInAnyOrder("apps/frontend", "apps/web");
    assertThat(steps.changed).isTrue();
  }

  @Test
  void inputsAreTheFilesEachBuildReadAsTheRepositoryHoldsThem() {
    Map<String, String> files = new TreeMap<>();
    // the artifact is the kubernetes/ folder of the repository
    repository().forEach((path, text) -> files.put("kubernetes/" + path, text));
    RenderResult r = FluxRenderer.builder().helm(false).build().render(tree(files), "home");
    Map<String, List<String>> inputs = new TreeMap<>();
    r.clusters().getFirst().kustomizations().forEach(k -> inputs.put(k.ref().name(), k.inputs()));
    assertThat(inputs.get("frontend"))
        .containsExactly(
            "kubernetes/apps/frontend/cm.yaml",
            "kubernetes/apps/frontend/kustomization.yaml",
            "kubernetes/components/common/kustomization.yaml");
    assertThat(inputs.get("tools"))
        .containsExactly("kubernetes/apps/tools/a.yaml", "kubernetes/apps/tools/nested/b.yaml");
    assertThat(inputs.get("flux-system"))
        .containsExactly(
            "kubernetes/clusters/home/apps.yaml",
            "kubernetes/clusters/home/flux-system/gotk-sync.yaml",
            "kubernetes/clusters/home/flux-system/kustomization.yaml",
            "kubernetes/clusters/home/kustomization.yaml",
            "kubernetes/clusters/home/web-greeting.yaml");
  }

  @Test
  void treesThatShowPathsDifferentlyAreBuiltAgain(@TempDir Path dir) throws IOException {
    Map<String, String> files = repository();
    for (String copy : List.of("a", "b")) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = dir.resolve(copy).resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue());
      }
    }
    Steps steps =
        renderTwice(
            SourceTree.onDisk(dir.resolve("a")),
            SourceTree.onDisk(dir.resolve("b")),
            FluxRenderer.builder().helm(false));
    // the objects' positions name b's files: nothing of a's builds is taken
    assertThat(steps.reused(BUILD)).isEmpty();
    assertThat(steps.ran(BUILD)).hasSize(6);
  }
}
