package dev.hops.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.helm.oci.DockerCredentials;
import dev.hops.helm.oci.OciRef;
import dev.hops.helm.oci.RegistryClient;
import dev.hops.helm.oci.RegistryException;
import dev.hops.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts pushed with Helm to a real registry on loopback, pulled through the cache. */
class ChartCacheTest {

  static TestRegistry registry;
  static HelmEngine engine;

  @TempDir Path cacheDir;

  @BeforeAll
  static void startRegistry() throws Exception {
    assumeTrue(TestRegistry.available(), "docker-registry is not installed (.ci/run installs it)");
    engine = HelmEngine.shared(ChartRendererTest.cacheDir());
    registry = TestRegistry.start();
    for (String version : List.of("1.0.0", "1.2.0", "2.0.0")) {
      registry.push(
          engine,
          "charts",
          Map.of(
              "Chart.yaml",
              "apiVersion: v2\nname: demo\nversion: " + version + "\n",
              "templates/cm.yaml",
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n"
                  + "data:\n  version: {{ .Chart.Version }}\n"));
    }
  }

  @AfterAll
  static void stopRegistry() {
    if (registry != null) {
      registry.close();
    }
  }

  private ChartCache cache(boolean offline) {
    return new ChartCache(
        cacheDir, new RegistryClient(DockerCredentials.none()), offline, url -> url);
  }

  private OciRef demo() {
    return OciRef.parse("oci://" + registry.host() + "/charts/demo");
  }

  @Test
  void pullsByTagOnceAndRendersTheChart() throws Exception {
    ChartCache cache = cache(false);
    ChartCache.Pulled pulled =
        cache.pull(demo(), ChartCache.Selector.tag("1.2.0"), tags -> Optional.empty(), null);
    assertThat(pulled.tag()).isEqualTo("1.2.0");
    assertThat(pulled.manifestDigest()).startsWith("sha256:");
    assertThat(pulled.archive()).startsWith(cacheDir);
    Path chart = ChartArchive.unpack(pulled.archive(), cacheDir.resolve("unpacked"));
    var objects =
        new ChartRenderer(engine, YamlReader.withDefaults())
            .render(
                chart, new Release("r", "default", null), Map.of(), ChartRenderer.CrdPolicy.CREATE);
    assertThat(objects).singleElement().satisfies(o -> assertThat(o.toString()).contains("1.2.0"));

    // a second pull of the same artifact reads the cache: same file, not written again
    long modified = Files.getLastModifiedTime(pulled.archive()).toMillis();
    ChartCache.Pulled again =
        cache(false).pull(demo(), ChartCache.Selector.tag("1.2.0"), tags -> Optional.empty(), null);
    assertThat(again.archive()).isEqualTo(pulled.archive());
    assertThat(Files.getLastModifiedTime(again.archive()).toMillis()).isEqualTo(modified);
  }

  @Test
  void concurrentPullsOfOneChartShareOneDownload() {
    ChartCache cache = cache(false);
    List<CompletableFuture<ChartCache.Pulled>> pulls =
        java.util.stream.IntStream.range(0, 8)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            cache.pull(
                                demo(),
                                ChartCache.Selector.tag("2.0.0"),
                                t -> Optional.empty(),
                                null)))
            .toList();
    assertThat(
            pulls.stream().map(CompletableFuture::join).map(ChartCache.Pulled::archive).distinct())
        .hasSize(1);
  }

  @Test
  void semverRangePicksATagFromTheRegistrysList() {
    ChartCache.Pulled pulled =
        cache(false)
            .pull(
                demo(),
                new ChartCache.Selector(null, "<2.0.0", null),
                tags -> {
                  assertThat(tags).contains("1.0.0", "1.2.0", "2.0.0");
                  return Optional.of("1.2.0");
                },
                null);
    assertThat(pulled.tag()).isEqualTo("1.2.0");
  }

  @Test
  void offlineUsesOnlyTheCache() {
    assertThatThrownBy(
            () ->
                cache(true)
                    .pull(demo(), ChartCache.Selector.tag("1.0.0"), t -> Optional.empty(), null))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("not in the chart cache (offline)");
    ChartCache.Pulled online =
        cache(false).pull(demo(), ChartCache.Selector.tag("1.0.0"), t -> Optional.empty(), null);
    ChartCache.Pulled offline =
        cache(true).pull(demo(), ChartCache.Selector.tag("1.0.0"), t -> Optional.empty(), null);
    assertThat(offline).isEqualTo(online);
  }

  @Test
  void missingTagIsTheRegistrysError() {
    assertThatThrownBy(
            () ->
                cache(false)
                    .pull(demo(), ChartCache.Selector.tag("9.9.9"), t -> Optional.empty(), null))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("/v2/charts/demo/manifests/9.9.9: 404");
  }
}
