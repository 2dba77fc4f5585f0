package dev.hops.check.rules;

import static dev.hops.check.CheckTesting.of;
import static dev.hops.check.rules.HouseTesting.check;
import static dev.hops.check.rules.HouseTesting.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hops.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class OciRepositoryPerAppTest {

  private static String release(String name, String chartRef) {
    return """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: %s
          namespace: default
        spec:
          interval: 1h
          chartRef:
            kind: OCIRepository
            name: %s
        """
        .formatted(name, chartRef);
  }

  private static String oci(String name) {
    return """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata:
          name: %s
          namespace: default
        spec:
          url: oci://ghcr.io/bjw-s-labs/helm/app-template
          ref:
            tag: 4.4.0
        """
        .formatted(name);
  }

  @Test
  void aHelmRepositoryChartIsFoundAtItsSourceRef() {
    String apps =
        """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: podinfo
          namespace: default
        spec:
          chart:
            spec:
              chart: podinfo
              version: 6.x
              sourceRef:
                kind: HelmRepository
                name: charts
                namespace: flux-system
        """;
    List<Finding> f = of(check(repo().put("clusters/home/apps.yaml", apps), null), id());
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(11);
              assertThat(x.object()).isEqualTo("HelmRelease/default/podinfo");
              assertThat(x.message())
                  .isEqualTo(
                      "chart 'podinfo' comes from HelmRepository flux-system/charts, a shared"
                          + " chart repository");
              assertThat(x.hint()).contains("chartRef: {kind: OCIRepository, name: podinfo}");
            });
  }

  @Test
  void eachUserOfASharedOciRepositoryIsFoundNamingTheOthers() {
    String apps =
        String.join(
            "---\n",
            oci("app-template"),
            release("radarr", "app-template"),
            release("sonarr", "app-template"),
            release("lidarr", "app-template"));
    List<Finding> f = of(check(repo().put("clusters/home/apps.yaml", apps), null), id());
    assertThat(f)
        .extracting(x -> x.pos().line(), Finding::object, Finding::message)
        .containsExactly(
            tuple(
                18,
                "HelmRelease/default/radarr",
                "OCIRepository/default/app-template is shared with HelmRelease default/lidarr,"
                    + " default/sonarr; each app has its own"),
            tuple(
                29,
                "HelmRelease/default/sonarr",
                "OCIRepository/default/app-template is shared with HelmRelease default/lidarr,"
                    + " default/radarr; each app has its own"),
            tuple(
                40,
                "HelmRelease/default/lidarr",
                "OCIRepository/default/app-template is shared with HelmRelease default/radarr,"
                    + " default/sonarr; each app has its own"));
  }

  @Test
  void anOciRepositoryPerReleaseIsClean() {
    String apps =
        String.join(
            "---\n",
            oci("radarr"),
            release("radarr", "radarr"),
            oci("sonarr"),
            release("sonarr", "sonarr"));
    List<Finding> all = check(repo().put("clusters/home/apps.yaml", apps), null);
    assertThat(of(all, id())).isEmpty();
    assertThat(of(all, "renders")).isEmpty();
  }

  private static String id() {
    return new OciRepositoryPerApp().id();
  }
}
