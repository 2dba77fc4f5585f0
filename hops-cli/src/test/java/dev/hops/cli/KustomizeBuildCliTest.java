package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hops kustomize build} as a user runs it: output, warnings and one-line errors with file,
 * line and object, exit codes, and no stack traces without --debug. Expected outputs were recorded
 * with kubectl kustomize (kustomize v5.5.0).
 */
class KustomizeBuildCliTest {

  @TempDir Path dir;

  private Path write(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
    }
    return dir;
  }

  private static final String CM =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app
      data:
        key: value
      """;

  private static void assertOneLineError(CliRun r) {
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Error: ");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void buildsAndPrintsExactlyWhatKustomizePrints() throws IOException {
    write(Map.of("kustomization.yaml", "namePrefix: p-\nresources:\n- cm.yaml\n", "cm.yaml", CM));
    CliRun r = CliRun.of("kustomize", "build", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            apiVersion: v1
            data:
              key: value
            kind: ConfigMap
            metadata:
              name: p-app
            """);
  }

  @Test
  void malformedYamlNamesTheFileAndLine() throws IOException {
    write(
        Map.of(
            "kustomization.yaml",
            "resources:\n- cm.yaml\n",
            "cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a\n"));
    CliRun r = CliRun.of("kustomize", "build", dir.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("cm.yaml:").containsPattern("cm\\.yaml:\\d+:\\d+: malformed YAML");
  }

  @Test
  void missingResourceFileNamesTheKustomizationLine() throws IOException {
    write(Map.of("kustomization.yaml", "resources:\n- cm.yaml\n- missing.yaml\n", "cm.yaml", CM));
    CliRun r = CliRun.of("kustomize", "build", dir.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("kustomization.yaml:3:3").contains("missing.yaml");
  }

  @Test
  void fileOutsideTheRootIsRefusedUnlessTheRestrictorAllowsIt() throws IOException {
    write(Map.of("overlay/kustomization.yaml", "resources:\n- ../cm.yaml\n", "cm.yaml", CM));
    CliRun refused = CliRun.of("kustomize", "build", dir.resolve("overlay").toString());
    assertOneLineError(refused);
    assertThat(refused.err()).contains("is not in or below").contains("kustomization.yaml:2:3");

    CliRun allowed =
        CliRun.of(
            "kustomize",
            "build",
            dir.resolve("overlay").toString(),
            "--load-restrictor",
            "LoadRestrictionsNone");
    assertThat(allowed.exitCode()).isZero();
    assertThat(allowed.out()).contains("name: app");
  }

  @Test
  void kustomizationsIncludingEachOtherIsACycle() throws IOException {
    write(
        Map.of(
            "a/kustomization.yaml", "resources:\n- ../b\n",
            "b/kustomization.yaml", "resources:\n- ../a\n"));
    CliRun r = CliRun.of("kustomize", "build", dir.resolve("a").toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("cycle detected").contains("kustomization.yaml:2:3");
  }

  @Test
  void unknownFieldIsAnErrorWithItsPosition() throws IOException {
    write(Map.of("kustomization.yaml", "resources:\n- cm.yaml\nnamePrefixx: x-\n", "cm.yaml", CM));
    CliRun r = CliRun.of("kustomize", "build", dir.toString());
    assertOneLineError(r);
    assertThat(r.err())
        .contains("kustomization.yaml:3:1")
        .contains("unknown field \"namePrefixx\"");
  }

  @Test
  void aliasBombIsRefusedQuickly() throws IOException {
    StringBuilder bomb =
        new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");
    bomb.append(
        "data:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append("  ").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = c;
    }
    write(Map.of("kustomization.yaml", "resources:\n- cm.yaml\n", "cm.yaml", bomb.toString()));
    long start = System.nanoTime();
    CliRun r = CliRun.of("kustomize", "build", dir.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("cm.yaml:").contains("excessive aliasing");
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  @Test
  void duplicateIdsNameBothObjects() throws IOException {
    write(
        Map.of(
            "kustomization.yaml", "resources:\n- a.yaml\n- b.yaml\n", "a.yaml", CM, "b.yaml", CM));
    CliRun r = CliRun.of("kustomize", "build", dir.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("ConfigMap/app").contains("already registered id");
  }

  @Test
  void patchMatchingNothingBuildsAndWarnsNamingTheTarget() throws IOException {
    write(
        Map.of(
            "kustomization.yaml",
            """
            resources:
            - cm.yaml
            patches:
            - target:
                kind: Deployment
                name: nothing-here
              patch: |
                - op: add
                  path: /metadata/labels
                  value: {a: b}
            """,
            "cm.yaml",
            CM));
    CliRun r = CliRun.of("kustomize", "build", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("name: app");
    assertThat(r.err())
        .contains("matches no resource")
        .contains("kind=Deployment")
        .contains("nothing-here");
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    write(Map.of("kustomization.yaml", "resources:\n- missing.yaml\n"));
    CliRun r = CliRun.of("--debug", "kustomize", "build", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void batchModeWritesOneFilePerDirectoryAndGoesOnAfterFailures() throws IOException {
    write(
        Map.of(
            "ok/kustomization.yaml", "resources:\n- cm.yaml\n",
            "ok/cm.yaml", CM,
            "bad/kustomization.yaml", "resources:\n- missing.yaml\n"));
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.of(
            "kustomize",
            "build",
            dir.resolve("ok") + "/",
            dir.resolve("bad").toString(),
            "--output-dir",
            out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    String okName = dir.resolve("ok").toString().replace("/", "__");
    String badName = dir.resolve("bad").toString().replace("/", "__");
    assertThat(out.resolve(okName + ".yaml")).content().contains("name: app");
    assertThat(out.resolve(badName + ".error")).content().contains("missing.yaml");
  }

  @Test
  void versionAndHelp() {
    assertThat(CliRun.of("--version").out()).startsWith("hops ");
    CliRun help = CliRun.of("kustomize", "build", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--output-dir").contains("--load-restrictor");
  }
}
