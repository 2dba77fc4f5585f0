package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.SourceInfo;
import dev.hops.yaml.MappingNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The URL of the repository a cluster syncs from, in a form where {@code
 * ssh://git@github.com/o/r.git}, {@code git@github.com:o/r} and {@code https://github.com/o/r} are
 * equal.
 */
final class RepositoryUrls {

  private RepositoryUrls() {}

  /**
   * The repository source's URL; when its GitRepository is not in the render (a FluxInstance makes
   * it), the URL of the FluxInstance's {@code spec.sync}, or of a flux-instance HelmRelease's
   * {@code values.instance.sync}.
   */
  static Set<String> of(CheckContext context, ClusterResult cluster, SourceInfo repo) {
    Set<String> out = new LinkedHashSet<>();
    if (!repo.url().isEmpty()) {
      out.add(normalize(repo.url()));
      return out;
    }
    for (Rendered r : context.objects(cluster.name())) {
      MappingNode sync = null;
      if (r.kind().equals("FluxInstance")) {
        sync = Nodes.mapping(r.object(), "spec", "sync");
      } else if (FluxObjects.isHelmRelease(r)) {
        sync = Nodes.mapping(r.object(), "spec", "values", "instance", "sync");
      }
      String kind = Nodes.text(sync, "kind");
      String url = Nodes.text(sync, "url");
      if (!url.isEmpty() && (kind.isEmpty() || kind.equals("GitRepository"))) {
        out.add(normalize(url));
      }
    }
    return out;
  }

  static boolean matches(Set<String> urls, String url) {
    return !url.isEmpty() && urls.contains(normalize(url));
  }

  /** Host and path, lower case, without scheme, user, port, {@code .git} and trailing slash. */
  static String normalize(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    int scheme = u.indexOf("://");
    boolean scp = scheme < 0;
    if (!scp) {
      u = u.substring(scheme + 3);
    }
    int slash = u.indexOf('/');
    int at = u.indexOf('@');
    if (at >= 0 && (slash < 0 || at < slash)) {
      u = u.substring(at + 1);
    }
    int colon = u.indexOf(':');
    slash = u.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      // scp-like "host:owner/repo", or a port in "host:22/owner/repo"
      String rest = u.substring(colon + 1);
      String port = slash < 0 ? "" : u.substring(colon + 1, slash);
      u =
          u.substring(0, colon)
              + "/"
              + (scp || !port.matches("\\d+") ? rest : u.substring(slash + 1));
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    if (u.endsWith(".git")) {
      u = u.substring(0, u.length() - 4);
    }
    return u;
  }
}
