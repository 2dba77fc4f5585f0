package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.Change;
import dev.hops.diff.scenario.FluxScenario;
import dev.hops.diff.scenario.FluxScenario.Step;
import dev.hops.diff.scenario.GitRepoBuilder;
import dev.hops.diff.scenario.KeyedComparison;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hops diff} on the scenario repository: revisions, selections, exit codes and one-line
 * errors. The comparison here matches objects by name only and the output is a line per change: the
 * real ones are tested with them.
 */
class DiffCliTest {

  @TempDir static Path dir;

  private static FluxScenario scenario;

  @BeforeAll
  static void build() {
    scenario = FluxScenario.create(dir.resolve("repo"));
  }

  /** One line per change, and the revisions: enough to see what the command hands over. */
  private static final DiffPrinter LINES =
      (out, result, format, color, limit) -> {
        out.println(
            result.base() + ".." + result.head() + " " + format + " " + color + " " + limit);
        for (Change c : result.changes()) {
          out.println(c.action().label() + " " + c.object() + " (" + c.owner() + ")");
        }
      };

  private static CliRun diff(Path folder, String... args) {
    List<String> all = new ArrayList<>(List.of("diff"));
    all.addAll(Arrays.asList(args));
    all.addAll(List.of("--path", folder.toString(), "--cache-dir", cacheDir()));
    HopsCommand root =
        new HopsCommand(new DiffCommand(new DiffEngine(new KeyedComparison(), LINES)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(all.toArray(String[]::new), new Console(out, err), root);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String cacheDir() {
    String p = System.getProperty("hops.test.cache");
    return p != null ? p : "target/test-cache";
  }

  private static List<String> changeLines(CliRun run) {
    return run.out().lines().skip(1).toList();
  }

  @Test
  void changesExitOne() {
    CliRun run =
        diff(scenario.folder(), "--base", "image-bump~1", "--head", "image-bump", "-o", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .matches(
            "image-bump~1 \\(\\p{XDigit}{7}\\)\\.\\.image-bump \\(\\p{XDigit}{7}\\) json false 0");
    assertThat(changeLines(run))
        .containsExactly("changed Deployment/web/web (Kustomization/flux-system/web)");
  }

  @Test
  void noChangesExitZero() {
    CliRun run = diff(scenario.folder(), "--base", "HEAD");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("HEAD (").contains("..working tree unified false 0");
    assertThat(changeLines(run)).isEmpty();
    assertThat(diff(scenario.folder(), "--base", "ks-removed", "--head", "HEAD").exitCode())
        .isZero();
  }

  @Test
  void markdownIsCutAtItsDefaultLimitUnlessToldOtherwise() {
    assertThat(diff(scenario.folder(), "--base", "HEAD", "-o", "markdown").out())
        .contains(" markdown false 65000");
    assertThat(
            diff(scenario.folder(), "--base", "HEAD", "-o", "markdown", "--limit-bytes", "100")
                .out())
        .contains(" markdown false 100");
    assertThat(diff(scenario.folder(), "--base", "HEAD", "--color", "always").out())
        .contains(" unified true 0");
  }

  @Test
  void theWorkingTreeIsTheDefaultHead(@TempDir Path other) {
    FluxScenario s = FluxScenario.create(other.resolve("repo"), Step.SECRET, false);
    CliRun run = diff(s.folder(), "--base", "HEAD");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(changeLines(run))
        .containsExactly("changed Secret/api/api-credentials (Kustomization/flux-system/api)");
    for (String secret : FluxScenario.SECRET_VALUES) {
      assertThat(run.out() + run.err()).doesNotContain(secret);
    }
  }

  @Test
  void ksSelectsAKustomizationItsObjectAndItsReleasesHrOneRelease() {
    CliRun web =
        diff(scenario.folder(), "ks", "web", "--base", "component~1", "--head", "component");
    assertThat(web.exitCode()).isEqualTo(1);
    assertThat(changeLines(web))
        .containsExactlyInAnyOrder(
            "changed Namespace/web (Kustomization/flux-system/web)",
            "changed Deployment/web/web (Kustomization/flux-system/web)");
    CliRun hello =
        diff(
            scenario.folder(),
            "ks",
            "flux-system/hello",
            "--base",
            "chart-bump~1",
            "--head",
            "chart-bump");
    assertThat(changeLines(hello))
        .containsExactly("changed ConfigMap/default/hello (HelmRelease/default/hello)");
    CliRun release =
        diff(
            scenario.folder(),
            "hr",
            "hello",
            "-n",
            "default",
            "--base",
            "chart-bump~1",
            "--head",
            "chart-bump");
    assertThat(changeLines(release)).isEqualTo(changeLines(hello));
    CliRun api =
        diff(scenario.folder(), "ks", "api", "--base", "chart-bump~1", "--head", "chart-bump");
    assertThat(api.exitCode()).isZero();
  }

  @Test
  void aKustomizationThatTheHeadRemovesCanBeSelected() {
    CliRun run =
        diff(scenario.folder(), "ks", "web", "--base", "ks-removed~1", "--head", "ks-removed");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(changeLines(run))
        .containsExactlyInAnyOrder(
            "removed Kustomization/flux-system/web (Kustomization/flux-system/flux-system)",
            "removed Namespace/web (Kustomization/flux-system/web)",
            "removed Deployment/web/web (Kustomization/flux-system/web)");
    CliRun root =
        diff(
            scenario.folder(),
            "ks",
            "flux-system",
            "--base",
            "ks-removed~1",
            "--head",
            "ks-removed");
    assertThat(changeLines(root))
        .containsExactly(
            "removed Kustomization/flux-system/web (Kustomization/flux-system/flux-system)");
    CliRun recursive =
        diff(
            scenario.folder(),
            "ks",
            "flux-system",
            "-r",
            "--base",
            "ks-removed~1",
            "--head",
            "ks-removed");
    assertThat(changeLines(recursive)).hasSize(3);
  }

  @Test
  void anUnknownNameIsAnError() {
    CliRun run = diff(scenario.folder(), "ks", "nope", "--base", "HEAD~1", "--head", "HEAD");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Error: no Kustomization 'nope' in either revision; found: flux-system/api,"
                + " flux-system/flux-system, flux-system/hello, flux-system/web\n");
  }

  @Test
  void anUnknownRevisionIsOneLineAndExitsTwo() {
    String where = " in the Git repository " + realPath(scenario.gitDir()) + "\n";
    CliRun base = diff(scenario.folder(), "--base", "nope");
    assertThat(base.exitCode()).isEqualTo(2);
    assertThat(base.out()).isEmpty();
    assertThat(base.err()).isEqualTo("Error: --base: unknown revision 'nope'" + where);
    CliRun head = diff(scenario.folder(), "--base", "HEAD", "--head", "initial~1");
    assertThat(head.exitCode()).isEqualTo(2);
    assertThat(head.err()).isEqualTo("Error: --head: unknown revision 'initial~1'" + where);
  }

  @Test
  void aFolderOutsideGitIsOneLineAndExitsTwo(@TempDir Path plain) throws Exception {
    Files.writeString(plain.resolve("ks.yaml"), "kind: Kustomization\n");
    CliRun run = diff(plain, "--base", "HEAD");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Error: not a Git repository (nor is any folder above it): "
                + plain.toAbsolutePath().normalize()
                + "; hops diff reads the revisions from Git\n");
    assertThat(diff(plain.resolve("missing"), "--base", "HEAD").exitCode()).isEqualTo(2);
  }

  @Test
  void badOptionsAreOneLineAndExitTwo() {
    assertThat(diff(scenario.folder()).err())
        .isEqualTo(
            "Error: missing --base REV: the revision to compare against (e.g. --base"
                + " origin/main)\n");
    CliRun format = diff(scenario.folder(), "--base", "HEAD", "-o", "yaml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err())
        .isEqualTo("Error: invalid output format 'yaml': use one of unified, markdown, json\n");
    assertThat(diff(scenario.folder(), "--base", "HEAD", "--limit-bytes", "0").exitCode())
        .isEqualTo(2);
    assertThat(diff(scenario.folder(), "--base", "HEAD", "--color", "sometimes").err())
        .isEqualTo("Error: invalid --color 'sometimes': use auto, always or never\n");
    assertThat(diff(scenario.folder(), "--base", "HEAD", "--cluster", "prod").exitCode())
        .isEqualTo(2);
  }

  @Test
  void aKustomizationTheHeadBreaksIsAnError(@TempDir Path other) {
    FluxScenario s = FluxScenario.create(other.resolve("repo"), Step.ADDED, true);
    try (GitRepoBuilder git = GitRepoBuilder.open(s.gitDir())) {
      git.write("kubernetes/apps/api/extra.yaml", "kind: [\n").commit("broken");
    }
    CliRun run = diff(s.folder(), "--base", "HEAD~1", "--head", "HEAD");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("error: ")
        .contains("Kustomization/flux-system/api: ")
        .endsWith(" (fails at HEAD only)\n");
    assertThat(run.err().lines()).hasSize(1);
    CliRun back = diff(s.folder(), "--base", "HEAD", "--head", "HEAD~1");
    assertThat(back.exitCode()).isEqualTo(1);
    assertThat(back.err()).startsWith("warning: ").endsWith(" (fails at HEAD only)\n");
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
