package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled Flux examples carry exactly the deliberate findings their READMEs list ("What hops
 * check finds"), warnings and infos only, with their charts rendered and without: a finding more is
 * an accidental one in an example or a rule firing where it should not, a finding less a rule that
 * stopped finding what it should.
 */
class ExamplesCheckTest {

  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "home-ops",
            "",
            List.of(
                "no-ingress cluster-apps/bitty/media/tdarr/app/ingress.yaml Ingress/media/tdarr",
                "ks-in-app-namespace cluster-apps/bitty/media/tdarr/ks.yaml"
                    + " Kustomization/flux-system/tdarr",
                "image-digest cluster-apps/chongus/default/start-page/app/helmrelease.yaml"
                    + " Deployment/default/start-page")),
        Arguments.of(
            "home-ops",
            "--no-helm",
            List.of(
                "no-ingress cluster-apps/bitty/media/tdarr/app/ingress.yaml Ingress/media/tdarr",
                "ks-in-app-namespace cluster-apps/bitty/media/tdarr/ks.yaml"
                    + " Kustomization/flux-system/tdarr")),
        Arguments.of(
            "talos-gitops",
            "",
            List.of(
                "memory-limit kubernetes/apps/automation/n8n/app/helmrelease.yaml"
                    + " Deployment/automation/n8n-worker",
                "unused-substitute kubernetes/apps/automation/n8n/ks.yaml"
                    + " Kustomization/automation/n8n",
                "image-digest kubernetes/apps/network/cloudflared/app/deployment.yaml"
                    + " Deployment/network/cloudflared",
                "oci-chart-source kubernetes/flux/meta/repos/authentik.yaml"
                    + " HelmRepository/flux-system/authentik")),
        Arguments.of(
            "talos-gitops",
            "--no-helm",
            List.of(
                "unused-substitute kubernetes/apps/automation/n8n/ks.yaml"
                    + " Kustomization/automation/n8n",
                "image-digest kubernetes/apps/network/cloudflared/app/deployment.yaml"
                    + " Deployment/network/cloudflared",
                // The Service comes from the authentik chart, which --no-helm does not render.
                "httproute-backend kubernetes/apps/security/authentik/app/httproute.yaml"
                    + " HTTPRoute/security/authentik",
                "oci-chart-source kubernetes/flux/meta/repos/authentik.yaml"
                    + " HelmRepository/flux-system/authentik")),
        Arguments.of(
            "platform",
            "",
            List.of(
                "memory-limit gitops/flux/apps/base/docs-site/helmrelease.yaml"
                    + " Deployment/docs/docs-site",
                "loadbalancer-only-gateway gitops/flux/apps/base/gitlab/helmrelease.yaml"
                    + " Service/gitlab/gitlab-gitlab-shell",
                "image-digest gitops/flux/apps/base/renovate/cronjob.yaml"
                    + " CronJob/renovate/renovate-prod",
                "image-digest gitops/flux/apps/base/renovate/cronjob.yaml"
                    + " CronJob/renovate/renovate-staging",
                "no-ingress gitops/flux/apps/overlays/staging/docs-preview-ingress.yaml"
                    + " Ingress/docs/docs-preview-staging")),
        Arguments.of(
            "platform",
            "--no-helm",
            List.of(
                // The Services come from the GitLab chart, which --no-helm does not render.
                "httproute-backend gitops/flux/apps/base/gitlab/httproute.yaml"
                    + " HTTPRoute/gitlab/gitlab-prod",
                "httproute-backend gitops/flux/apps/base/gitlab/httproute.yaml"
                    + " HTTPRoute/gitlab/gitlab-staging",
                "httproute-backend gitops/flux/apps/base/gitlab/httproute.yaml"
                    + " HTTPRoute/gitlab/gitlab-registry-prod",
                "httproute-backend gitops/flux/apps/base/gitlab/httproute.yaml"
                    + " HTTPRoute/gitlab/gitlab-registry-staging",
                "image-digest gitops/flux/apps/base/renovate/cronjob.yaml"
                    + " CronJob/renovate/renovate-prod",
                "image-digest gitops/flux/apps/base/renovate/cronjob.yaml"
                    + " CronJob/renovate/renovate-staging",
                "no-ingress gitops/flux/apps/overlays/staging/docs-preview-ingress.yaml"
                    + " Ingress/docs/docs-preview-staging")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examples")
  void theExampleHasItsDeliberateFindingsAndNoOthers(
      String example, String mode, List<String> expected) {
    Path repo = EXAMPLES.resolve(example);
    CliRun run =
        mode.isEmpty()
            ? CliRun.of("check", repo.toString(), "-o", "json")
            : CliRun.of("check", repo.toString(), mode, "-o", "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    MappingNode report = CheckOutputFormatsTest.json(run.out());
    assertThat(report.getMapping("summary").getString("errors")).isEqualTo("0");
    assertThat(findings(report, repo)).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Each finding as "rule file object", the file relative to the example. */
  private static List<String> findings(MappingNode report, Path repo) {
    List<String> out = new ArrayList<>();
    for (Node n : report.getSequence("findings").items()) {
      MappingNode f = n.asMapping();
      Path file = Path.of(f.getString("file"));
      String relative = (file.isAbsolute() ? repo.relativize(file) : file).toString();
      out.add(f.getString("rule") + " " + relative + " " + f.getString("object"));
    }
    return out;
  }
}
