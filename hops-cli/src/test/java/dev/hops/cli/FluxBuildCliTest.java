package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hops build} and {@code hops get} as a user runs them on a small repository: objects on
 * stdout (secrets masked), one line per failed Kustomization on stderr, exit codes.
 */
class FluxBuildCliTest {

  @TempDir Path dir;

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

  private static final String APPS =
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
              name: cluster-only
      """;

  private static final String APP =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app
        namespace: default
      data:
        domain: ${DOMAIN}
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: creds
        namespace: default
      stringData:
        password: hunter2
      """;

  private Path repo(Map<String, String> extra) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("clusters/home/flux-system/gotk-sync.yaml", GOTK_SYNC);
    files.put("clusters/home/apps.yaml", APPS);
    files.put("apps/app.yaml", APP);
    files.putAll(extra);
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
    }
    return dir;
  }

  private Path values() throws IOException {
    Path v = dir.resolve("cluster-values.yaml");
    Files.writeString(
        v,
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cluster-only
          namespace: flux-system
        data:
          DOMAIN: example.com
        """);
    return v;
  }

  @Test
  void buildPrintsEveryObjectWithSecretsMasked() throws IOException {
    repo(Map.of());
    CliRun r = CliRun.of("build", dir.toString(), "--values", values().toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("domain: example.com")
        .contains("kustomize.toolkit.fluxcd.io/name: apps")
        .contains("password: ..PLACEHOLDER_password..")
        .doesNotContain("hunter2");
  }

  @Test
  void failedKustomizationIsOneLineOnStderrAndTheRestIsPrinted() throws IOException {
    repo(Map.of());
    CliRun r = CliRun.of("build", "--path", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("name: apps").doesNotContain("domain:");
    assertThat(r.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("error: ")
        .contains("clusters/home/apps.yaml:1:1: Kustomization/flux-system/apps: ")
        .contains("configmaps \"cluster-only\" not found");
  }

  @Test
  void buildOneKustomizationAsJson() throws IOException {
    repo(Map.of());
    CliRun r =
        CliRun.of(
            "build", "ks", "apps", dir.toString(), "--values", values().toString(), "-o", "json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("{\n  \"apiVersion\": \"v1\",\n  \"items\": [")
        .contains("\"domain\": \"example.com\"")
        .doesNotContain("\"kind\": \"Kustomization\"");
  }

  @Test
  void buildKsRecursiveIncludesChildren() throws IOException {
    repo(Map.of());
    CliRun r =
        CliRun.of(
            "build", "ks", "flux-system", "-r", dir.toString(), "--values", values().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("name: apps").contains("domain: example.com");
    CliRun single =
        CliRun.of("build", "ks", "flux-system", dir.toString(), "--values", values().toString());
    assertThat(single.out()).doesNotContain("domain: example.com");
  }

  @Test
  void unknownKustomizationIsAnError() throws IOException {
    repo(Map.of());
    CliRun r = CliRun.of("build", "ks", "nope", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "Error: no Kustomization 'nope' in the repository; found: flux-system/flux-system");
  }

  @Test
  void getKsAsJsonHasTheDocumentedFields() throws IOException {
    repo(Map.of());
    CliRun r = CliRun.of("get", "ks", dir.toString(), "-o", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("\"cluster\": \"home\"")
        .contains("\"namespace\": \"flux-system\"")
        .contains("\"name\": \"apps\"")
        .contains("\"path\": \"./apps\"")
        .contains("\"source\": \"GitRepository/flux-system/flux-system\"")
        .contains("\"dependsOn\": []")
        .contains("\"status\": \"failed\"")
        .contains("\"status\": \"rendered\"")
        .contains("\"objects\": 0")
        .contains("\"message\": \"");
  }

  @Test
  void getKsTable() throws IOException {
    repo(Map.of());
    CliRun r = CliRun.of("get", "ks", "--path", dir.toString(), "--values", values().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().toList())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("CLUSTER   NAMESPACE     NAME");
  }

  @Test
  void badValuesFileAndBadRepository() throws IOException {
    repo(Map.of());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n");
    CliRun r = CliRun.of("build", dir.toString(), "--values", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "Error: " + bad + ":1:1: --values takes ConfigMaps and Secrets (apiVersion v1) only\n");
    CliRun missing = CliRun.of("build", dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).endsWith("nope: not a directory\n");
  }

  @Test
  void clusterSelection() throws IOException {
    repo(Map.of());
    CliRun r = CliRun.of("get", "clusters", dir.toString(), "-o", "yaml");
    assertThat(r.out()).contains("- kustomizations: 2").contains("name: home");
    CliRun wrong = CliRun.of("build", dir.toString(), "--cluster", "prod");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("no cluster named 'prod'; clusters found: home");
  }

  private static String cacheDir() {
    String p = System.getProperty("hops.test.cache");
    return p != null ? p : "target/test-cache";
  }

  private Path repoWithChart() throws IOException {
    return repo(
        Map.of(
            "apps/release.yaml",
            """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: web
              namespace: default
            spec:
              chart:
                spec:
                  chart: ./charts/web
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                    namespace: flux-system
              values:
                greeting: hello
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: remote
              namespace: default
            spec:
              chartRef:
                kind: OCIRepository
                name: remote
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: broken
              namespace: default
            spec:
              chart:
                spec:
                  chart: ./charts/broken
                  sourceRef:
                    kind: GitRepository
                    name: flux-system
                    namespace: flux-system
            """,
            "charts/web/Chart.yaml",
            "apiVersion: v2\nname: web\nversion: 0.1.0\n",
            "charts/web/templates/cm.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}
            data:
              greeting: {{ .Values.greeting }}
            """,
            "charts/broken/Chart.yaml",
            "apiVersion: v2\nname: broken\nversion: 0.1.0\n",
            "charts/broken/templates/cm.yaml",
            "data: {{ .Values.nothing.here }}\n"));
  }

  @Test
  void helmReleasesAreRenderedListedAndReported() throws IOException {
    repoWithChart();
    String[] common = {dir.toString(), "--values", values().toString(), "--cache-dir", cacheDir()};
    CliRun build = CliRun.of(concat(new String[] {"build"}, common));
    assertThat(build.exitCode()).isEqualTo(1);
    assertThat(build.out())
        .contains("greeting: hello")
        .contains("helm.toolkit.fluxcd.io/name: web")
        .contains("helm.toolkit.fluxcd.io/namespace: default");
    assertThat(build.err())
        .contains("warning: 1 HelmRelease(s) not rendered")
        .contains("OCIRepository/default/remote")
        .contains("HelmRelease/default/broken: Helm: ")
        .contains("nil pointer evaluating interface {}.here");
    assertThat(build.err().lines().filter(l -> l.startsWith("error:"))).hasSize(1);

    CliRun one = CliRun.of(concat(new String[] {"build", "hr", "web", "-n", "default"}, common));
    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).contains("name: web").doesNotContain("kind: HelmRelease");

    CliRun list = CliRun.of(concat(new String[] {"get", "hr", "-o", "json"}, common));
    assertThat(list.exitCode()).isEqualTo(1);
    assertThat(list.out())
        .contains("\"name\": \"web\"")
        .contains("\"status\": \"rendered\"")
        .contains("\"status\": \"external\"")
        .contains("\"status\": \"failed\"")
        .contains("\"kustomization\": \"flux-system/apps\"");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
