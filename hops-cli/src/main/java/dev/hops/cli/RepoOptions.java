package dev.hops.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a whole Flux repository. */
final class RepoOptions {

  @Option(
      names = "--path",
      paramLabel = "REPO",
      description = "The repository (default: the last argument, else the current directory).")
  Path path;

  @Option(
      names = "--cluster",
      paramLabel = "NAME",
      description = "Only this cluster (see 'hops get clusters').")
  String cluster;

  @Option(
      names = "--source",
      paramLabel = "SOURCE=DIR",
      description =
          "Render the Kustomizations of a source from a local folder: NAME, NAMESPACE/NAME or"
              + " KIND/NAMESPACE/NAME of a GitRepository, OCIRepository or ExternalArtifact.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--values",
      paramLabel = "FILE",
      description =
          "YAML file of ConfigMaps and Secrets that exist only in the cluster, for"
              + " postBuild.substituteFrom (repeatable).")
  List<Path> values = new ArrayList<>();

  @Option(
      names = "--no-strict",
      description =
          "Undefined variables become empty strings (Flux before 2.9) instead of failing the"
              + " Kustomization.")
  boolean noStrict;

  @Option(
      names = "--kube-version",
      paramLabel = "VERSION",
      description =
          "The Kubernetes version Helm charts see (.Capabilities.KubeVersion) and, for check,"
              + " the one whose built-in kinds and API versions objects are checked against"
              + " (default "
              + dev.hops.flux.FluxRenderer.DEFAULT_KUBE_VERSION
              + ").")
  String kubeVersion;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Where Hops keeps Helm's unpacked engine (default: ~/.cache/hops).")
  Path cacheDir;

  @Option(names = "--no-helm", description = "Do not render HelmReleases' charts.")
  boolean noHelm;

  @Option(
      names = "--offline",
      description =
          "Charts only from the cache: releases whose chart is not there are reported as failed.")
  boolean offline;

  @Option(
      names = "--registry-mirror",
      paramLabel = "SOURCE=TARGET",
      description =
          "Fetch charts of registry (or repository prefix) SOURCE from TARGET, e.g."
              + " ghcr.io=127.0.0.1:5000/ghcr (repeatable).")
  List<String> registryMirrors = new ArrayList<>();

  /** The repository folder: --path, else the positional argument, else the current directory. */
  Path repository(String positional) {
    if (path != null && positional != null) {
      throw new dev.hops.yaml.HopsException(
          dev.hops.yaml.SourcePos.UNKNOWN,
          null,
          "give the repository either as --path or as argument");
    }
    return path != null ? path : positional != null ? Path.of(positional) : Path.of(".");
  }
}
