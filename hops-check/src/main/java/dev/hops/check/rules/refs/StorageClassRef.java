package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.check.rules.Nodes;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * PersistentVolumeClaims (and StatefulSet volumeClaimTemplates) name a StorageClass the cluster
 * defines, where its render defines any.
 */
public final class StorageClassRef implements Rule {

  private static final String STORAGE_GROUP = "storage.k8s.io";

  @Override
  public String id() {
    return "storage-class";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "PVCs name a StorageClass the repository defines (where it defines any)";
  }

  @Override
  public String explanation() {
    return "A PersistentVolumeClaim whose spec.storageClassName names a StorageClass that does "
        + "not exist stays Pending, and so does the pod that mounts it. Where the repository "
        + "defines StorageClasses, every class a PVC or StatefulSet volumeClaimTemplate names "
        + "should be one of them (\"\" asks for no class, and no storageClassName for the "
        + "default one). Clusters also have classes of their own (a distribution's local-path, "
        + "a cloud's default), so this is a warning; list those in this rule's `accept` option.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Targets targets = new Targets(context);
    Accepted accepted = Accepted.of(context, id());
    Unresolved unresolved = Unresolved.of(this, context, findings);
    Set<String> defining = new HashSet<>();
    for (Rendered r : context.objects()) {
      if (r.kind().equals("StorageClass") && r.group().equals(STORAGE_GROUP)) {
        defining.add(r.cluster());
      }
    }
    for (Rendered r : context.objects()) {
      if (!defining.contains(r.cluster())) {
        continue;
      }
      MappingNode spec = r.object().getMapping("spec");
      if (r.kind().equals("PersistentVolumeClaim") && r.group().isEmpty()) {
        check(r, spec, "spec.storageClassName", targets, accepted, unresolved);
      } else if (r.kind().equals("StatefulSet") && r.group().equals("apps")) {
        for (MappingNode t : Nodes.mappings(spec, "volumeClaimTemplates")) {
          check(
              r,
              t.getMapping("spec"),
              "spec.volumeClaimTemplates[].spec.storageClassName",
              targets,
              accepted,
              unresolved);
        }
      }
    }
    unresolved.flush();
  }

  private static void check(
      Rendered r,
      MappingNode claimSpec,
      String field,
      Targets targets,
      Accepted accepted,
      Unresolved unresolved) {
    String name = Nodes.text(claimSpec, "storageClassName", null);
    if (name == null
        || targets.clusterScoped(r.cluster(), STORAGE_GROUP, "StorageClass", name) != null
        || accepted.accepts("StorageClass", "", name)) {
      return;
    }
    Node at = claimSpec.get("storageClassName");
    unresolved.missing(
        r,
        at,
        field,
        "StorageClass/" + name,
        "the repository does not define (it defines "
            + String.join(", ", classes(targets, r.cluster()))
            + ")",
        "use one of the repository's classes, or list a class the cluster has of its own in "
            + "rules.storage-class.options.accept",
        unresolved.unknown(r.cluster()));
  }

  private static List<String> classes(Targets targets, String cluster) {
    return targets.ofKind(cluster, STORAGE_GROUP, "StorageClass").stream()
        .map(Rendered::name)
        .sorted()
        .distinct()
        .toList();
  }
}
