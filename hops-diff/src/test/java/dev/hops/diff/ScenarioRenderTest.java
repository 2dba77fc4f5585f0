package dev.hops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.scenario.FluxScenario;
import dev.hops.diff.scenario.FluxScenario.Expected;
import dev.hops.diff.scenario.FluxScenario.Step;
import dev.hops.diff.scenario.KeyedComparison;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.FluxRenderer;
import dev.hops.flux.KsStatus;
import dev.hops.flux.RenderResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scenario repository, step by step: both revisions of each commit render completely from Git,
 * the changed files are those of the step, and a comparison of objects by name finds the step's
 * changes (a rename as a removal and an addition: telling renames apart is the real comparison's
 * job).
 */
class ScenarioRenderTest {

  @TempDir static Path dir;

  private static FluxScenario scenario;
  private static FluxRenderer renderer;

  @BeforeAll
  static void build() {
    scenario = FluxScenario.create(dir.resolve("repo"));
    renderer = FluxRenderer.builder().cacheDir(cacheDir()).build();
  }

  static Path cacheDir() {
    String p = System.getProperty("hops.test.cache");
    return Path.of(p != null ? p : "target/test-cache").toAbsolutePath();
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = "INITIAL", mode = EnumSource.Mode.EXCLUDE)
  void eachStepRendersAndChangesWhatItSays(Step step) {
    try (GitRepository git = GitRepository.open(scenario.folder())) {
      DiffResult d =
          new Differ(renderer, new KeyedComparison())
              .diff(git, git.commit(step.tag() + "~1"), git.commit(step.tag()), null);
      assertRendered(d.baseRender());
      assertRendered(d.headRender());
      assertThat(d.changedFiles())
          .map(ChangedFile::toString)
          .containsExactlyElementsOf(FluxScenario.changedFiles(step));
      assertThat(d.changes())
          .map(ScenarioRenderTest::describe)
          .containsExactlyInAnyOrderElementsOf(keyed(FluxScenario.expectedChanges(step)));
    }
  }

  @Test
  void uncommittedChangesAreTheHeadByDefault() {
    FluxScenario s = FluxScenario.create(dir.resolve("uncommitted"), Step.SECRET, false);
    try (GitRepository git = GitRepository.open(s.folder())) {
      DiffResult d =
          new Differ(renderer, new KeyedComparison())
              .diff(git, git.commit("HEAD"), git.workingTree(), null);
      assertThat(d.changedFiles())
          .map(ChangedFile::toString)
          .containsExactlyElementsOf(FluxScenario.changedFiles(Step.SECRET));
      assertThat(d.changes())
          .map(ScenarioRenderTest::describe)
          .containsExactlyInAnyOrderElementsOf(keyed(FluxScenario.expectedChanges(Step.SECRET)));
    }
  }

  @Test
  void aRevisionRendersAsTheSameFolderOnDisk() {
    try (GitRepository git = GitRepository.open(scenario.folder())) {
      RenderResult fromGit = renderer.render(git.commit("HEAD").tree(), "kubernetes", null);
      RenderResult fromDisk =
          renderer.render(
              dev.hops.kustomize.SourceTree.onDisk(scenario.folder()), "kubernetes", null);
      assertThat(fromGit.toString()).isEqualTo(fromDisk.toString());
      assertThat(positions(fromGit)).isEqualTo(positions(fromDisk)).hasSize(11);
      assertThat(new KeyedComparison().compare(fromDisk, fromGit)).isEmpty();
    }
  }

  /** Where each object was read, as error messages would show it. */
  private static List<String> positions(RenderResult r) {
    List<String> out = new ArrayList<>();
    for (ClusterResult c : r.clusters()) {
      c.kustomizations().forEach(k -> k.objects().forEach(o -> out.add(o.pos().toString())));
      c.releases().forEach(h -> h.objects().forEach(o -> out.add(o.pos().toString())));
    }
    return out;
  }

  private static void assertRendered(RenderResult r) {
    assertThat(r.clusters()).extracting(ClusterResult::name).containsExactly(FluxScenario.CLUSTER);
    ClusterResult c = r.clusters().getFirst();
    assertThat(c.kustomizations())
        .allSatisfy(
            k -> assertThat(k.status()).as(k.ref() + k.message()).isEqualTo(KsStatus.RENDERED));
    assertThat(c.releases())
        .allSatisfy(
            h -> assertThat(h.status()).as(h.ref() + h.message()).isEqualTo(KsStatus.RENDERED))
        .hasSize(1);
    assertThat(r.warnings()).isEmpty();
  }

  private static String describe(Change c) {
    return c.action().label() + " " + c.object() + " (" + c.owner() + ")";
  }

  /** The expectations as a comparison by name sees them: a rename is a removal and an addition. */
  private static List<String> keyed(List<Expected> expected) {
    List<String> out = new ArrayList<>();
    for (Expected e : expected) {
      if (e.action() == Action.RENAMED) {
        out.add("removed " + e.renamedFrom() + " (" + e.owner() + ")");
        out.add("added " + e.object() + " (" + e.owner() + ")");
      } else {
        out.add(e.toString());
      }
    }
    return out;
  }
}
