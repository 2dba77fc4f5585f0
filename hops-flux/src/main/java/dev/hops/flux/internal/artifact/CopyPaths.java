package dev.hops.flux.internal.artifact;

import java.util.ArrayList;
import java.util.List;

/** The path arithmetic of builder.go: parsing {@code from} and {@code to}, glob destinations. */
final class CopyPaths {

  /** {@code @alias/pattern} split. */
  record Source(String alias, String pattern) {}

  private CopyPaths() {}

  /** parseCopySource. */
  static Source parseSource(String from) throws BuildFailure {
    if (!from.startsWith("@")) {
      throw new BuildFailure("source must start with '@'");
    }
    int slash = from.indexOf('/');
    if (slash < 0) {
      throw new BuildFailure("source format must be '@alias/pattern'");
    }
    return new Source(from.substring(1, slash), from.substring(slash + 1));
  }

  /** parseCopyDestinationRelative: the path in the artifact, as written (not cleaned). */
  static String parseDestination(String to) throws BuildFailure {
    if (!to.startsWith("@artifact/")) {
      throw new BuildFailure("destination must start with '@artifact/'");
    }
    return to.substring("@artifact/".length());
  }

  /** containsGlobChars: the builder's test for a glob (no backslash, unlike path.Match). */
  static boolean containsGlobChars(String path) {
    for (int i = 0; i < path.length(); i++) {
      switch (path.charAt(i)) {
        case '*', '?', '[', ']' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * calculateGlobDestination: for {@code dir/**} the match below {@code dir/}, otherwise the whole
   * match path, under the destination.
   */
  static String globDestination(String pattern, String match, String destPath) {
    if (pattern.endsWith("/**")) {
      String prefix = pattern.substring(0, pattern.length() - "/**".length()) + "/";
      if (match.startsWith(prefix)) {
        return GoPath.join(destPath, match.substring(prefix.length()));
      }
    }
    return GoPath.join(destPath, match);
  }

  /** sourceSelectionRoot: the literal prefix of the pattern before its first glob element. */
  static String selectionRoot(String pattern) {
    List<String> root = new ArrayList<>();
    for (String part : GoPath.clean(pattern).split("/", -1)) {
      if (containsGlobChars(part)) {
        break;
      }
      root.add(part);
    }
    return root.isEmpty() ? "." : GoPath.join(root.toArray(String[]::new));
  }

  /** isTarball (extract.go): a {@code .tar.gz} or {@code .tgz} name, in any case. */
  static boolean isTarball(String path) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".tar.gz") || lower.endsWith(".tgz");
  }
}
