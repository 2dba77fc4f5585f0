package dev.hops.check.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real repositories of the corpus check without a crash and without errors: every error a rule
 * would report on them would be false (they run in production), so this guards the rules against
 * false positives. Warnings and infos are allowed; the stop notes list and explain them.
 */
class CorpusCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"bjw-s-labs-home-ops", "onedr0p-home-ops", "flux2-kustomize-helm-example"})
  void aRealRepositoryHasNoErrors(String repo, @org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    CorpusCopy.corpusRepo(repo);
    List<Finding> findings = CorpusCopy.of(repo, tmp).check();
    assertThat(findings.stream().filter(f -> f.severity() == Severity.ERROR))
        .as("errors on %s", repo)
        .isEmpty();
  }
}
