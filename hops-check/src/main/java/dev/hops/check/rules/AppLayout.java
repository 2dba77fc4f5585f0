package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.ObjectRef;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.MappingNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * House rule (seeds 000, 001, 002, 004): an app is {@code <namespace>/<app>/ks.yaml} with its
 * manifests in a folder of {@code <app>/} ({@code app/}), and the namespace folder is the namespace
 * the app lands in.
 */
public final class AppLayout implements Rule {

  @Override
  public String id() {
    return "app-layout";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "apps live in <namespace>/<app>/{ks.yaml,app/}";
  }

  @Override
  public String explanation() {
    return "Every app has the same shape (seed 002's Application Directory Structure, seed 000's"
        + " `{namespace}/{app}/{ks.yaml, app/}`, seed 004's `kubernetes/apps/<ns>/<app>/`): a"
        + " namespace folder named after the namespace, an app folder holding the Flux"
        + " Kustomization in `ks.yaml`, and the manifests in a folder of the app folder, so that"
        + " an app is found, moved or deleted as one folder. For each Flux Kustomization defined"
        + " in a file named `ks.yaml` (option `file`) the rule checks that the file is at"
        + " `<namespace>/<app>/ks.yaml`, that spec.path points into a sub-folder of `<app>/`"
        + " (`app/`, or another one such as `config/` for a second Kustomization of the app), and"
        + " that the namespace it lands in (spec.targetNamespace; without it, the namespace its"
        + " objects set, else its own) is the namespace folder's name. Accepted: a spec.path into a shared folder named after the app (seed"
        + " 002's cross-cluster `base/<app>/app`), several Kustomizations in one ks.yaml, and"
        + " the cluster's wiring (the root Kustomization and the ks.yaml files in the folder it"
        + " syncs, such as `flux/cluster/ks.yaml`). Fix: move the files into that shape.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    String fileName = context.options(id()).string("file", "ks.yaml");
    for (ClusterResult cluster : context.result().clusters()) {
      Set<ObjectRef> roots = FluxObjects.roots(cluster);
      Set<String> wiring = new HashSet<>();
      for (KsResult ks : cluster.kustomizations()) {
        String dir = roots.contains(ks.ref()) ? FluxObjects.folder(context, cluster, ks) : null;
        if (dir != null) {
          wiring.add(dir);
        }
      }
      for (Rendered r : context.objects(cluster.name())) {
        String file = context.repositoryPath(r.pos());
        if (!FluxObjects.isKustomization(r)
            || file == null
            || !TreePaths.fileName(file).equals(fileName)
            || roots.contains(FluxObjects.ref(r))
            || wiring.contains(TreePaths.parent(file))) {
          continue;
        }
        check(context, cluster, r, file, findings);
      }
    }
  }

  private void check(
      CheckContext context,
      ClusterResult cluster,
      Rendered r,
      String file,
      Consumer<Finding> findings) {
    String appDir = TreePaths.parent(file);
    String nsDir = TreePaths.parent(appDir);
    if (appDir.isEmpty() || nsDir.isEmpty()) {
      findings.accept(
          Finding.of(
              this,
              r.pos(),
              r.ref(),
              file + " is not in a <namespace>/<app>/ folder",
              "move it to <namespace>/<app>/" + TreePaths.fileName(file)));
      return;
    }
    KsResult ks = FluxObjects.kustomization(cluster, FluxObjects.ref(r));
    String dir = ks == null ? null : FluxObjects.folder(context, cluster, ks);
    String problem = dir == null ? null : pathProblem(dir, appDir);
    if (problem != null) {
      findings.accept(
          Finding.of(
              this,
              Rules.position(r, "spec", "path"),
              r.ref(),
              problem,
              "keep its manifests in " + appDir + "/app/ and point spec.path there"));
    }
    namespace(r, ks, appDir, nsDir, findings);
  }

  /**
   * The namespace folder is the namespace the app lands in: spec.targetNamespace; without it, the
   * namespace its objects set (an app/kustomization.yaml with {@code namespace:}), else its own.
   */
  private void namespace(
      Rendered r, KsResult ks, String appDir, String nsDir, Consumer<Finding> findings) {
    String target = Nodes.text(r.object().getMapping("spec"), "targetNamespace");
    String folder = TreePaths.fileName(nsDir);
    Set<String> landing = new TreeSet<>();
    if (!target.isEmpty()) {
      landing.add(target);
    } else if (ks != null) {
      for (MappingNode o : ks.objects()) {
        String ns = Nodes.text(o.getMapping("metadata"), "namespace");
        if (!ns.isEmpty()) {
          landing.add(ns);
        }
      }
    }
    if (landing.isEmpty()) {
      landing.add(r.namespace());
    }
    if (landing.contains(folder)) {
      return;
    }
    String where = String.join("', '", landing);
    findings.accept(
        Finding.of(
            this,
            target.isEmpty()
                ? Rules.position(r, "metadata", "namespace")
                : Rules.position(r, "spec", "targetNamespace"),
            r.ref(),
            "the app lands in namespace '%s' but lives in namespace folder '%s/'"
                .formatted(where, nsDir),
            "move %s/ to the folder of its namespace, or deploy it to %s"
                .formatted(appDir, folder)));
  }

  /** Why spec.path (a repository folder) is not a folder of the app, or null. */
  private static String pathProblem(String dir, String appDir) {
    if (dir.equals(appDir)) {
      return "spec.path is the app folder " + appDir + "/ itself, next to its ks.yaml";
    }
    if (TreePaths.isWithin(dir, appDir)) {
      return null;
    }
    String app = TreePaths.fileName(appDir);
    if (Arrays.asList(dir.split("/")).contains(app)) {
      return null; // a shared base of the same app, e.g. base/<app>/app
    }
    return "spec.path " + dir + "/ is outside the app folder " + appDir + "/";
  }
}
