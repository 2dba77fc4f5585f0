package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.scenario.FluxScenario;
import dev.hops.diff.scenario.FluxScenario.Expected;
import dev.hops.diff.scenario.FluxScenario.Step;
import dev.hops.flux.FluxRenderer;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code hops diff} end to end on a repository built commit by commit: each step's changes are
 * found as the step makes them (renames as renames), the incremental head render gives exactly what
 * two full renders by fresh renderers give, and the blast radius names who reads a changed file.
 */
class ScenarioDiffTest {

  @TempDir static Path dir;

  private static FluxScenario scenario;

  @BeforeAll
  static void build() {
    scenario = FluxScenario.create(dir.resolve("repo"));
  }

  private static FluxRenderer renderer() {
    return FluxRenderer.builder().cacheDir(ScenarioRenderTest.cacheDir()).build();
  }

  private static DiffResult diff(Step step) {
    try (GitRepository git = GitRepository.open(scenario.folder())) {
      return new Differ(renderer(), ObjectDiff::compare)
          .diff(git, git.commit(step.tag() + "~1"), git.commit(step.tag()), null);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = "INITIAL", mode = EnumSource.Mode.EXCLUDE)
  void eachStepChangesWhatItSays(Step step) {
    assertThat(diff(step).changes())
        .map(ScenarioDiffTest::describe)
        .containsExactlyInAnyOrderElementsOf(
            FluxScenario.expectedChanges(step).stream().map(Expected::toString).toList());
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = "INITIAL", mode = EnumSource.Mode.EXCLUDE)
  void theIncrementalDiffIsTheDiffOfTwoFullRenders(Step step) {
    DiffResult incremental = diff(step);
    try (GitRepository git = GitRepository.open(scenario.folder())) {
      RenderResult base = renderer().render(git.commit(step.tag() + "~1").tree(), "kubernetes");
      RenderResult head = renderer().render(git.commit(step.tag()).tree(), "kubernetes");
      assertThat(incremental.changes()).isEqualTo(ObjectDiff.compare(base, head));
      assertThat(incremental.headRender().toString()).isEqualTo(head.toString());
    }
  }

  @Test
  void theBlastRadiusOfTheSharedComponentIsBothApps() {
    assertThat(diff(Step.COMPONENT).reach())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo("components/team/kustomization.yaml");
              assertThat(r.owners())
                  .map(ObjectRef::toString)
                  .containsExactly(
                      "Kustomization/flux-system/api", "Kustomization/flux-system/web");
            });
  }

  @Test
  void aChartBumpReachesItsRelease() {
    assertThat(diff(Step.CHART_BUMP).reach())
        .allSatisfy(
            r ->
                assertThat(r.owners())
                    .map(ObjectRef::toString)
                    .contains("HelmRelease/default/hello"));
  }

  @Test
  void aSecretChangeNeverShowsItsValues() {
    List<Change> changes = diff(Step.SECRET).changes();
    assertThat(changes).isNotEmpty();
    String shown = changes.toString();
    for (String secret : FluxScenario.SECRET_VALUES) {
      assertThat(shown).doesNotContain(secret);
    }
    assertThat(changes.getFirst().fields())
        .allSatisfy(f -> assertThat(f.after()).isEqualTo("(secret value changed)"));
  }

  private static String describe(Change c) {
    return c.action().label()
        + " "
        + c.object()
        + (c.renamedFrom() == null ? "" : " from " + c.renamedFrom())
        + " ("
        + c.owner()
        + ")";
  }
}
