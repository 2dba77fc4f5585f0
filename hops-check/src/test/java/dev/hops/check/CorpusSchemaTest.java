package dev.hops.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema rules on a copy of a real repository of the shared corpus (skipped when it is absent):
 * clean as it is for the Kubernetes version it runs, and every planted defect found.
 */
class CorpusSchemaTest {

  private static final String RBAC = "kubernetes/apps/system/descheduler/app/rbac.yaml";

  private static Path copy(String repo, Path to) throws IOException {
    Path dir = Path.of(System.getProperty("hops.corpus", "../shared/corpus"), "repos", repo);
    assumeTrue(Files.isDirectory(dir), "corpus repository not found: " + dir);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(dir.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static List<Finding> check(Path repo, String kubeVersion) {
    SourceTree tree = SourceTree.onDisk(repo);
    CheckSettings settings = new CheckSettings(CheckConfig.EMPTY, kubeVersion, List.of());
    return CheckTesting.check(
            Checker.builder().settings(settings).build(), tree, CheckTesting.withoutHelm(), null)
        .stream()
        .filter(f -> f.rule().equals("schema") || f.rule().equals("api-version"))
        .toList();
  }

  @Test
  void plantedDefectsAreFoundAndNothingElse(@TempDir Path tmp) throws IOException {
    Path repo = copy("bjw-s-labs-home-ops", tmp);
    // the repository runs a Kubernetes that serves resource.k8s.io/v1 (1.34 and later)
    assertThat(check(repo, "1.34.0")).isEmpty();
    Path rbac = repo.resolve(RBAC);
    String text = Files.readString(rbac);
    Files.writeString(
        rbac,
        text.replace("    verbs:", "    verb:")
            .replace(
                "  name: descheduler-extra-permissions\nrules:",
                "  name: descheduler-extra-permissions\n  labels:\n    tier: 1\nrules:"));
    List<Finding> f = check(repo, "1.34.0");
    assertThat(f)
        .extracting(x -> x.pos().line() + " " + x.object() + ": " + x.message())
        .containsExactly(
            "8 ClusterRole/descheduler-extra-permissions: /metadata/labels/tier: expected string,"
                + " found integer 1",
            "10 ClusterRole/descheduler-extra-permissions: /rules/0/verbs: missing required field"
                + " 'verbs'",
            "14 ClusterRole/descheduler-extra-permissions: /rules/0/verb: unknown field (not in"
                + " PolicyRule)");
    assertThat(f).allSatisfy(x -> assertThat(x.pos().file()).endsWith(RBAC));
    assertThat(f.get(2).hint()).isEqualTo("did you mean 'verbs'?");
  }
}
