package dev.hops.helm.oci;

import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Registry credentials from the docker config file ({@code $DOCKER_CONFIG/config.json}, else {@code
 * ~/.docker/config.json}), as Helm's registry client reads them: {@code auths.HOST.auth} (base64 of
 * {@code user:password}) or {@code username}/{@code password}. Credential helpers are not run.
 */
public final class DockerCredentials {

  private final Map<String, String> byHost;

  private DockerCredentials(Map<String, String> byHost) {
    this.byHost = byHost;
  }

  public static DockerCredentials none() {
    return new DockerCredentials(Map.of());
  }

  /** The user's docker config file, or no credentials when it is absent or unreadable. */
  public static DockerCredentials fromDefaultConfig() {
    String dir = System.getenv("DOCKER_CONFIG");
    Path file =
        dir != null && !dir.isEmpty()
            ? Path.of(dir, "config.json")
            : Path.of(System.getProperty("user.home"), ".docker", "config.json");
    return Files.isRegularFile(file) ? read(file) : none();
  }

  static DockerCredentials read(Path file) {
    Map<String, String> out = new HashMap<>();
    try {
      Node n = YamlReader.withDefaults().readDocument(Files.readString(file), file.toString());
      if (n != null
          && KustomizeYaml.toGoValue(n) instanceof Map<?, ?> config
          && config.get("auths") instanceof Map<?, ?> auths) {
        for (Map.Entry<?, ?> e : auths.entrySet()) {
          if (e.getValue() instanceof Map<?, ?> entry) {
            String auth = entry.get("auth") instanceof String a && !a.isEmpty() ? a : null;
            if (auth == null && entry.get("username") instanceof String u) {
              String p = entry.get("password") instanceof String s ? s : "";
              auth =
                  Base64.getEncoder()
                      .encodeToString((u + ":" + p).getBytes(StandardCharsets.UTF_8));
            }
            if (auth != null) {
              out.put(host(String.valueOf(e.getKey())), auth);
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return none();
    }
    return new DockerCredentials(out);
  }

  /** base64 {@code user:password} for the host, or null. */
  String basic(String host) {
    return byHost.get(host);
  }

  /** "https://index.docker.io/v1/" and "ghcr.io" both name a host. */
  private static String host(String key) {
    String h = key.replaceFirst("^https?://", "");
    int slash = h.indexOf('/');
    return slash < 0 ? h : h.substring(0, slash);
  }
}
