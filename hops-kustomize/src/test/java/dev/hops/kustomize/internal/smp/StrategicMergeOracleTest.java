package dev.hops.kustomize.internal.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.kustomize.internal.smp.StrategicMergeCases.Case;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the expectations of {@link StrategicMergeCases} against the real thing: runs {@code
 * kubectl kustomize} (kustomize v5.5.0) on each case. Opt-in, as it needs kubectl and takes a few
 * seconds: run with {@code -Dhops.oracle=true} or {@code HOPS_ORACLE=1}.
 */
class StrategicMergeOracleTest {

  static List<Case> cases() {
    return StrategicMergeCases.CASES;
  }

  private static boolean enabled() {
    return Boolean.getBoolean("hops.oracle") || "1".equals(System.getenv("HOPS_ORACLE"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void kubectlAgrees(Case c, @TempDir Path dir) throws IOException, InterruptedException {
    assumeTrue(enabled(), "oracle tests are opt-in (-Dhops.oracle=true)");
    Files.writeString(dir.resolve("res.yaml"), c.resource());
    Files.writeString(dir.resolve("patch.yaml"), c.patch());
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources:\n- res.yaml\npatches:\n- path: patch.yaml\n");
    Process p =
        new ProcessBuilder("kubectl", "kustomize", dir.toString())
            .redirectError(dir.resolve("stderr").toFile())
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("stderr"));
    if (c.expected().startsWith("ERROR: ")) {
      assertThat(p.exitValue()).isNotZero();
      String firstLine = c.expected().substring("ERROR: ".length()).split("\n", -1)[0];
      assertThat(err).contains(firstLine);
    } else if (c.expected().equals(StrategicMergeCases.DELETED)) {
      assertThat(p.exitValue()).as(err).isZero();
      assertThat(out).isEmpty();
    } else {
      assertThat(p.exitValue()).as(err).isZero();
      assertThat(out).isEqualTo(c.expected());
    }
  }
}
