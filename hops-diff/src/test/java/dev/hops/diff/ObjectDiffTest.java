package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which objects two renders compare, and how: identity, owners, chart namespaces, renames, owners
 * one render does not know. Renders are made by hand here; {@link RenderedRepositoryDiffTest}
 * compares real renders.
 */
class ObjectDiffTest {

  static final ObjectRef APPS = new ObjectRef("Kustomization", "flux-system", "apps");
  static final ObjectRef INFRA = new ObjectRef("Kustomization", "flux-system", "infra");
  static final ObjectRef WEB_RELEASE = new ObjectRef("HelmRelease", "flux-system", "web");

  static List<MappingNode> objects(String yaml) {
    List<MappingNode> out = new ArrayList<>();
    for (Node n : YamlReader.withDefaults().readDocuments(yaml, "test.yaml")) {
      out.add(n.asMapping());
    }
    return out;
  }

  static KsResult ks(ObjectRef ref, KsStatus status, String yaml) {
    return new KsResult(
        "home",
        ref,
        "./" + ref.name(),
        null,
        List.of(),
        status,
        "",
        objects(yaml),
        SourcePos.UNKNOWN,
        null,
        null,
        List.of());
  }

  static HrResult hr(ObjectRef ref, KsStatus status, String yaml) {
    return new HrResult(
        "home",
        ref,
        APPS,
        "web",
        "1.0.0",
        null,
        status,
        "",
        objects(yaml),
        SourcePos.UNKNOWN,
        List.of());
  }

  static RenderResult render(List<KsResult> kss, List<HrResult> hrs) {
    return new RenderResult(
        List.of(new ClusterResult("home", "clusters/home", kss, List.of(), hrs)), List.of());
  }

  static RenderResult render(KsResult... kss) {
    return render(List.of(kss), List.of());
  }

  /** {@code action owner object [from] | field: before -> after | ...}. */
  static List<String> lines(List<Change> changes) {
    List<String> out = new ArrayList<>();
    for (Change c : changes) {
      StringBuilder s = new StringBuilder(c.action().label() + " " + c.owner() + " " + c.object());
      if (c.renamedFrom() != null) {
        s.append(" from ").append(c.renamedFrom());
      }
      for (FieldChange f : c.fields()) {
        s.append(" | ").append(f.path()).append(": ").append(f.before());
        s.append(" -> ").append(f.after());
      }
      out.add(s.toString());
    }
    return out;
  }

  static String cm(String name, String data) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
          namespace: default
          labels:
            app: %s
        data: %s
        ---
        """
        .formatted(name, name, data);
  }

  @Test
  void addedRemovedAndChangedObjects() {
    RenderResult base =
        render(ks(APPS, KsStatus.RENDERED, cm("a", "{x: '1'}") + cm("b", "{y: '2'}")));
    RenderResult head =
        render(ks(APPS, KsStatus.RENDERED, cm("a", "{x: '2'}") + cm("c", "{z: '3'}")));
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "changed Kustomization/flux-system/apps ConfigMap/default/a | data.x: \"1\" -> \"2\"",
            "removed Kustomization/flux-system/apps ConfigMap/default/b",
            "added Kustomization/flux-system/apps ConfigMap/default/c");
    assertThat(ObjectDiff.compare(base, base)).isEmpty();
  }

  @Test
  void anApiVersionBumpIsAChangeOfTheSameObject() {
    String v1 =
        "apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\n"
            + "metadata: {name: web, namespace: default}\n";
    RenderResult base = render(ks(APPS, KsStatus.RENDERED, v1));
    RenderResult head = render(ks(APPS, KsStatus.RENDERED, v1.replace("v2beta2", "v2")));
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "changed Kustomization/flux-system/apps HorizontalPodAutoscaler/default/web"
                + " | apiVersion: autoscaling/v2beta2 -> autoscaling/v2");
  }

  @Test
  void theSameNameInAnotherGroupIsAnotherObject() {
    String a = "apiVersion: a.example.com/v1\nkind: Thing\nmetadata: {name: x, namespace: d}\n";
    RenderResult base = render(ks(APPS, KsStatus.RENDERED, a));
    RenderResult head =
        render(ks(APPS, KsStatus.RENDERED, a.replace("a.example.com", "b.example.com")));
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "added Kustomization/flux-system/apps Thing/d/x",
            "removed Kustomization/flux-system/apps Thing/d/x");
  }

  @Test
  void anObjectMovedToAnotherKustomizationChangesItsOwnerAndOwnershipLabels() {
    String labelled =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: shared
          namespace: default
          labels:
            kustomize.toolkit.fluxcd.io/name: %s
            kustomize.toolkit.fluxcd.io/namespace: flux-system
        data: {k: v}
        """;
    RenderResult base =
        render(
            ks(APPS, KsStatus.RENDERED, labelled.formatted("apps")),
            ks(INFRA, KsStatus.RENDERED, ""));
    RenderResult head =
        render(
            ks(APPS, KsStatus.RENDERED, ""),
            ks(INFRA, KsStatus.RENDERED, labelled.formatted("infra")));
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "changed Kustomization/flux-system/infra ConfigMap/default/shared"
                + " | metadata.labels[\"kustomize.toolkit.fluxcd.io/name\"]: apps -> infra");
  }

  @Test
  void chartOutputLandsInTheReleaseNamespace() {
    String release =
        """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: web, namespace: flux-system}
        spec: {targetNamespace: %s}
        """;
    String chart =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {type: ClusterIP}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: web}
        """;
    RenderResult base =
        render(
            List.of(ks(APPS, KsStatus.RENDERED, release.formatted("web"))),
            List.of(hr(WEB_RELEASE, KsStatus.RENDERED, chart)));
    RenderResult head =
        render(
            List.of(ks(APPS, KsStatus.RENDERED, release.formatted("web"))),
            List.of(hr(WEB_RELEASE, KsStatus.RENDERED, chart.replace("ClusterIP", "NodePort"))));
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "changed HelmRelease/flux-system/web Service/web/web | spec.type: ClusterIP -> NodePort");
    // another target namespace: the namespaced output moves, the ClusterRole stays
    RenderResult moved =
        render(
            List.of(ks(APPS, KsStatus.RENDERED, release.formatted("apps"))),
            List.of(hr(WEB_RELEASE, KsStatus.RENDERED, chart)));
    assertThat(lines(ObjectDiff.compare(base, moved)))
        .containsExactly(
            "added HelmRelease/flux-system/web Service/apps/web",
            "removed HelmRelease/flux-system/web Service/web/web",
            "changed Kustomization/flux-system/apps HelmRelease/flux-system/web"
                + " | spec.targetNamespace: web -> apps");
  }

  @Test
  void objectsOfAnOwnerThatOneRenderDoesNotKnowAreNotAddedOrRemoved() {
    RenderResult base =
        render(
            ks(APPS, KsStatus.RENDERED, cm("a", "{x: '1'}")),
            ks(INFRA, KsStatus.RENDERED, cm("b", "{x: '1'}") + cm("moved", "{x: '1'}")));
    RenderResult head =
        render(
            ks(APPS, KsStatus.RENDERED, cm("a", "{x: '1'}") + cm("moved", "{x: '2'}")),
            ks(INFRA, KsStatus.FAILED, ""));
    // b may still be there: infra failed; 'moved' is known in both renders, so it is compared
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "changed Kustomization/flux-system/apps ConfigMap/default/moved | data.x: \"1\" -> \"2\"");
    assertThat(ObjectDiff.notCompared(base, head))
        .containsExactly("home: Kustomization/flux-system/infra is failed in the head revision");
  }

  @Test
  void aRenderWithoutHelmKnowsNoChartOutput() {
    String release =
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\n"
            + "metadata: {name: web, namespace: flux-system}\n";
    RenderResult withCharts =
        render(
            List.of(ks(APPS, KsStatus.RENDERED, release)),
            List.of(hr(WEB_RELEASE, KsStatus.RENDERED, cm("web", "{}"))));
    RenderResult withoutCharts = render(ks(APPS, KsStatus.RENDERED, release));
    assertThat(ObjectDiff.compare(withCharts, withoutCharts)).isEmpty();
    assertThat(ObjectDiff.notCompared(withCharts, withoutCharts))
        .containsExactly("home: HelmRelease/flux-system/web is not rendered in the head revision");
  }

  @Test
  void aRenameWithTheSameContentIsReportedOnce() {
    RenderResult base = render(ks(APPS, KsStatus.RENDERED, cm("old", "{k: v}")));
    RenderResult head = render(ks(APPS, KsStatus.RENDERED, cm("new", "{k: v}")));
    // the label that carried the name is the rename's one edit
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "renamed Kustomization/flux-system/apps ConfigMap/default/new"
                + " from ConfigMap/default/old | metadata.labels.app: old -> new");
    RenderResult edited = render(ks(APPS, KsStatus.RENDERED, cm("new", "{k: w}")));
    assertThat(lines(ObjectDiff.compare(base, edited)))
        .containsExactly(
            "added Kustomization/flux-system/apps ConfigMap/default/new",
            "removed Kustomization/flux-system/apps ConfigMap/default/old");
  }

  @Test
  void aGeneratedConfigMapWithANewHashIsRenamedWithEdits() {
    RenderResult base = render(ks(APPS, KsStatus.RENDERED, cm("settings-5fk8m2d9t4", "{k: v}")));
    RenderResult head = render(ks(APPS, KsStatus.RENDERED, cm("settings-9b8mc6tkg2", "{k: w}")));
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "renamed Kustomization/flux-system/apps ConfigMap/default/settings-9b8mc6tkg2"
                + " from ConfigMap/default/settings-5fk8m2d9t4"
                + " | metadata.labels.app: settings-5fk8m2d9t4 -> settings-9b8mc6tkg2"
                + " | data.k: v -> w");
  }

  @Test
  void changesAreOrderedByClusterOwnerAndObject() {
    RenderResult base = render(ks(INFRA, KsStatus.RENDERED, ""), ks(APPS, KsStatus.RENDERED, ""));
    RenderResult head =
        render(
            ks(INFRA, KsStatus.RENDERED, cm("z", "{}") + cm("b", "{}")),
            ks(APPS, KsStatus.RENDERED, cm("y", "{}")));
    assertThat(lines(ObjectDiff.compare(base, head)))
        .containsExactly(
            "added Kustomization/flux-system/apps ConfigMap/default/y",
            "added Kustomization/flux-system/infra ConfigMap/default/b",
            "added Kustomization/flux-system/infra ConfigMap/default/z");
  }

  @Test
  void addedAndRemovedObjectsCarryTheirYamlWithSecretValuesMasked() {
    String secret =
        """
        apiVersion: v1
        kind: Secret
        metadata: {name: db, namespace: apps}
        stringData: {password: hunter2-never-shown}
        """;
    String config =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: web, namespace: apps}
        data: {LOG_LEVEL: debug, TOKEN: "ENC[AES256_GCM,data:abc,iv:x,tag:y,type:str]"}
        """;
    List<Change> changes =
        ObjectDiff.compare(
            render(ks(APPS, KsStatus.RENDERED, config)),
            render(ks(APPS, KsStatus.RENDERED, secret)));
    assertThat(changes).extracting(c -> c.action().label()).containsExactly("removed", "added");
    assertThat(changes.get(0).yaml())
        .isEqualTo(
            "apiVersion: v1\ndata:\n  LOG_LEVEL: debug\n  TOKEN: (secret value)\nkind: ConfigMap\n"
                + "metadata:\n  name: web\n  namespace: apps\n");
    assertThat(changes.get(1).yaml())
        .contains("password: (secret value)")
        .doesNotContain("hunter2");
  }
}
