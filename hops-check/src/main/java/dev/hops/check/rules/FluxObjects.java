package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.SourceInfo;
import dev.hops.kustomize.SourceTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What rules need to know about Flux objects (the Flux kinds, for every rule) and, for the house
 * rules, about the repository: a cluster's root Kustomizations and the source that is the
 * repository itself, and the folder of the repository a Kustomization builds.
 */
public final class FluxObjects {

  public static final String KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";
  public static final String HELM_GROUP = "helm.toolkit.fluxcd.io";
  public static final String SOURCE_GROUP = "source.toolkit.fluxcd.io";

  private FluxObjects() {}

  public static boolean is(Rendered r, String group, String kind) {
    return r.kind().equals(kind) && r.group().equals(group);
  }

  /** A Flux Kustomization (not a kustomize one: those never reach the render). */
  public static boolean isKustomization(Rendered r) {
    return is(r, KUSTOMIZE_GROUP, "Kustomization");
  }

  public static boolean isHelmRelease(Rendered r) {
    return is(r, HELM_GROUP, "HelmRelease");
  }

  static ObjectRef ref(Rendered r) {
    return new ObjectRef(r.kind(), r.namespace(), r.name());
  }

  static ClusterResult cluster(CheckContext context, String name) {
    for (ClusterResult c : context.result().clusters()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** The source whose artifact is this repository (usually GitRepository flux-system), or null. */
  static SourceInfo repositorySource(ClusterResult cluster) {
    for (SourceInfo s : cluster.sources()) {
      if (s.usage() == SourceInfo.Usage.REPOSITORY) {
        return s;
      }
    }
    return null;
  }

  /**
   * The Kustomizations Flux starts from: made by {@code flux bootstrap} or a FluxInstance, not
   * written by hand.
   */
  static Set<ObjectRef> roots(ClusterResult cluster) {
    Set<ObjectRef> out = new LinkedHashSet<>();
    for (KsResult ks : cluster.kustomizations()) {
      if (ks.parent() == null) {
        out.add(ks.ref());
      }
    }
    return out;
  }

  static KsResult kustomization(ClusterResult cluster, ObjectRef ref) {
    for (KsResult ks : cluster.kustomizations()) {
      if (ks.ref().equals(ref)) {
        return ks;
      }
    }
    return null;
  }

  /**
   * The repository folder a Kustomization builds ({@code a/b}, "" for the root), or null when its
   * source is not the repository or the folder is not there (then the renders rule speaks).
   */
  static String folder(CheckContext context, ClusterResult cluster, KsResult ks) {
    SourceInfo repo = repositorySource(cluster);
    SourceTree tree = context.repository();
    if (repo == null || tree == null || !repo.ref().equals(ks.source())) {
      return null;
    }
    String dir = clamp(ks.path());
    return tree.isDirectory(dir) ? dir : null;
  }

  /** Flux's securejoin: {@code ..} stops at the root, {@code ./a/} is {@code a}. */
  static String clamp(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
