package dev.hops.kustomize;

/** Which files a kustomization may read, as kustomize's {@code --load-restrictor}. */
public enum LoadRestrictor {
  /** Files must be in or below the directory of the kustomization that lists them (default). */
  ROOT_ONLY,
  /** Any file of the source tree may be read. */
  NONE
}
