package dev.hops.helm.oci;

import java.util.List;

/** An OCI image manifest: its own digest and its layers. */
public record Manifest(String digest, List<Layer> layers) {

  /** One layer: media type, digest, size in bytes. */
  public record Layer(String mediaType, String digest, long size) {}

  public Manifest {
    layers = List.copyOf(layers);
  }
}
