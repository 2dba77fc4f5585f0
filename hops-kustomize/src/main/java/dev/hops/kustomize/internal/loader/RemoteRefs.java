package dev.hops.kustomize.internal.loader;

import java.util.regex.Pattern;

/** Recognizes remote references (git URLs, HTTP files), which an offline build cannot read. */
public final class RemoteRefs {

  private static final Pattern HOSTED =
      Pattern.compile("^(github\\.com|gitlab\\.com|bitbucket\\.org|dev\\.azure\\.com)[/:].*");

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
        || HOSTED.matcher(path).matches()
        || path.contains("?ref=")
        || path.contains("?version=");
  }
}
