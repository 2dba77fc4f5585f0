package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.RuleOptions;
import dev.hops.check.Severity;
import dev.hops.yaml.MappingNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * House rule (seed 002, key principle 6 and anti-pattern 13; seed 001's internal and external
 * Gateways): an HTTPRoute attaches to an internet-facing Gateway only when it says that it must be
 * public.
 */
public final class InternalGateway implements Rule {

  private static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

  @Override
  public String id() {
    return "internal-gateway";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "HTTPRoutes use the internal Gateway unless they are marked public";
  }

  @Override
  public String explanation() {
    return "Apps are reachable from the local network only, through the internal Gateway, unless"
        + " someone decided that they must be on the internet (seed 002: \"prefer"
        + " envoy-internal\", \"envoy-external for internal apps\" is an anti-pattern; seed 001:"
        + " the external Gateway is the Cloudflare tunnel's). An HTTPRoute on the external"
        + " Gateway publishes its Service to the world, so that decision is written on the"
        + " route: the annotation `hops.dev/public: \"true\"` (option `publicAnnotation`). The"
        + " rule reports, at the parentRef, each HTTPRoute with backends that attaches to an"
        + " external Gateway without it; a route without backendRefs (an HTTP to HTTPS redirect)"
        + " publishes nothing and is left alone. External Gateways are those listed in option"
        + " `externalGateways` (`name` or `namespace/name`), by default every Gateway whose name"
        + " contains `external` or `public`. Fix: attach the route to the internal Gateway, or"
        + " annotate it when it must be public.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    RuleOptions options = context.options(id());
    String annotation = options.string("publicAnnotation", "hops.dev/public");
    List<String> external = options.strings("externalGateways", List.of());
    for (Rendered r : context.objects()) {
      if (!FluxObjects.is(r, GATEWAY_GROUP, "HTTPRoute")
          || "true".equals(r.annotation(annotation))
          || !hasBackends(r.object())) {
        continue;
      }
      MappingNode spec = r.object().getMapping("spec");
      for (MappingNode parent : Nodes.mappings(spec, "parentRefs")) {
        String kind = Nodes.text(parent, "kind");
        String group = parent.getString("group");
        if (!(kind.isEmpty() || kind.equals("Gateway"))
            || (group != null && !group.equals(GATEWAY_GROUP))) {
          continue;
        }
        String ns = Nodes.text(parent, "namespace");
        String gateway = (ns.isEmpty() ? r.namespace() : ns) + "/" + Nodes.text(parent, "name");
        if (isExternal(gateway, external)) {
          findings.accept(
              Finding.of(
                  this,
                  Rules.position(parent, r),
                  r.ref(),
                  "attaches to external Gateway " + gateway + " without " + annotation + ": true",
                  "use the internal Gateway, or annotate the route "
                      + annotation
                      + ": \"true\" if it must be reachable from the internet"));
        }
      }
    }
  }

  /** Whether any rule forwards to a backend (a redirect-only route exposes nothing). */
  private static boolean hasBackends(MappingNode route) {
    for (MappingNode rule : Nodes.mappings(route.getMapping("spec"), "rules")) {
      if (!Nodes.mappings(rule, "backendRefs").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isExternal(String gateway, List<String> external) {
    String name = gateway.substring(gateway.indexOf('/') + 1);
    if (!external.isEmpty()) {
      return external.contains(gateway) || external.contains(name);
    }
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("external") || n.contains("public");
  }
}
