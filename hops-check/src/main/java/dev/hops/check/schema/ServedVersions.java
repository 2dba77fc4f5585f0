package dev.hops.check.schema;

import dev.hops.yaml.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to say about an apiVersion of Kubernetes' own groups that the chosen release does not serve:
 * the apiVersions it serves the kind as, and the releases that serve this one.
 */
final class ServedVersions {

  private ServedVersions() {}

  /**
   * @param otherReleases for each {@code apiVersion kind}, the releases with schemas that serve it
   */
  static SchemaIndex.NotServed notServed(
      BuiltIns release, Map<String, List<String>> otherReleases, String apiVersion, String kind) {
    String minor = release.minor();
    String message = apiVersion + " " + kind + " is not served by Kubernetes " + minor;
    List<String> now = release.apiVersionsOf(kind);
    List<String> releases = otherReleases.get(apiVersion + " " + kind);
    String elsewhere =
        releases == null
            ? ""
            : "Kubernetes "
                + String.join(", ", releases)
                + (releases.size() == 1 ? " serves " : " serve ")
                + apiVersion
                + " (is --kube-version right?)";
    if (!now.isEmpty()) {
      String use = "use apiVersion " + String.join(" or ", now);
      return new SchemaIndex.NotServed(
          message, elsewhere.isEmpty() ? use : use + "; " + elsewhere, false);
    }
    if (!elsewhere.isEmpty()) {
      return new SchemaIndex.NotServed(message, elsewhere, false);
    }
    String near = nearestKind(release, apiVersion, kind);
    return new SchemaIndex.NotServed(
        message,
        near != null
            ? "did you mean " + near + "?"
            : "Kubernetes " + minor + " has no " + kind + " at all: remove or replace it",
        false);
  }

  /** A kind of the same apiVersion whose name is one or two letters away, or null. */
  private static String nearestKind(BuiltIns release, String apiVersion, String kind) {
    String best = null;
    int bestDistance = 3;
    for (String k : release.kindsOf(apiVersion)) {
      int d = EditDistance.between(k.toLowerCase(Locale.ROOT), kind.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }
}
