package dev.hops.flux.internal.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.kustomize.MemoryTree;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What a recording of a tree's answers holds for, and what it does not. */
class RecordingTest {

  private static MemoryTree base() {
    return new MemoryTree()
        .put("app/kustomization.yaml", "resources:\n  - cm.yaml\n")
        .put("app/cm.yaml", "kind: ConfigMap\n")
        .put("other/x.yaml", "kind: Secret\n");
  }

  /** The questions a small build asks: a probe, a listing, two reads, a missing file. */
  private static Recording record(SourceTree tree) throws IOException {
    RecordingTree t = new RecordingTree(tree, new Answers());
    t.isFile("app/kustomization.yml");
    t.list("app");
    t.read("app/kustomization.yaml");
    t.read("app/cm.yaml");
    t.display("app/cm.yaml");
    t.realPath("app");
    try {
      t.read("app/patch.yaml");
    } catch (NoSuchFileException e) {
      // recorded as a failure
    }
    return t.recording();
  }

  private static boolean holdsAfter(Consumer<MemoryTree> change) throws IOException {
    Recording r = record(base());
    MemoryTree changed = base();
    change.accept(changed);
    return r.holdsFor(changed, new Answers());
  }

  @Test
  void holdsForAnotherTreeWithTheSameAnswers() throws IOException {
    assertThat(holdsAfter(t -> t.put("other/x.yaml", "kind: ConfigMap\n"))).isTrue();
    assertThat(holdsAfter(t -> t.put("other/new.yaml", "x"))).isTrue();
  }

  @Test
  void aChangeInAnyAnswerBreaksIt() throws IOException {
    assertThat(holdsAfter(t -> t.put("app/cm.yaml", "kind: Secret\n"))).as("content").isFalse();
    assertThat(holdsAfter(t -> t.put("app/cm.yaml", "kind: ConfigMaq\n")))
        .as("same length")
        .isFalse();
    assertThat(holdsAfter(t -> t.put("app/kustomization.yml", "x"))).as("probe").isFalse();
    assertThat(holdsAfter(t -> t.put("app/README.md", "x"))).as("listing").isFalse();
    assertThat(holdsAfter(t -> t.put("app/patch.yaml", "x"))).as("missing file").isFalse();
  }

  @Test
  void aTreeThatShowsPathsOtherwiseBreaksIt() throws IOException {
    Recording r = record(base());
    SourceTree shownElsewhere =
        new SourceTree() {
          private final MemoryTree t = base();

          @Override
          public boolean isDirectory(String path) {
            return t.isDirectory(path);
          }

          @Override
          public boolean isFile(String path) {
            return t.isFile(path);
          }

          @Override
          public byte[] read(String path) throws IOException {
            return t.read(path);
          }

          @Override
          public List<String> list(String dir) throws IOException {
            return t.list(dir);
          }

          @Override
          public String display(String path) {
            return "elsewhere/" + path;
          }
        };
    assertThat(r.holdsFor(shownElsewhere, new Answers())).isFalse();
  }

  @Test
  void filesReadAreTheReadsThatSucceeded() throws IOException {
    assertThat(record(base()).filesRead()).containsExactly("app/cm.yaml", "app/kustomization.yaml");
  }

  @Test
  void anUnexpectedFailureMakesItNeverHold() {
    SourceTree broken =
        new SourceTree() {
          @Override
          public boolean isDirectory(String path) {
            throw new IllegalStateException("rules could not load");
          }

          @Override
          public boolean isFile(String path) {
            return false;
          }

          @Override
          public byte[] read(String path) throws IOException {
            throw new NoSuchFileException(path);
          }

          @Override
          public List<String> list(String dir) {
            return List.of();
          }

          @Override
          public String display(String path) {
            return path;
          }
        };
    RecordingTree t = new RecordingTree(broken, new Answers());
    t.isFile("a");
    assertThatThrownBy(() -> t.isDirectory("a")).isInstanceOf(IllegalStateException.class);
    assertThat(t.recording().holdsFor(new MemoryTree(), new Answers())).isFalse();
  }

  @Test
  void aMemoFindsTheResultWhoseRecordingHolds() throws IOException {
    Memo<String, String> memo = new Memo<>(10);
    memo.add("app", record(base()), "first");
    MemoryTree changed = base().put("app/cm.yaml", "kind: Secret\n");
    memo.add("app", record(changed), "second");
    assertThat(memo.find("app", base(), new Answers())).isEqualTo("first");
    assertThat(memo.find("app", changed, new Answers())).isEqualTo("second");
    assertThat(memo.find("app", base().put("app/cm.yaml", "x"), new Answers())).isNull();
    assertThat(memo.find("other", base(), new Answers())).isNull();
  }
}
