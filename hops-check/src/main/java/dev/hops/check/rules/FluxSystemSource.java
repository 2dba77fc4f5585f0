package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.SourceInfo;
import dev.hops.yaml.MappingNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * House rule (seed 002, "Critical Details" and anti-pattern 14): a sourceRef to the repository's
 * own GitRepository names it exactly, namespace included, and no second GitRepository points at the
 * same repository under another name.
 */
public final class FluxSystemSource implements Rule {

  @Override
  public String id() {
    return "flux-system-source";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "sourceRefs to the repository name its GitRepository (flux-system) with its namespace";
  }

  @Override
  public String explanation() {
    return "The house pattern (seed 002) says a Flux Kustomization's sourceRef is ALWAYS `kind:"
        + " GitRepository, name: flux-system, namespace: flux-system`: the source the cluster"
        + " syncs from, named exactly, with the namespace stated. Without `namespace` the"
        + " reference resolves in the Kustomization's own namespace and silently stops working"
        + " when the Kustomization moves to its app's namespace; a second GitRepository for the"
        + " same URL under another name (the `home-ops` anti-pattern) clones the repository"
        + " twice and lets the two drift to different revisions. The rule checks Flux"
        + " Kustomizations and HelmRelease charts from a GitRepository, at the sourceRef, and"
        + " flags GitRepositories whose URL is the repository's own; the Kustomization in the"
        + " gotk-sync.yaml that `flux bootstrap` writes (and overwrites) is left alone. Fix: `sourceRef: {kind:"
        + " GitRepository, name: flux-system, namespace: flux-system}` and delete the duplicate"
        + " source.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (ClusterResult cluster : context.result().clusters()) {
      SourceInfo repo = FluxObjects.repositorySource(cluster);
      if (repo == null || !repo.ref().kind().equals("GitRepository")) {
        continue;
      }
      Set<String> urls = RepositoryUrls.of(context, cluster, repo);
      for (Rendered r : context.objects(cluster.name())) {
        if (FluxObjects.isKustomization(r) && !isBootstrapSync(r)) {
          checkRef(context, r, repo, urls, "spec", "sourceRef").ifPresent(findings);
        } else if (FluxObjects.isHelmRelease(r)) {
          checkRef(context, r, repo, urls, "spec", "chart", "spec", "sourceRef")
              .ifPresent(findings);
        } else if (isDuplicate(r, repo, urls)) {
          findings.accept(duplicate(r, repo));
        }
      }
    }
  }

  /** A sourceRef at {@code path} of {@code r}. */
  private Optional<Finding> checkRef(
      CheckContext context, Rendered r, SourceInfo repo, Set<String> urls, String... path) {
    MappingNode ref = Nodes.mapping(r.object(), path);
    if (ref == null || !Nodes.text(ref, "kind").equals("GitRepository")) {
      return Optional.empty();
    }
    ObjectRef own = repo.ref();
    String problem = problem(context, r, ref, own, urls);
    if (problem == null) {
      return Optional.empty();
    }
    String hint =
        "sourceRef: {kind: GitRepository, name: %s, namespace: %s}"
            .formatted(own.name(), own.namespace());
    return Optional.of(Finding.of(this, Rules.position(r, path), r.ref(), problem, hint));
  }

  /** What is wrong with a sourceRef to a GitRepository, or null. */
  private static String problem(
      CheckContext context, Rendered r, MappingNode ref, ObjectRef own, Set<String> urls) {
    String name = Nodes.text(ref, "name");
    boolean explicit = ref.get("namespace") != null;
    String ns = explicit ? Nodes.text(ref, "namespace") : r.namespace();
    List<Rendered> targets = context.find(r.cluster(), "GitRepository", ns, name);
    if (name.equals(own.name()) && ns.equals(own.namespace())) {
      return explicit ? null : "sourceRef names GitRepository " + name + " without its namespace";
    }
    if (name.equals(own.name()) && targets.isEmpty()) {
      return "sourceRef GitRepository %s resolves to %s/%s, not to the repository's source %s"
          .formatted(name, ns, name, slashed(own));
    }
    for (Rendered target : targets) {
      if (RepositoryUrls.matches(urls, repoUrl(target))) {
        return "sourceRef names GitRepository %s/%s, a second source for this repository, instead of %s"
            .formatted(ns, name, slashed(own));
      }
    }
    return null;
  }

  private static String slashed(ObjectRef ref) {
    return ref.namespace() + "/" + ref.name();
  }

  /** flux bootstrap writes gotk-sync.yaml ("DO NOT EDIT"), without the sourceRef's namespace. */
  private static boolean isBootstrapSync(Rendered r) {
    String file = r.pos().file();
    return file.equals("gotk-sync.yaml") || file.endsWith("/gotk-sync.yaml");
  }

  private static boolean isDuplicate(Rendered r, SourceInfo repo, Set<String> urls) {
    return FluxObjects.is(r, FluxObjects.SOURCE_GROUP, "GitRepository")
        && !FluxObjects.ref(r).equals(repo.ref())
        && RepositoryUrls.matches(urls, repoUrl(r));
  }

  private Finding duplicate(Rendered r, SourceInfo repo) {
    String own = slashed(repo.ref());
    return Finding.of(
        this,
        Rules.position(r, "spec", "url"),
        r.ref(),
        "GitRepository %s/%s points at this repository, which GitRepository %s already provides"
            .formatted(r.namespace(), r.name(), own),
        "delete it and point its users at " + own + " (with namespace)");
  }

  private static String repoUrl(Rendered r) {
    return Nodes.text(r.object().getMapping("spec"), "url");
  }
}
