package dev.hops.helm;

import dev.hops.helm.oci.Manifest;
import dev.hops.helm.oci.OciRef;
import dev.hops.helm.oci.RegistryClient;
import dev.hops.helm.oci.RegistryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Charts pulled from OCI registries, kept in a content-addressed folder shared by every release and
 * every run: a chart archive is stored under its layer digest and fetched once, however many
 * releases use it; concurrent pulls of one chart wait for the first. What a tag or a tag list
 * resolved to is remembered too, so that {@code offline} works from the cache alone.
 */
public final class ChartCache {

  /** The Helm chart content layer of an OCI artifact. */
  public static final String HELM_CHART_LAYER =
      "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

  /**
   * Which artifact of a repository: a digest, else the highest tag a semver range allows, else a
   * tag.
   */
  public record Selector(String digest, String semver, String tag) {

    public static Selector tag(String tag) {
      return new Selector(null, null, tag);
    }

    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Selector that
              && Objects.equals(digest, that.digest)
              && Objects.equals(semver, that.semver)
              && Objects.equals(tag, that.tag);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(digest);
      h = 31 * h + Objects.hashCode(semver);
      return 31 * h + Objects.hashCode(tag);
    }

    @Override
    public String toString() {
      return "Selector[digest=" + digest + ", semver=" + semver + ", tag=" + tag + "]";
    }
  }

  /**
   * A pulled chart: the tag it came from (null when chosen by digest), its manifest digest, the
   * archive.
   */
  public record Pulled(OciRef ref, String tag, String manifestDigest, Path archive) {}

  private final Path dir;
  private final RegistryClient client;
  private final boolean offline;
  private final java.util.function.UnaryOperator<String> mirrors;
  private final Map<String, CompletableFuture<Path>> downloads = new ConcurrentHashMap<>();
  private final HttpChartRepository httpRepos = new HttpChartRepository();
  private final Map<String, CompletableFuture<Pulled>> resolved = new ConcurrentHashMap<>();
  private final java.util.function.Consumer<String> onFetch;

  /**
   * @param mirrors rewrites a repository URL ({@code oci://} or HTTP) before it is contacted
   *     ({@code --registry-mirror}); what is cached stays under the original name
   */
  public ChartCache(
      Path dir,
      RegistryClient client,
      boolean offline,
      java.util.function.UnaryOperator<String> mirrors) {
    this(dir, client, offline, mirrors, what -> {});
  }

  /**
   * @param onFetch told what is about to be downloaded (for a progress display)
   */
  public ChartCache(
      Path dir,
      RegistryClient client,
      boolean offline,
      java.util.function.UnaryOperator<String> mirrors,
      java.util.function.Consumer<String> onFetch) {
    this.onFetch = onFetch;
    this.dir = dir.resolve("charts");
    this.client = client;
    this.offline = offline;
    this.mirrors = mirrors;
  }

  /**
   * The chart archive {@code selector} picks in {@code ref}.
   *
   * @param pickTag chooses a tag from the repository's tags for a semver range (empty: none fits)
   * @param layerMediaType the layer to take (null: the Helm chart layer, else the first layer)
   * @throws RegistryException when the registry fails, or (offline) the cache does not have it
   */
  public Pulled pull(
      OciRef ref,
      Selector selector,
      Function<List<String>, Optional<String>> pickTag,
      String layerMediaType) {
    // one resolution per source and run, as Flux resolves an OCIRepository once for all releases
    String key = ref + " " + selector + " " + layerMediaType;
    return once(resolved, key, () -> pullUncached(ref, selector, pickTag, layerMediaType));
  }

  /**
   * The value of {@code key}, computed by the first caller (outside any lock) while the others wait
   * for it; a failure is remembered as well.
   */
  private static <T> T once(
      Map<String, CompletableFuture<T>> memo, String key, java.util.function.Supplier<T> compute) {
    CompletableFuture<T> mine = new CompletableFuture<>();
    CompletableFuture<T> known = memo.putIfAbsent(key, mine);
    if (known == null) {
      try {
        mine.complete(compute.get());
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
      }
      known = mine;
    }
    try {
      return known.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private Pulled pullUncached(
      OciRef ref,
      Selector selector,
      Function<List<String>, Optional<String>> pickTag,
      String layerMediaType) {
    OciRef remote = OciRef.parse(mirrors.apply(ref.toString()));
    String tag = selector.tag() == null || selector.tag().isEmpty() ? "latest" : selector.tag();
    String manifestDigest;
    if (selector.digest() != null && !selector.digest().isEmpty()) {
      tag = null;
      manifestDigest = selector.digest();
    } else {
      if (selector.semver() != null && !selector.semver().isEmpty()) {
        List<String> tags = tags(ref, remote);
        tag =
            pickTag
                .apply(tags)
                .orElseThrow(
                    () ->
                        new RegistryException(
                            ref
                                + ": no tag matches semver range '"
                                + selector.semver()
                                + "' (tags: "
                                + String.join(", ", tags.size() > 20 ? tags.subList(0, 20) : tags)
                                + (tags.size() > 20 ? ", ..." : "")
                                + ")"));
      }
      manifestDigest = resolveTag(ref, remote, tag);
    }
    Manifest manifest = manifest(ref, remote, manifestDigest);
    Manifest.Layer layer = chooseLayer(ref, manifest, layerMediaType);
    Path archive = blob(ref, remote, layer.digest());
    return new Pulled(ref, tag, manifestDigest, archive);
  }

  /**
   * The chart archive of {@code chart} that {@code pickVersion} chooses from an HTTP chart
   * repository's index (the index is remembered for offline use; archives are stored by digest).
   */
  public Pulled pullHttp(
      String repoUrl,
      String chart,
      String range,
      Function<List<String>, Optional<String>> pickVersion) {
    return once(
        resolved,
        repoUrl + " " + chart + " " + range,
        () -> pullHttpUncached(repoUrl, chart, range, pickVersion));
  }

  private Pulled pullHttpUncached(
      String repoUrl,
      String chart,
      String range,
      Function<List<String>, Optional<String>> pickVersion) {
    Path indexFile = dir.resolve("index").resolve(Sha256.sha256(repoUrl) + ".yaml");
    byte[] index;
    if (offline) {
      try {
        index = Files.readAllBytes(indexFile);
      } catch (IOException e) {
        throw RegistryException.unreachable(
            repoUrl + ": the repository index is not in the chart cache (offline)", null);
      }
    } else {
      index = httpRepos.index(mirrors.apply(repoUrl));
      write(indexFile, index);
    }
    List<HttpChartRepository.Entry> entries = HttpChartRepository.entries(index, repoUrl, chart);
    if (entries.isEmpty()) {
      throw new RegistryException("chart '" + chart + "' not found in " + repoUrl + " index");
    }
    HttpChartRepository.Entry entry =
        HttpChartRepository.choose(entries, pickVersion)
            .orElseThrow(
                () ->
                    new RegistryException(
                        "no chart version found for " + chart + "-" + range + " in " + repoUrl));
    String key =
        entry.digest().isEmpty() ? "url/" + Sha256.sha256(entry.url()) : "sha256/" + entry.digest();
    Path file = dir.resolve("archives").resolve(key + ".tgz");
    if (!Files.isRegularFile(file)) {
      if (offline) {
        throw RegistryException.unreachable(
            entry.url() + ": chart not in the cache (offline)", null);
      }
      download(
          file,
          () -> {
            byte[] data = httpRepos.archive(mirrors.apply(entry.url()));
            if (!entry.digest().isEmpty() && !entry.digest().equals(Sha256.sha256(data))) {
              throw new RegistryException(
                  entry.url() + ": the archive does not match the index's digest");
            }
            return data;
          });
    }
    return new Pulled(null, entry.version(), "", file);
  }

  private Path download(Path file, java.util.function.Supplier<byte[]> fetch) {
    return once(
        downloads,
        file.toString(),
        () -> {
          write(file, fetch.get());
          return file;
        });
  }

  private static Manifest.Layer chooseLayer(OciRef ref, Manifest m, String mediaType) {
    String wanted = mediaType == null || mediaType.isEmpty() ? HELM_CHART_LAYER : mediaType;
    for (Manifest.Layer l : m.layers()) {
      if (l.mediaType().equals(wanted)) {
        return l;
      }
    }
    if ((mediaType == null || mediaType.isEmpty()) && !m.layers().isEmpty()) {
      return m.layers().getFirst();
    }
    throw new RegistryException(
        ref + "@" + m.digest() + ": no layer of media type " + wanted + " in the artifact");
  }

  private List<String> tags(OciRef ref, OciRef remote) {
    Path file = dir.resolve("tags").resolve(ref.host()).resolve(ref.repository() + ".tags");
    if (offline) {
      return new ArrayList<>(readLines(file, ref, "its tag list"));
    }
    List<String> tags = client.tags(remote);
    write(file, String.join("\n", tags));
    return tags;
  }

  private String resolveTag(OciRef ref, OciRef remote, String tag) {
    Path file =
        dir.resolve("refs").resolve(ref.host()).resolve(ref.repository()).resolve(tag + ".ref");
    if (offline) {
      return readLines(file, ref, "tag " + tag).getFirst();
    }
    String digest = client.manifest(remote, tag).digest();
    write(file, digest);
    return digest;
  }

  private Manifest manifest(OciRef ref, OciRef remote, String digest) {
    Path file = dir.resolve("manifests").resolve(digest.replace(':', '/') + ".layers");
    if (Files.isRegularFile(file)) {
      List<Manifest.Layer> layers = new ArrayList<>();
      for (String line : readLines(file, ref, digest)) {
        String[] f = line.split(" ");
        if (f.length == 3) {
          layers.add(new Manifest.Layer(f[0], f[1], Long.parseLong(f[2])));
        }
      }
      return new Manifest(digest, layers);
    }
    if (offline) {
      throw RegistryException.unreachable(
          ref + "@" + digest + ": not in the chart cache (offline)", null);
    }
    Manifest m = client.manifest(remote, digest);
    StringBuilder sb = new StringBuilder();
    m.layers()
        .forEach(
            l ->
                sb.append(l.mediaType())
                    .append(' ')
                    .append(l.digest())
                    .append(' ')
                    .append(l.size())
                    .append('\n'));
    write(file, sb.toString());
    return m;
  }

  private Path blob(OciRef ref, OciRef remote, String digest) {
    Path file = dir.resolve("blobs").resolve(digest.replace(':', '/'));
    if (Files.isRegularFile(file)) {
      return file;
    }
    if (offline) {
      throw RegistryException.unreachable(
          ref + "@" + digest + ": chart not in the cache (offline)", null);
    }
    return download(
        file,
        () -> {
          onFetch.accept(ref + "@" + digest);
          return client.blob(remote, digest);
        });
  }

  private static List<String> readLines(Path file, OciRef ref, String what) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw RegistryException.unreachable(
          ref + ": " + what + " is not in the chart cache (offline)", null);
    }
  }

  private static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Written whole or not at all: a temporary file moved into place. */
  private static void write(Path file, byte[] data) {
    try {
      Files.createDirectories(file.getParent());
      Path part = Files.createTempFile(file.getParent(), ".part", null);
      Files.write(part, data);
      try {
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart cache: " + e.getMessage(), e);
    }
  }
}
