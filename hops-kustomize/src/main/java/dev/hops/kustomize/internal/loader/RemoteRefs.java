package dev.hops.kustomize.internal.loader;

import java.util.List;

/** Recognizes remote references (git URLs, HTTP files), which an offline build cannot read. */
public final class RemoteRefs {

  /** The hosts kustomize's {@code ^(github\.com|gitlab\.com|...)[/:].*} knows. */
  private static final List<String> HOSTS =
      List.of("github.com", "gitlab.com", "bitbucket.org", "dev.azure.com");

  private RemoteRefs() {}

  public static boolean isHttp(String path) {
    return path.startsWith("http://") || path.startsWith("https://");
  }

  /** A reference kustomize would try to clone: git::, ssh://, git@, https://host/..., ... */
  public static boolean isGit(String path) {
    return path.startsWith("git::")
        || path.startsWith("ssh://")
        || path.startsWith("git@")
        || path.startsWith("gh:")
        || path.startsWith("file://")
        || isHttp(path)
        || isHosted(path)
        || path.contains("?ref=")
        || path.contains("?version=");
  }

  /**
   * {@code ^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)[/:].*} in full, written out
   * (it is asked of every resource): a host, '/' or ':', then no line terminator.
   */
  static boolean isHosted(String path) {
    for (String host : HOSTS) {
      if (path.length() > host.length()
          && path.startsWith(host)
          && (path.charAt(host.length()) == '/' || path.charAt(host.length()) == ':')) {
        for (int i = host.length() + 1; i < path.length(); i++) {
          char c = path.charAt(i);
          if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
