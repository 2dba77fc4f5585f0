package dev.hops.flux.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.flux.FluxRenderer;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.RenderResult;
import dev.hops.helm.HelmEngine;
import dev.hops.helm.TestRegistry;
import dev.hops.kustomize.MemoryTree;
import dev.hops.yaml.KustomizeYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HelmReleases whose charts come from a real OCI registry on loopback: an OCIRepository {@code
 * chartRef} (tag, semver range, version mutated with the manifest digest), a HelmRepository of type
 * oci, registry mirrors and offline mode.
 */
class HelmReleaseRegistryTest {

  static TestRegistry registry;

  @TempDir Path cacheDir;

  static Path engineCache() {
    String p = System.getProperty("hops.test.cache");
    return p != null ? Path.of(p) : Path.of("target/test-cache");
  }

  @BeforeAll
  static void startRegistry() throws Exception {
    assumeTrue(TestRegistry.available(), "docker-registry is not installed (.ci/run installs it)");
    registry = TestRegistry.start();
    HelmEngine engine = HelmEngine.shared(engineCache());
    for (String version : List.of("1.0.0", "1.1.0", "2.0.0")) {
      registry.push(
          engine,
          "charts",
          Map.of(
              "Chart.yaml",
              "apiVersion: v2\nname: app\nversion: " + version + "\n",
              "values.yaml",
              "replicas: 1\n",
              "templates/deploy.yaml",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: {{ .Release.Name }}
                labels:
                  helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}
              spec:
                replicas: {{ .Values.replicas }}
              """));
    }
  }

  @AfterAll
  static void stopRegistry() {
    if (registry != null) {
      registry.close();
    }
  }

  private static MemoryTree repo(String sources, String release) {
    return new MemoryTree()
        .put(
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
            """)
        .put("clusters/home/apps/sources.yaml", sources)
        .put("clusters/home/apps/release.yaml", release);
  }

  private RenderResult render(MemoryTree tree, FluxRenderer.Builder b) {
    return b.cacheDir(cacheDir).build().render(tree, "home");
  }

  private static HrResult only(RenderResult r) {
    return r.clusters().getFirst().releases().getFirst();
  }

  private static final String RELEASE =
      """
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata:
        name: web
        namespace: default
      spec:
        chartRef:
          kind: OCIRepository
          name: app
        values:
          replicas: 3
      """;

  private static String ociRepository(String url, String ref) {
    return """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata:
          name: app
          namespace: default
        spec:
          url: %s
          ref:
            %s
          layerSelector:
            mediaType: application/vnd.cncf.helm.chart.content.v1.tar+gzip
            operation: copy
        """
        .formatted(url, ref);
  }

  @Test
  void ociRepositoryChartRefWithASemverRange() {
    MemoryTree tree =
        repo(
            ociRepository("oci://" + registry.host() + "/charts/app", "semver: \">=1.0.0 <2.0.0\""),
            RELEASE);
    HrResult hr = only(render(tree, FluxRenderer.builder()));
    assertThat(hr.status()).as(hr.message()).isEqualTo(KsStatus.RENDERED);
    String yaml = KustomizeYaml.toYaml(hr.objects());
    // helm-controller adds the manifest digest to the chart version: 1.1.0+<12 hex digits>
    assertThat(yaml).containsPattern("helm.sh/chart: app-1\\.1\\.0_[0-9a-f]{12}\\n");
    assertThat(yaml).contains("replicas: 3").contains("helm.toolkit.fluxcd.io/name: web");
  }

  @Test
  void aTagThatIsNotTheChartVersionFailsAsInFlux() {
    // the tag 1.0.0 holds chart 1.0.0: fine; a tag naming another version would fail
    MemoryTree tree =
        repo(ociRepository("oci://" + registry.host() + "/charts/app", "tag: 1.0.0"), RELEASE);
    HrResult hr = only(render(tree, FluxRenderer.builder()));
    assertThat(hr.status()).as(hr.message()).isEqualTo(KsStatus.RENDERED);
    assertThat(KustomizeYaml.toYaml(hr.objects())).contains("app-1.0.0_");

    MemoryTree missing =
        repo(ociRepository("oci://" + registry.host() + "/charts/app", "tag: 9.9.9"), RELEASE);
    HrResult failed = only(render(missing, FluxRenderer.builder()));
    assertThat(failed.status()).isEqualTo(KsStatus.FAILED);
    assertThat(failed.message()).contains("OCIRepository/default/app").contains("404");
  }

  @Test
  void helmRepositoryOfTypeOci() {
    MemoryTree tree =
        repo(
            """
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: HelmRepository
            metadata:
              name: charts
              namespace: flux-system
            spec:
              type: oci
              url: oci://%s/charts
            """
                .formatted(registry.host()),
            """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: web
              namespace: default
            spec:
              chart:
                spec:
                  chart: app
                  version: 2.x
                  sourceRef:
                    kind: HelmRepository
                    name: charts
                    namespace: flux-system
            """);
    HrResult hr = only(render(tree, FluxRenderer.builder()));
    assertThat(hr.status()).as(hr.message()).isEqualTo(KsStatus.RENDERED);
    // no digest in the version: only OCIRepository artifacts carry one
    assertThat(KustomizeYaml.toYaml(hr.objects())).contains("helm.sh/chart: app-2.0.0\n");
  }

  @Test
  void registryMirrorAndOfflineMode() {
    MemoryTree tree =
        repo(ociRepository("oci://ghcr.io/example/charts/app", "tag: 1.1.0"), RELEASE);
    // offline with an empty cache: reported, not fetched
    HrResult offline = only(render(tree, FluxRenderer.builder().offline(true)));
    assertThat(offline.status()).isEqualTo(KsStatus.EXTERNAL);
    assertThat(offline.message())
        .startsWith("chart not available: OCIRepository/default/app:")
        .contains("not in the chart cache (offline)");
    // through the mirror, then offline from what the mirror filled in
    FluxRenderer.Builder mirrored =
        FluxRenderer.builder().registryMirror("ghcr.io/example", registry.host());
    assertThat(only(render(tree, mirrored)).status()).isEqualTo(KsStatus.RENDERED);
    HrResult cached =
        only(
            render(
                tree,
                FluxRenderer.builder()
                    .registryMirror("ghcr.io/example", registry.host())
                    .offline(true)));
    assertThat(cached.status()).as(cached.message()).isEqualTo(KsStatus.RENDERED);
  }

  @Test
  void httpHelmRepositoryServedOnLoopback() throws Exception {
    Path work = java.nio.file.Files.createTempDirectory(cacheDir, "repo");
    Path tgz =
        TestRegistry.packageChart(
            HelmEngine.shared(engineCache()),
            work,
            Map.of(
                "Chart.yaml",
                "apiVersion: v2\nname: site\nversion: 3.1.0\n",
                "templates/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n"
                    + "data:\n  chart: {{ .Chart.Version }}\n"));
    byte[] archive = java.nio.file.Files.readAllBytes(tgz);
    String digest =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(archive));
    String index =
        """
        apiVersion: v1
        entries:
          site:
            - name: site
              version: 3.1.0
              digest: %s
              urls: [charts/site-3.1.0.tgz]
            - name: site
              version: 2.0.0
              urls: [charts/site-2.0.0.tgz]
        """
            .formatted(digest);
    java.util.concurrent.atomic.AtomicInteger indexRequests =
        new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          if (path.endsWith("/index.yaml")) {
            indexRequests.incrementAndGet();
          }
          byte[] body =
              path.equals("/helm/index.yaml")
                  ? index.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                  : path.equals("/helm/charts/site-3.1.0.tgz") ? archive : null;
          exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
          if (body != null) {
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/helm";
      MemoryTree tree =
          repo(
              """
              apiVersion: source.toolkit.fluxcd.io/v1
              kind: HelmRepository
              metadata:
                name: sites
                namespace: flux-system
              spec:
                url: %s
              """
                  .formatted(url),
              """
              apiVersion: helm.toolkit.fluxcd.io/v2
              kind: HelmRelease
              metadata:
                name: blog
                namespace: default
              spec:
                chart:
                  spec:
                    chart: site
                    version: ">=3.0.0"
                    sourceRef:
                      kind: HelmRepository
                      name: sites
                      namespace: flux-system
              """);
      tree.put(
          "clusters/home/apps/second.yaml",
          text(tree, "clusters/home/apps/release.yaml").replace("name: blog", "name: wiki"));
      RenderResult both = render(tree, FluxRenderer.builder());
      assertThat(both.clusters().getFirst().releases())
          .hasSize(2)
          .allSatisfy(h -> assertThat(h.status()).as(h.message()).isEqualTo(KsStatus.RENDERED));
      HrResult hr = both.clusters().getFirst().releases().getFirst();
      assertThat(KustomizeYaml.toYaml(hr.objects())).contains("chart: 3.1.0");
      // one index request for both releases
      assertThat(indexRequests.get()).isEqualTo(1);

      // the same repository under its public name, fetched through a mirror
      MemoryTree publicName =
          repo(
              text(tree, "clusters/home/apps/sources.yaml")
                  .replace(url, "https://charts.example.com/helm"),
              text(tree, "clusters/home/apps/release.yaml"));
      FluxRenderer.Builder mirrored =
          FluxRenderer.builder()
              .registryMirror(
                  "https://charts.example.com", url.substring(0, url.length() - "/helm".length()));
      HrResult viaMirror = only(render(publicName, mirrored));
      assertThat(viaMirror.status()).as(viaMirror.message()).isEqualTo(KsStatus.RENDERED);
    } finally {
      server.stop(0);
    }
  }

  private static String text(MemoryTree tree, String path) throws java.io.IOException {
    return new String(tree.read(path), java.nio.charset.StandardCharsets.UTF_8);
  }
}
