package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.yaml.MappingNode;
import java.util.function.Consumer;

/** House rule: every container has a memory limit, so that one app cannot starve a node. */
public final class MemoryLimit implements Rule {

  @Override
  public String id() {
    return "memory-limit";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "every container has resources.limits.memory";
  }

  @Override
  public String explanation() {
    return "A container without a memory limit can take a node's memory until the kernel kills "
        + "other workloads. Every container, init containers included, sets "
        + "`resources.limits.memory`, so that the scheduler and the OOM killer act on the "
        + "container that misbehaves. Set it a little above the peak the app is seen to use; "
        + "requests may stay lower.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (CheckContext.Rendered r : context.objects()) {
      for (MappingNode c : Containers.all(r.object())) {
        MappingNode limits = Nodes.mapping(c, "resources", "limits");
        if (limits == null || limits.get("memory") == null) {
          findings.accept(
              new Finding(
                  id(),
                  defaultSeverity(),
                  Rules.position(c, r),
                  r.ref(),
                  "container '" + c.getString("name") + "' has no memory limit",
                  "set resources.limits.memory"));
        }
      }
    }
  }
}
