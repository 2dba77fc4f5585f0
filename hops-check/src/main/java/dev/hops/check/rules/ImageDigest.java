package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.yaml.MappingNode;
import java.util.function.Consumer;

/**
 * House rule: every container image is pinned by digest ({@code image: repo:tag@sha256:...}), so
 * that what runs is what was reviewed and Renovate can follow it.
 */
public final class ImageDigest implements Rule {

  @Override
  public String id() {
    return "image-digest";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "every container image is pinned by digest";
  }

  @Override
  public String explanation() {
    return "A tag can be moved to another image; a digest cannot. Pinning every container image "
        + "as `repo:tag@sha256:...` makes what runs exactly what was reviewed, lets rollbacks "
        + "return to the same bits, and lets Renovate propose digest updates as reviewable pull"
        + " requests. Add the digest of the tag you tested (`crane digest`, `docker buildx "
        + "imagetools inspect`, or let Renovate's pinDigests do it).";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (CheckContext.Rendered r : context.objects()) {
      for (MappingNode c : Containers.all(r.object())) {
        String image = c.getString("image");
        if (image != null && !image.contains("@sha256:")) {
          findings.accept(
              new Finding(
                  id(),
                  defaultSeverity(),
                  Rules.position(c, r),
                  r.ref(),
                  "container '" + c.getString("name") + "' runs '" + image + "' without a digest",
                  "pin it: " + image + "@sha256:<digest> (Renovate keeps the digest current)"));
        }
      }
    }
  }
}
