package dev.hops.flux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole repositories, inline: what Flux would apply from each Kustomization. */
class FluxRendererTest {

  /** A flux bootstrap root syncing ./clusters/home (also the incremental render tests'). */
  static final String GOTK_SYNC =
      """
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: GitRepository
      metadata:
        name: flux-system
        namespace: flux-system
      spec:
        url: ssh://git@github.com/me/home-ops
        ref:
          branch: main
      ---
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

  private static MemoryTree bootstrap() {
    return new MemoryTree()
        .put("clusters/home/flux-system/gotk-sync.yaml", GOTK_SYNC)
        .put(
            "clusters/home/flux-system/kustomization.yaml",
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
              - gotk-sync.yaml
            """);
  }

  private static RenderResult render(SourceTree tree) {
    return FluxRenderer.builder().build().render(tree, "test");
  }

  private static KsResult ks(RenderResult r, String name) {
    return r.clusters().stream()
        .flatMap(c -> c.kustomizations().stream())
        .filter(k -> k.ref().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Kustomization " + name));
  }

  private static String yaml(KsResult k) {
    return KustomizeYaml.toYaml(k.objects());
  }

  @Test
  void bootstrapRootChildrenAndGeneratedKustomization() {
    MemoryTree tree =
        bootstrap()
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
                """)
            .put(
                "apps/podinfo/cm.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: podinfo
                  namespace: default
                data:
                  a: b
                """);
    RenderResult r = render(tree);
    assertThat(r.clusters()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("home"));
    assertThat(ks(r, "flux-system").status()).isEqualTo(KsStatus.RENDERED);
    KsResult apps = ks(r, "apps");
    assertThat(apps.status()).isEqualTo(KsStatus.RENDERED);
    assertThat(apps.parent())
        .isEqualTo(new ObjectRef("Kustomization", "flux-system", "flux-system"));
    // apps/ has no kustomization.yaml: Flux generates one listing every manifest below it
    assertThat(yaml(apps))
        .isEqualTo(
            """
            apiVersion: v1
            data:
              a: b
            kind: ConfigMap
            metadata:
              labels:
                kustomize.toolkit.fluxcd.io/name: apps
                kustomize.toolkit.fluxcd.io/namespace: flux-system
              name: podinfo
              namespace: default
            """);
  }

  private static MemoryTree appsWithDraftsAndPrivateFolder(MemoryTree tree) {
    return tree.put(
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
            ---
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: private
              namespace: flux-system
            spec:
              path: ./private
              sourceRef:
                kind: GitRepository
                name: flux-system
            """)
        .put("apps/kept.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kept\n")
        .put("apps/wip.draft.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wip\n")
        .put("private/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p\n");
  }

  @Test
  void sourceIgnoreFilesLeaveContentOutOfTheArtifact() {
    MemoryTree tree =
        appsWithDraftsAndPrivateFolder(bootstrap())
            .put(".sourceignore", "/private/\n")
            .put("apps/.sourceignore", "*.draft.yaml\n");
    RenderResult r = render(tree);
    assertThat(yaml(ks(r, "apps"))).contains("name: kept").doesNotContain("name: wip");
    assertThat(ks(r, "private").status()).isEqualTo(KsStatus.FAILED);
    assertThat(ks(r, "private").message())
        .contains("kustomization path not found")
        .contains("left out of the source artifact by .sourceignore or spec.ignore");
  }

  @Test
  void gitRepositorySpecIgnoreAppliesToTheRepositoryArtifact() {
    MemoryTree tree =
        appsWithDraftsAndPrivateFolder(
            bootstrap()
                .put(
                    "clusters/home/flux-system/gotk-sync.yaml",
                    GOTK_SYNC.replace(
                        "  ref:\n", "  ignore: |\n    private\n    *.draft.yaml\n  ref:\n")));
    RenderResult r = render(tree);
    assertThat(ks(r, "apps").status()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(ks(r, "apps"))).contains("name: kept").doesNotContain("name: wip");
    assertThat(ks(r, "private").status()).isEqualTo(KsStatus.FAILED);
  }

  @Test
  void defaultExclusionsApplyWhenNothingElseIsSaid() {
    MemoryTree tree =
        appsWithDraftsAndPrivateFolder(bootstrap())
            .put(
                "apps/.sops.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sops-config\n");
    KsResult apps = ks(render(tree), "apps");
    assertThat(yaml(apps)).contains("name: wip").doesNotContain("sops-config");
  }

  @Test
  void specFieldsAndChildNamespaceFromTheParentsBuild() {
    MemoryTree tree =
        bootstrap()
            .put(
                "clusters/home/kustomization.yaml",
                """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - flux-system
                  - ../../apps/media/jellyfin/ks.yaml
                """)
            .put(
                "apps/media/jellyfin/ks.yaml",
                """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: jellyfin
                  namespace: media
                spec:
                  path: ./apps/media/jellyfin/app
                  targetNamespace: media
                  namePrefix: my-
                  commonMetadata:
                    labels:
                      app.kubernetes.io/name: jellyfin
                  patches:
                    - patch: |
                        - op: add
                          path: /data/patched
                          value: "yes"
                      target:
                        kind: ConfigMap
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                    namespace: flux-system
                """)
            .put(
                "apps/media/jellyfin/app/kustomization.yaml",
                """
                resources:
                  - cm.yaml
                """)
            .put(
                "apps/media/jellyfin/app/cm.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  tz: UTC
                """);
    KsResult jellyfin = ks(render(tree), "jellyfin");
    assertThat(jellyfin.status()).as(jellyfin.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(jellyfin))
        .isEqualTo(
            """
            apiVersion: v1
            data:
              patched: "yes"
              tz: UTC
            kind: ConfigMap
            metadata:
              labels:
                app.kubernetes.io/name: jellyfin
                kustomize.toolkit.fluxcd.io/name: jellyfin
                kustomize.toolkit.fluxcd.io/namespace: media
              name: my-settings
              namespace: media
            """);
  }

  private static MemoryTree withVars(String appYaml, String postBuild) {
    return bootstrap()
        .put(
            "clusters/home/settings.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cluster-settings
              namespace: flux-system
            data:
              DOMAIN: example.com
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: cluster-secrets
              namespace: flux-system
            stringData:
              TOKEN: s3cr3t
            """)
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
            """
                + postBuild)
        .put("apps/app.yaml", appYaml);
  }

  private static final String POST_BUILD =
      """
        postBuild:
          substitute:
            APP: web
          substituteFrom:
            - kind: ConfigMap
              name: cluster-settings
            - kind: Secret
              name: cluster-secrets
      """;

  @Test
  void substitutionFromRenderedConfigMapsAndSecretsWithPlaceholders() {
    MemoryTree tree =
        withVars(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: ${APP}
              namespace: default
            data:
              host: ${APP}.${DOMAIN}
              token: ${TOKEN}
              tz: ${TZ:=UTC}
              escaped: $${NOT_A_VAR}
            """,
            POST_BUILD);
    RenderResult r = render(tree);
    KsResult apps = ks(r, "apps");
    assertThat(apps.status()).as(apps.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(apps))
        .contains("name: web\n")
        .contains("host: web.example.com\n")
        .contains("token: ..PLACEHOLDER_TOKEN..\n")
        .contains("tz: UTC\n")
        .contains("escaped: ${NOT_A_VAR}\n")
        .doesNotContain("s3cr3t");
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .contains("Secret/cluster-secrets")
        .contains("TOKEN");
  }

  @Test
  void undefinedVariableFailsThatKustomizationOnly() {
    MemoryTree tree =
        withVars(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app
              namespace: default
            data:
              host: ${MISSING}
            """,
            POST_BUILD);
    RenderResult r = render(tree);
    KsResult apps = ks(r, "apps");
    assertThat(apps.status()).isEqualTo(KsStatus.FAILED);
    assertThat(apps.message())
        .contains("apps/app.yaml:1:1")
        .contains("ConfigMap/default/app")
        .contains("variable not set (strict mode): \"MISSING\"");
    assertThat(apps.objects()).isEmpty();
    assertThat(ks(r, "flux-system").status()).isEqualTo(KsStatus.RENDERED);
    assertThat(r.allRendered()).isFalse();

    RenderResult lenient = FluxRenderer.builder().strict(false).build().render(tree, "test");
    assertThat(ks(lenient, "apps").status()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(ks(lenient, "apps")))
        .as(ks(lenient, "apps").message())
        .contains("host: null\n");
  }

  @Test
  void substituteFromWaitsForAnotherKustomizationToRenderTheSource() {
    MemoryTree tree =
        bootstrap()
            .put(
                "clusters/home/ks.yaml",
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
                  postBuild:
                    substituteFrom:
                      - kind: ConfigMap
                        name: vars
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: config
                  namespace: flux-system
                spec:
                  path: ./config
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                """)
            .put(
                "config/vars.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: vars
                  namespace: flux-system
                data:
                  COLOR: blue
                """)
            .put(
                "apps/app.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: app
                  namespace: default
                data:
                  color: ${COLOR}
                """);
    KsResult apps = ks(render(tree), "apps");
    assertThat(apps.status()).as(apps.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(apps)).contains("color: blue");
  }

  @Test
  void parentPatchesAndVariablesReachChildKustomizations() {
    MemoryTree tree =
        withVars(
                """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: child
              namespace: flux-system
            spec:
              path: ./apps/${APP}
              sourceRef:
                kind: GitRepository
                name: flux-system
            """,
                POST_BUILD
                    + """
                  patches:
                    - patch: |
                        apiVersion: kustomize.toolkit.fluxcd.io/v1
                        kind: Kustomization
                        metadata:
                          name: _
                        spec:
                          postBuild:
                            substitute:
                              COLOR: red
                      target:
                        kind: Kustomization
                """)
            .put(
                "apps/web/kustomization.yaml",
                """
                resources:
                  - cm.yaml
                """)
            .put(
                "apps/web/cm.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: colors
                  namespace: default
                data:
                  color: ${COLOR}
                """);
    RenderResult r = render(tree);
    KsResult child = ks(r, "child");
    assertThat(child.status()).as(child.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(child.path()).isEqualTo("./apps/web");
    assertThat(yaml(child)).contains("color: red");
  }

  @Test
  void badInputIsReportedAndTheRestStillRenders() {
    MemoryTree tree =
        bootstrap()
            .put(
                "clusters/home/ks.yaml",
                """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: nowhere
                  namespace: flux-system
                spec:
                  path: ./does/not/exist
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: broken
                  namespace: flux-system
                spec:
                  path: ./broken
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: good
                  namespace: flux-system
                spec:
                  path: ./good
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: elsewhere
                  namespace: flux-system
                spec:
                  path: ./deploy
                  sourceRef:
                    kind: OCIRepository
                    name: other
                """)
            .put(
                "broken/deep/dir/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [x\n")
            .put(
                "good/cm.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: fine
                  namespace: default
                """);
    RenderResult r = render(tree);
    assertThat(ks(r, "nowhere").status()).isEqualTo(KsStatus.FAILED);
    assertThat(ks(r, "nowhere").message())
        .isEqualTo("kustomization path not found: does/not/exist");
    assertThat(ks(r, "broken").status()).isEqualTo(KsStatus.FAILED);
    assertThat(ks(r, "broken").message())
        .contains("broken/deep/dir/cm.yaml:5:1: failed to decode Kubernetes YAML");
    assertThat(ks(r, "good").status()).isEqualTo(KsStatus.RENDERED);
    assertThat(ks(r, "elsewhere").status()).isEqualTo(KsStatus.EXTERNAL);
    assertThat(ks(r, "elsewhere").message()).contains("OCIRepository/flux-system/other");

    RenderResult mapped =
        FluxRenderer.builder()
            .source(
                "other",
                new MemoryTree()
                    .put(
                        "deploy/cm.yaml",
                        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mapped\n  namespace: default\n"))
            .build()
            .render(tree, "test");
    assertThat(ks(mapped, "elsewhere").status()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(ks(mapped, "elsewhere"))).contains("name: mapped");
  }

  @Test
  void childDefinedTwiceFailsTheSecondParent() {
    String child =
        """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: twin
          namespace: flux-system
        spec:
          path: ./twin
          sourceRef:
            kind: GitRepository
            name: flux-system
        """;
    String parents =
        """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: left
          namespace: flux-system
        spec:
          path: ./left
          sourceRef:
            kind: GitRepository
            name: flux-system
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: right
          namespace: flux-system
        spec:
          path: ./right
          sourceRef:
            kind: GitRepository
            name: flux-system
        """;
    MemoryTree tree =
        bootstrap()
            .put("clusters/home/parents.yaml", parents)
            .put("left/twin.yaml", child)
            .put("right/twin.yaml", child)
            .put(
                "twin/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: t\n  namespace: default\n");
    RenderResult r = render(tree);
    assertThat(ks(r, "left").status()).isEqualTo(KsStatus.RENDERED);
    KsResult right = ks(r, "right");
    assertThat(right.status()).isEqualTo(KsStatus.FAILED);
    assertThat(right.message())
        .contains("Kustomization/flux-system/twin is defined twice")
        .contains("left/twin.yaml:1:1")
        .contains("right/twin.yaml:1:1");
    assertThat(ks(r, "twin").status()).isEqualTo(KsStatus.RENDERED);
    assertThat(ks(r, "twin").parent().name()).isEqualTo("left");
  }

  @Test
  void sopsSecretWithoutDecryptionFailsAndIsMaskedWhenPrinted() {
    String sopsSecret =
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
          namespace: default
        stringData:
          password: ENC[AES256_GCM,data:abc=,iv:x=,tag:y=,type:str]
        sops:
          mac: ENC[AES256_GCM,data:m=,iv:x=,tag:y=,type:str]
          version: 3.9.0
        """;
    MemoryTree tree = bootstrap().put("clusters/home/secret.sops.yaml", sopsSecret);
    KsResult root = ks(render(tree), "flux-system");
    assertThat(root.status()).isEqualTo(KsStatus.FAILED);
    assertThat(root.message())
        .isEqualTo(
            "Secret/default/creds is SOPS encrypted, configuring decryption is required for this"
                + " secret to be reconciled");
    MappingNode secret =
        root.objects().stream()
            .filter(o -> "Secret".equals(o.getString("kind")))
            .findFirst()
            .orElseThrow();
    assertThat(KustomizeYaml.toYaml(SecretMasker.mask(secret)))
        .doesNotContain("ENC[")
        .doesNotContain("sops")
        .contains("password: ..PLACEHOLDER_password..");
  }

  @Test
  void plainSecretsAreMaskedWhenPrinted() {
    MappingNode secret =
        (MappingNode)
            YamlReader.withDefaults()
                .readDocument(
                    """
                    apiVersion: v1
                    kind: Secret
                    metadata:
                      name: s
                    data:
                      token: c2VjcmV0
                    stringData:
                      user: admin
                    """,
                    "s.yaml");
    assertThat(KustomizeYaml.toYaml(SecretMasker.mask(secret)))
        .isEqualTo(
            """
            apiVersion: v1
            data:
              token: Li5QTEFDRUhPTERFUl90b2tlbi4u
            kind: Secret
            metadata:
              name: s
            stringData:
              user: ..PLACEHOLDER_user..
            """);
  }

  @Test
  void fluxOperatorInstanceWithPatchedRoot() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "kubernetes/flux/instance.yaml",
                """
                apiVersion: fluxcd.controlplane.io/v1
                kind: FluxInstance
                metadata:
                  name: flux
                  namespace: flux-system
                spec:
                  sync:
                    kind: GitRepository
                    url: https://github.com/me/home-ops
                    ref: refs/heads/main
                    path: kubernetes/clusters/main
                  kustomize:
                    patches:
                      - patch: |
                          - op: add
                            path: /spec/postBuild
                            value:
                              substitute:
                                CLUSTER: main
                        target:
                          kind: Kustomization
                """)
            .put(
                "kubernetes/clusters/main/cm.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cluster
                  namespace: flux-system
                data:
                  name: ${CLUSTER}
                """);
    RenderResult r = render(tree);
    assertThat(r.clusters()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("main"));
    KsResult root = ks(r, "flux-system");
    assertThat(root.status()).as(root.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(root)).contains("name: main\n");
  }

  @Test
  void placeholderGotkSyncStillGivesTheCluster() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "clusters/staging/flux-system/gotk-sync.yaml",
                "# This file will be generated automatically by flux bootstrap.\n")
            .put(
                "clusters/staging/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: default\n");
    RenderResult r = render(tree);
    assertThat(r.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.name()).isEqualTo("staging"));
    assertThat(ks(r, "flux-system").objects()).hasSize(1);
  }

  @Test
  void clusterChoiceAndNoCluster() {
    assertThat(FluxRenderer.builder().build().render(bootstrap(), "test", "home").clusters())
        .hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> FluxRenderer.builder().build().render(bootstrap(), "test", "prod"))
        .hasMessageContaining("no cluster named 'prod'; clusters found: home");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> render(new MemoryTree().put("README.md", "hi")))
        .hasMessageContaining("no Flux cluster found");
  }

  @Test
  void objectsAreInKustomizeOrderPerKustomization() {
    MemoryTree tree =
        bootstrap()
            .put(
                "clusters/home/things.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: d
                  namespace: default
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: default
                """);
    List<String> kinds =
        ks(render(tree), "flux-system").objects().stream().map(o -> o.getString("kind")).toList();
    assertThat(kinds).containsExactly("Namespace", "Deployment", "Kustomization", "GitRepository");
  }

  @Test
  void externalArtifactsComposedByAnArtifactGenerator() {
    MemoryTree tree =
        bootstrap()
            .put(
                "clusters/home/artifacts.yaml",
                """
                apiVersion: source.extensions.fluxcd.io/v1beta1
                kind: ArtifactGenerator
                metadata:
                  name: split
                  namespace: flux-system
                spec:
                  sources:
                    - alias: repo
                      kind: GitRepository
                      name: flux-system
                  artifacts:
                    - name: apps
                      copy:
                        - from: "@repo/deploy/apps/**"
                          to: "@artifact/"
                ---
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: apps
                  namespace: flux-system
                spec:
                  path: ./prod
                  sourceRef:
                    kind: ExternalArtifact
                    name: apps
                """)
            .put(
                "deploy/apps/prod/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-artifact\n  namespace: default\n");
    RenderResult r = render(tree);
    KsResult apps = ks(r, "apps");
    assertThat(apps.status()).as(apps.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(yaml(apps)).contains("name: from-artifact");
    assertThat(r.clusters().getFirst().sources())
        .anySatisfy(
            s -> {
              assertThat(s.ref().toString()).isEqualTo("ExternalArtifact/flux-system/apps");
              assertThat(s.usage()).isEqualTo(SourceInfo.Usage.GENERATED);
            });
  }

  @Test
  void ociArtifactOfASubFolderSyncedByAFluxInstanceValuesFile() {
    MemoryTree tree =
        new MemoryTree()
            .put(
                "kubernetes/clusters/main/flux/instance/values.yaml",
                """
                instance:
                  distribution:
                    artifact: oci://ghcr.io/controlplaneio-fluxcd/flux-operator-manifests
                  sync:
                    kind: OCIRepository
                    url: oci://ghcr.io/me/manifests
                    ref: latest
                    path: ./clusters/main
                """)
            .put(
                "kubernetes/clusters/main/apps.yaml",
                """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: apps
                  namespace: flux-system
                spec:
                  path: ./apps
                  sourceRef:
                    kind: OCIRepository
                    name: flux-system
                """)
            .put("kubernetes/clusters/main/kustomization.yaml", "resources:\n- apps.yaml\n")
            .put(
                "kubernetes/apps/kustomization.yaml",
                "resources:\n- cm.yaml\n- ../../outside.yaml\n")
            .put(
                "kubernetes/apps/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: default\n")
            .put(
                "outside.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside\n  namespace: default\n");
    RenderResult r = render(tree);
    assertThat(ks(r, "flux-system").status())
        .as(ks(r, "flux-system").message())
        .isEqualTo(KsStatus.RENDERED);
    KsResult apps = ks(r, "apps");
    // the OCI artifact is kubernetes/: a file above it is not in the artifact
    assertThat(apps.status()).isEqualTo(KsStatus.FAILED);
    assertThat(apps.message()).contains("outside.yaml");
  }
}
