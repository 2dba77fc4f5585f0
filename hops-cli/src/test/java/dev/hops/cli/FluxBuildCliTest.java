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
}
