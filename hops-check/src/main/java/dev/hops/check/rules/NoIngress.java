package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import java.util.function.Consumer;

/** House rule: traffic is routed with Gateway API HTTPRoutes, not Ingress objects. */
public final class NoIngress implements Rule {

  @Override
  public String id() {
    return "no-ingress";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "HTTPRoute, not Ingress";
  }

  @Override
  public String explanation() {
    return "The clusters route HTTP with the Gateway API: Gateways owned by the platform, "
        + "HTTPRoutes owned by the apps. An Ingress bypasses the Gateways' listeners, TLS and "
        + "policies and needs a separate controller. Replace it with an HTTPRoute whose "
        + "parentRefs name the Gateway (and listener sectionName) and whose backendRefs name "
        + "the Service and port.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    for (CheckContext.Rendered r : context.objects()) {
      String apiVersion = r.object().getString("apiVersion");
      if (r.kind().equals("Ingress")
          && apiVersion != null
          && apiVersion.startsWith("networking.k8s.io/")) {
        findings.accept(
            new Finding(
                id(),
                defaultSeverity(),
                r.pos(),
                r.ref(),
                "Ingress objects are not used here",
                "route it with an HTTPRoute to the cluster's Gateway"));
      }
    }
  }
}
