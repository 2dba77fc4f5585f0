package dev.hops.helm;

import dev.hops.helm.oci.RegistryException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Helm chart repository over HTTP(S), as Helm reads one: its {@code index.yaml} lists each
 * chart's versions with the archive URLs (relative to the repository) and digests.
 */
public final class HttpChartRepository {

  /** One version of a chart in the index. */
  public record Entry(String version, String url, String digest) {}

  private HttpClient http;

  private synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(15))
              .build();
    }
    return http;
  }

  /** The repository's index, fetched. */
  public byte[] index(String repoUrl) {
    return get(URI.create(base(repoUrl) + "index.yaml"));
  }

  /** The entries of {@code chart} in an index. */
  public static List<Entry> entries(byte[] index, String repoUrl, String chart) {
    Node doc =
        YamlReader.withDefaults()
            .readDocument(new String(index, StandardCharsets.UTF_8), repoUrl + "index.yaml");
    List<Entry> out = new ArrayList<>();
    if (doc != null
        && KustomizeYaml.toGoValue(doc) instanceof Map<?, ?> m
        && m.get("entries") instanceof Map<?, ?> entries
        && entries.get(chart) instanceof List<?> versions) {
      for (Object v : versions) {
        if (v instanceof Map<?, ?> e && e.get("urls") instanceof List<?> urls && !urls.isEmpty()) {
          out.add(
              new Entry(
                  String.valueOf(e.get("version")),
                  URI.create(base(repoUrl)).resolve(String.valueOf(urls.getFirst())).toString(),
                  e.get("digest") instanceof String d ? d : ""));
        }
      }
    }
    return out;
  }

  /** The entry {@code pick} chooses among the versions (empty: none fits). */
  public static Optional<Entry> choose(
      List<Entry> entries, Function<List<String>, Optional<String>> pick) {
    Optional<String> version = pick.apply(entries.stream().map(Entry::version).toList());
    return version.flatMap(v -> entries.stream().filter(e -> e.version().equals(v)).findFirst());
  }

  /** A chart archive. */
  public byte[] archive(String url) {
    return get(URI.create(url));
  }

  private byte[] get(URI uri) {
    try {
      HttpResponse<byte[]> r =
          http()
              .send(
                  HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        throw new RegistryException("GET " + uri + ": " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw RegistryException.unreachable("GET " + uri + ": " + RegistryException.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException("GET " + uri + ": interrupted", e);
    }
  }

  private static String base(String repoUrl) {
    return repoUrl.endsWith("/") ? repoUrl : repoUrl + "/";
  }
}
