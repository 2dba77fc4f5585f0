package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.check.rules.Nodes;
import dev.hops.check.rules.Rules;
import dev.hops.yaml.MappingNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ConfigMaps and Secrets workloads use (env, envFrom, volumes) are rendered, made by a known
 * controller, accepted by the configuration, or optional.
 */
public final class ConfigRef implements Rule {

  @Override
  public String id() {
    return "config-ref";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "ConfigMaps and Secrets used by workloads exist (or are optional)";
  }

  @Override
  public String explanation() {
    return "A pod whose env, envFrom or volumes use a ConfigMap or Secret that does not exist, or"
        + " a key it does not have, does not start (CreateContainerConfigError, or a volume that "
        + "never mounts). The object should be rendered from the repository (generators "
        + "included), made by a controller from an object of the repository (an ExternalSecret's "
        + "target, a cert-manager Certificate's secretName, a SealedSecret, ...), or marked "
        + "optional: true. Secrets are often created outside the repository, so this is a "
        + "warning; list the ones that are in this rule's `accept` option (`name`, "
        + "`namespace/name` or `Kind/namespace/name`, with `*`).";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Targets targets = new Targets(context);
    Makers makers = new Makers(context, id());
    Unresolved unresolved = Unresolved.of(this, context, findings);
    Set<String> reported = new HashSet<>(); // each missing object once per workload
    for (Rendered r : context.objects()) {
      for (PodRefs.Use use : PodRefs.of(r.object())) {
        if (use.optional()) {
          continue;
        }
        String ns = r.namespace();
        Rendered obj = targets.find(r.cluster(), "", use.kind(), ns, use.name());
        String target = use.kind() + "/" + ns + "/" + use.name();
        if (obj != null) {
          if (use.key() != null && !dataKeys(obj.object()).contains(use.key())) {
            findings.accept(
                Finding.of(
                    this,
                    Rules.position(use.node(), r),
                    r.ref(),
                    use.where()
                        + " reads key '"
                        + use.key()
                        + "' of "
                        + target
                        + ", which has no such key",
                    "fix the key, or add it to the " + use.kind()));
          }
        } else if (!use.keyOnly()
            && reported.add(r.cluster() + "|" + r.ref() + "|" + target)
            && makers.maker(r.cluster(), use.kind(), ns, use.name()) == null) {
          unresolved.missing(
              r,
              use.node(),
              use.where(),
              target,
              "is neither rendered nor made by a known controller",
              "fix the name, mark it optional: true, or list it in rules.config-ref.options.accept"
                  + " if it is created outside the repository",
              unresolved.unknown(r.cluster()));
        }
      }
    }
    unresolved.flush();
  }

  /** The keys of a ConfigMap's or Secret's data (stringData and binaryData included). */
  private static List<String> dataKeys(MappingNode object) {
    return Nodes.keys(object, "data", "stringData", "binaryData");
  }
}
