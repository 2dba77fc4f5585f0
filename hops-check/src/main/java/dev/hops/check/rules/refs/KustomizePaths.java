package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.check.rules.ExplainsFailures;
import dev.hops.check.rules.FluxObjects;
import dev.hops.check.rules.KustomizeFolders;
import dev.hops.check.rules.Nodes;
import dev.hops.check.rules.Rules;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.SourceInfo;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every local path the kustomization files of the repository's Flux Kustomizations list exists, and
 * so does every component a Flux Kustomization's spec.components names.
 */
public final class KustomizePaths implements ExplainsFailures {

  /** A missing path and where to report it. */
  private record Problem(String path, String message, SourcePos pos) {}

  @Override
  public String id() {
    return "kustomize-paths";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every local path a kustomization lists exists";
  }

  @Override
  public String explanation() {
    return "kustomize stops at the first resource, component, patch, generator file or other "
        + "local path of a kustomization file that does not exist, and Flux applies nothing of "
        + "the Kustomization. This rule follows the kustomization files each Flux Kustomization "
        + "of the repository builds (from spec.path through resources and components) and "
        + "reports every missing local path at its line, and every spec.components entry "
        + "missing relative to spec.path (unless ignoreMissingComponents). Remote URLs are not "
        + "checked. Fix the path, or remove the entry.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    if (context.repository() == null) {
      return;
    }
    Set<SourcePos> reported = new HashSet<>(); // a file built by several Kustomizations: once
    Targets targets = new Targets(context);
    for (ClusterResult c : context.result().clusters()) {
      for (KsResult ks : c.kustomizations()) {
        for (Problem p : problems(context, targets, c, ks)) {
          if (reported.add(p.pos())) {
            findings.accept(
                Finding.of(
                    this,
                    p.pos(),
                    ks.ref().toString(),
                    p.message(),
                    "fix the path or remove the entry"));
          }
        }
      }
    }
  }

  @Override
  public boolean explains(CheckContext context, KsResult failed) {
    if (context.repository() == null) {
      return false;
    }
    Targets targets = new Targets(context);
    for (ClusterResult c : context.result().clusters()) {
      if (c.name().equals(failed.cluster())) {
        for (Problem p : problems(context, targets, c, failed)) {
          if (p.path() != null
              && failed.message().contains(context.repository().display(p.path()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The missing paths of one Flux Kustomization whose source is the repository. */
  private static List<Problem> problems(
      CheckContext context, Targets targets, ClusterResult c, KsResult ks) {
    List<Problem> out = new ArrayList<>();
    SourceTree tree = context.repository();
    String dir = folder(ks.path());
    if (ks.status() == KsStatus.RENDERED
        || !fromRepository(c, ks)
        || dir == null
        || !tree.isDirectory(dir)) {
      // kustomize found every path; or another source, or a spec.path that does not exist (the
      // render reports it)
      return out;
    }
    Rendered obj = targets.find(c.name(), FluxObjects.KUSTOMIZE_GROUP, ks.ref());
    if (obj != null && !Nodes.isTrue(obj.object().getMapping("spec"), "ignoreMissingComponents")) {
      for (ScalarNode s : Nodes.scalars(obj.object().getMapping("spec"), "components")) {
        String p = TreePaths.join(dir, s.value());
        if (!KustomizeFolders.isRemote(s.value())
            && (p == null || !tree.isDirectory(p) && !tree.isFile(p))) {
          out.add(
              new Problem(
                  p,
                  "spec.components entry '"
                      + s.value()
                      + "' does not exist in "
                      + tree.display(dir),
                  Rules.position(s, obj)));
        }
      }
    }
    for (KustomizationWalk.Missing m : KustomizationWalk.from(tree, dir)) {
      out.add(
          new Problem(
              m.path(),
              m.field()
                  + " entry '"
                  + m.entry()
                  + "' does not exist"
                  + (m.path() == null ? " (it leaves the repository)" : ""),
              m.node().pos()));
    }
    return out;
  }

  private static boolean fromRepository(ClusterResult c, KsResult ks) {
    for (SourceInfo s : c.sources()) {
      if (s.ref().equals(ks.source())) {
        return s.usage() == SourceInfo.Usage.REPOSITORY;
      }
    }
    return false;
  }

  /** spec.path as a folder of the tree ("" for the root), or null when it leaves it. */
  private static String folder(String path) {
    String p = path == null ? "" : path;
    return TreePaths.normalize(p.startsWith("/") ? p.substring(1) : p);
  }
}
