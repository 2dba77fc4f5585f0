package dev.hops.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.PackageCommand;
import com.marcnuri.helm.PushCommand;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OCI registry for tests: Debian's {@code docker-registry}, started on 127.0.0.1 with a free
 * port and a configuration that listens on loopback only and stores in a temporary folder, stopped
 * by {@link #close}. Charts are packaged and pushed with Helm's own commands.
 */
public final class TestRegistry implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/docker-registry");

  private final Process process;
  private final Path dir;
  private final int port;

  private TestRegistry(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /** True when the registry binary is installed ({@code .ci/run} installs it). */
  public static boolean available() {
    return Files.isExecutable(BINARY);
  }

  public static TestRegistry start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("hops-registry");
    int port;
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path config = dir.resolve("config.yml");
    Files.writeString(
        config,
        """
        version: 0.1
        log:
          level: error
        storage:
          filesystem:
            rootdirectory: %s
        http:
          addr: 127.0.0.1:%d
        """
            .formatted(dir.resolve("data"), port));
    Process p =
        new ProcessBuilder(BINARY.toString(), "serve", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("registry.log").toFile())
            .start();
    TestRegistry r = new TestRegistry(p, dir, port);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!r.answers()) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        r.close();
        throw new IOException(
            "the test registry did not start: " + Files.readString(dir.resolve("registry.log")));
      }
      Thread.sleep(50);
    }
    return r;
  }

  private boolean answers() {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url("/v2/")).toURL().openConnection();
      c.setConnectTimeout(200);
      return c.getResponseCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  public String host() {
    return "127.0.0.1:" + port;
  }

  public String url(String path) {
    return "http://" + host() + path;
  }

  /**
   * Writes a chart ({@code files} under its folder, Chart.yaml included), packages it with Helm and
   * pushes it to {@code oci://HOST/REPOSITORY} (the chart's name and version become the
   * repository's last element and the tag).
   */
  public void push(HelmEngine engine, String repository, Map<String, String> files)
      throws IOException {
    Path tgz = packageChart(engine, Files.createTempDirectory(dir, "chart"), files);
    new PushCommand(engine.lib())
        .withChart(tgz)
        .withRemote(URI.create("oci://" + host() + "/" + repository))
        .plainHttp()
        .call();
  }

  /**
   * Writes a chart ({@code files}, Chart.yaml included) under {@code work} and packages it with
   * Helm.
   */
  public static Path packageChart(HelmEngine engine, Path work, Map<String, String> files)
      throws IOException {
    Path chart = work.resolve("src");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = chart.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    Path out = Files.createDirectories(work.resolve("out"));
    new PackageCommand(engine.lib(), new Helm(chart), chart).withDestination(out).call();
    try (var list = Files.list(out)) {
      return list.filter(p -> p.toString().endsWith(".tgz")).findFirst().orElseThrow();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder
    }
  }
}
