package dev.hops.diff;

import dev.hops.flux.ObjectRef;
import java.util.List;

/**
 * The blast radius of one changed file: the Flux Kustomizations and HelmReleases whose rendering
 * reads it (a shared component, a values file, a chart).
 *
 * @param file the file, relative to the repository root
 * @param owners the Kustomizations and HelmReleases that read it, in either revision
 */
public record Reach(String file, List<ObjectRef> owners) {

  public Reach {
    owners = List.copyOf(owners);
  }
}
