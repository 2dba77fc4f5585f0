package dev.hops.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Options;

/** Options shared by the commands that read a whole Flux repository. */
final class RepoOptions {

  /** The positional parameter of the commands that read a repository. */
  static final Param PARAM = Param.optional("REPO", "The repository (default: .)");

  Path path;

  String cluster;

  List<String> sources = new ArrayList<>();

  List<Path> values = new ArrayList<>();

  boolean noStrict;

  String kubeVersion;

  Path cacheDir;

  boolean noHelm;

  boolean offline;

  List<String> registryMirrors = new ArrayList<>();

  /** Declares the options, in the order a help that keeps the order lists them. */
  static Options addTo(Options options) {
    return options
        .addOption(
            Cli.value(
                null,
                "path",
                "REPO",
                "The repository (default: the last argument, else the current directory)."))
        .addOption(
            Cli.value(null, "cluster", "NAME", "Only this cluster (see 'hops get clusters')."))
        .addOption(
            Cli.repeated(
                "source",
                "SOURCE=DIR",
                "Render the Kustomizations of a source from a local folder: NAME, NAMESPACE/NAME or"
                    + " KIND/NAMESPACE/NAME of a GitRepository, OCIRepository or"
                    + " ExternalArtifact."))
        .addOption(
            Cli.repeated(
                "values",
                "FILE",
                "YAML file of ConfigMaps and Secrets that exist only in the cluster, for"
                    + " postBuild.substituteFrom (repeatable)."))
        .addOption(
            Cli.flag(
                null,
                "no-strict",
                "Undefined variables become empty strings (Flux before 2.9) instead of failing the"
                    + " Kustomization."))
        .addOption(
            Cli.value(
                null,
                "kube-version",
                "VERSION",
                "The Kubernetes version Helm charts see (.Capabilities.KubeVersion) and, for"
                    + " check, the one whose built-in kinds and API versions objects are checked"
                    + " against (default "
                    + dev.hops.flux.FluxRenderer.DEFAULT_KUBE_VERSION
                    + ")."))
        .addOption(
            Cli.value(
                null,
                "cache-dir",
                "DIR",
                "Where Hops keeps Helm's unpacked engine (default: ~/.cache/hops)."))
        .addOption(Cli.flag(null, "no-helm", "Do not render HelmReleases' charts."))
        .addOption(
            Cli.flag(
                null,
                "offline",
                "Charts only from the cache: releases whose chart is not there are reported as"
                    + " failed."))
        .addOption(
            Cli.repeated(
                "registry-mirror",
                "SOURCE=TARGET",
                "Fetch charts of registry (or repository prefix) SOURCE from TARGET, e.g."
                    + " ghcr.io=127.0.0.1:5000/ghcr (repeatable)."));
  }

  /** The options from a parsed command line. */
  static RepoOptions of(Args args) {
    RepoOptions o = new RepoOptions();
    o.path = args.path("path");
    o.cluster = args.string("cluster");
    o.sources = args.strings("source");
    o.values = args.paths("values");
    o.noStrict = args.flag("no-strict");
    o.kubeVersion = args.string("kube-version");
    o.cacheDir = args.path("cache-dir");
    o.noHelm = args.flag("no-helm");
    o.offline = args.flag("offline");
    o.registryMirrors = args.strings("registry-mirror");
    return o;
  }

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
