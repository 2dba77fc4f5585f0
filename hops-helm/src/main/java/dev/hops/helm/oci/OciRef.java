package dev.hops.helm.oci;

/**
 * An OCI repository: {@code oci://HOST[:PORT]/PATH} split into the registry host and the repository
 * path (as Flux's OCIRepository {@code spec.url} and Helm's {@code oci://} references write them).
 */
public record OciRef(String host, String repository) {

  /**
   * Parses {@code oci://host/path}.
   *
   * @throws IllegalArgumentException when the URL is not of that form
   */
  public static OciRef parse(String url) {
    if (!url.startsWith("oci://")) {
      throw new IllegalArgumentException("'" + url + "' is not an oci:// URL");
    }
    String rest = url.substring("oci://".length());
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw new IllegalArgumentException("'" + url + "' has no repository path after the host");
    }
    return new OciRef(rest.substring(0, slash), rest.substring(slash + 1));
  }

  /**
   * One path element deeper: a chart of a Helm OCI repository ({@code oci://host/charts} + name).
   */
  public OciRef child(String name) {
    return new OciRef(host, repository + "/" + name);
  }

  /** True for a registry on this machine, which Helm and Flux may reach over plain HTTP. */
  public boolean isLoopback() {
    String h = host;
    if (h.startsWith("[")) {
      h = h.substring(1, h.indexOf(']'));
    } else if (h.indexOf(':') >= 0) {
      h = h.substring(0, h.indexOf(':'));
    }
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
  }

  @Override
  public String toString() {
    return "oci://" + host + "/" + repository;
  }
}
