package dev.hops.kustomize.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RemoteRefsTest {

  private static final Pattern KUSTOMIZE =
      Pattern.compile("^(github\\.com|gitlab\\.com|bitbucket\\.org|dev\\.azure\\.com)[/:].*");

  @Test
  void hostedIsKustomizesExpression() {
    String[] paths = {
      "github.com/org/repo", "github.com:org/repo", "github.com", "github.comx/a", "gitlab.com/a",
      "bitbucket.org:x", "dev.azure.com/o/p", "dev.azure.com", "./github.com/a", "base",
      "github.com/a\nb", "github.com/a\u2028", "gitlab.com/", "github.com:", "x/github.com/a"
    };
    for (String p : paths) {
      assertThat(RemoteRefs.isHosted(p)).as(p).isEqualTo(KUSTOMIZE.matcher(p).matches());
    }
  }
}
