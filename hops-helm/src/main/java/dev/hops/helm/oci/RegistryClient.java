package dev.hops.helm.oci;

import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OCI distribution API as Helm's and Flux's registry clients use it: tags, manifests and blobs,
 * with the registry's token flow (anonymous, or with the docker config's credentials) and plain
 * HTTP for registries on loopback addresses.
 */
public final class RegistryClient {

  static final String MANIFEST_TYPES =
      "application/vnd.oci.image.manifest.v1+json,"
          + " application/vnd.docker.distribution.manifest.v2+json";

  private static final Pattern CHALLENGE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private volatile HttpClient http;
  private final java.util.function.Supplier<DockerCredentials> credentialSource;
  private volatile DockerCredentials credentials;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  /** Hosts that could not be reached: later requests fail at once instead of waiting again. */
  private final Map<String, String> unreachable = new ConcurrentHashMap<>();

  public RegistryClient(DockerCredentials credentials) {
    this(() -> credentials);
  }

  /** Credentials and the HTTP client are made on the first request (a render may make none). */
  public RegistryClient(java.util.function.Supplier<DockerCredentials> credentials) {
    this.credentialSource = credentials;
  }

  private HttpClient http() {
    HttpClient h = http;
    if (h == null) {
      synchronized (this) {
        if (http == null) {
          http =
              HttpClient.newBuilder()
                  .followRedirects(HttpClient.Redirect.NORMAL)
                  .connectTimeout(Duration.ofSeconds(15))
                  .build();
        }
        h = http;
      }
    }
    return h;
  }

  private DockerCredentials credentials() {
    DockerCredentials c = credentials;
    if (c == null) {
      c = credentialSource.get();
      credentials = c;
    }
    return c;
  }

  /** Every tag of the repository (following the registry's pagination). */
  public List<String> tags(OciRef ref) {
    List<String> out = new ArrayList<>();
    String next = "/v2/" + ref.repository() + "/tags/list?n=1000";
    while (next != null) {
      HttpResponse<byte[]> r = get(ref, next, "application/json");
      Object body = json(r.body(), ref + " tags");
      if (body instanceof Map<?, ?> m && m.get("tags") instanceof List<?> tags) {
        tags.forEach(t -> out.add(String.valueOf(t)));
      }
      next = nextLink(r);
    }
    return out;
  }

  /** The manifest a tag or digest names. */
  public Manifest manifest(OciRef ref, String reference) {
    HttpResponse<byte[]> r =
        get(ref, "/v2/" + ref.repository() + "/manifests/" + reference, MANIFEST_TYPES);
    String digest = "sha256:" + sha256(r.body());
    if (reference.startsWith("sha256:") && !reference.equals(digest)) {
      throw new RegistryException(ref + "@" + reference + ": the manifest's digest is " + digest);
    }
    Object body = json(r.body(), ref + ":" + reference + " manifest");
    List<Manifest.Layer> layers = new ArrayList<>();
    if (body instanceof Map<?, ?> m && m.get("layers") instanceof List<?> ls) {
      for (Object l : ls) {
        if (l instanceof Map<?, ?> layer) {
          layers.add(
              new Manifest.Layer(
                  String.valueOf(layer.get("mediaType")),
                  String.valueOf(layer.get("digest")),
                  layer.get("size") instanceof Number n ? n.longValue() : -1));
        }
      }
    }
    return new Manifest(digest, layers);
  }

  /** A blob, checked against its digest. */
  public byte[] blob(OciRef ref, String digest) {
    byte[] body = get(ref, "/v2/" + ref.repository() + "/blobs/" + digest, "*/*").body();
    if (digest.startsWith("sha256:") && !digest.equals("sha256:" + sha256(body))) {
      throw new RegistryException(ref + "@" + digest + ": the blob does not match its digest");
    }
    return body;
  }

  private HttpResponse<byte[]> get(OciRef ref, String path, String accept) {
    URI uri = URI.create(base(ref) + path);
    String earlier = unreachable.get(ref.host());
    if (earlier != null) {
      throw RegistryException.unreachable("GET " + uri + ": " + earlier, null);
    }
    try {
      HttpResponse<byte[]> r = send(uri, accept, tokens.get(ref.host() + " " + ref.repository()));
      if (r.statusCode() == 401) {
        String auth = authorize(ref, r);
        r = send(uri, accept, auth);
      }
      if (r.statusCode() / 100 != 2) {
        throw new RegistryException(
            "GET " + uri + ": " + r.statusCode() + " " + errorText(r.body()));
      }
      return r;
    } catch (IOException e) {
      String why = RegistryException.describe(e);
      if (e instanceof java.net.ConnectException
          || e instanceof java.net.http.HttpConnectTimeoutException) {
        unreachable.putIfAbsent(ref.host(), why);
      }
      throw RegistryException.unreachable("GET " + uri + ": " + why, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException("GET " + uri + ": interrupted", e);
    }
  }

  private HttpResponse<byte[]> send(URI uri, String accept, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).header("Accept", accept);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http().send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The registry's challenge answered: a bearer token from its realm, or basic credentials. */
  private String authorize(OciRef ref, HttpResponse<byte[]> challenge)
      throws IOException, InterruptedException {
    String header = challenge.headers().firstValue("WWW-Authenticate").orElse("");
    String basic = credentials().basic(ref.host());
    if (header.regionMatches(true, 0, "Basic", 0, 5)) {
      if (basic == null) {
        throw new RegistryException(
            ref.host() + " asks for credentials; none found in the docker config file");
      }
      return remember(ref, "Basic " + basic);
    }
    if (!header.regionMatches(true, 0, "Bearer", 0, 6)) {
      throw new RegistryException(ref.host() + ": unsupported authentication '" + header + "'");
    }
    Map<String, String> params = new java.util.HashMap<>();
    Matcher m = CHALLENGE_PARAM.matcher(header);
    while (m.find()) {
      params.put(m.group(1), m.group(2));
    }
    String realm = params.get("realm");
    if (realm == null) {
      throw new RegistryException(ref.host() + ": bearer challenge without a realm");
    }
    StringBuilder url = new StringBuilder(realm).append(realm.contains("?") ? "&" : "?");
    if (params.containsKey("service")) {
      url.append("service=").append(enc(params.get("service"))).append('&');
    }
    url.append("scope=")
        .append(enc(params.getOrDefault("scope", "repository:" + ref.repository() + ":pull")));
    HttpResponse<byte[]> r =
        send(
            URI.create(url.toString()),
            "application/json",
            basic == null ? null : "Basic " + basic);
    if (r.statusCode() / 100 != 2) {
      throw new RegistryException(
          ref.host() + ": token request refused: " + r.statusCode() + " " + errorText(r.body()));
    }
    Object body = json(r.body(), ref.host() + " token");
    Object token =
        body instanceof Map<?, ?> t
            ? (t.get("token") != null ? t.get("token") : t.get("access_token"))
            : null;
    if (token == null) {
      throw new RegistryException(ref.host() + ": token response without a token");
    }
    return remember(ref, "Bearer " + token);
  }

  private String remember(OciRef ref, String authorization) {
    tokens.put(ref.host() + " " + ref.repository(), authorization);
    return authorization;
  }

  private static String base(OciRef ref) {
    return (ref.isLoopback() ? "http://" : "https://") + ref.host();
  }

  private static String nextLink(HttpResponse<byte[]> r) {
    String link = r.headers().firstValue("Link").orElse(null);
    if (link == null) {
      return null;
    }
    int open = link.indexOf('<');
    int close = link.indexOf('>');
    return open >= 0 && close > open ? link.substring(open + 1, close) : null;
  }

  private static Object json(byte[] body, String what) {
    try {
      Node n =
          YamlReader.withDefaults().readDocument(new String(body, StandardCharsets.UTF_8), what);
      return n == null ? null : KustomizeYaml.toGoValue(n);
    } catch (RuntimeException e) {
      throw new RegistryException(what + ": not JSON: " + e.getMessage(), e);
    }
  }

  private static String errorText(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8).strip();
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
