package dev.hops.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The settings of one check run.
 *
 * @param config the repository's {@code .hops.yaml} (or {@link CheckConfig#EMPTY})
 * @param kubeVersion the Kubernetes version built-in kinds are validated against
 * @param schemaDirs folders of extra schemas ({@code --schema-dir})
 */
public record CheckSettings(CheckConfig config, String kubeVersion, List<Path> schemaDirs) {

  /** Kubernetes version used when neither the command line nor the configuration names one. */
  public static final String DEFAULT_KUBE_VERSION = dev.hops.flux.FluxRenderer.DEFAULT_KUBE_VERSION;

  public CheckSettings {
    Objects.requireNonNull(config, "config");
    kubeVersion = kubeVersion == null ? DEFAULT_KUBE_VERSION : kubeVersion;
    schemaDirs = List.copyOf(schemaDirs);
  }

  /** No configuration, the default Kubernetes version, no schema folders. */
  public static CheckSettings defaults() {
    return new CheckSettings(CheckConfig.EMPTY, DEFAULT_KUBE_VERSION, List.of());
  }
}
