package dev.hops.flux;

import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything a render result says, as text, for comparing two renders: each Kustomization's and
 * HelmRelease's fields, objects as kustomize writes them and the position of every node.
 */
final class RenderDump {

  private RenderDump() {}

  static String of(RenderResult r) {
    StringBuilder out = new StringBuilder();
    for (ClusterResult c : r.clusters()) {
      out.append("cluster ").append(c.name()).append(' ').append(c.rootFile()).append('\n');
      for (KsResult k : c.kustomizations()) {
        out.append(
                String.join(
                    " | ",
                    "ks " + k.ref(),
                    k.path(),
                    String.valueOf(k.source()),
                    String.valueOf(k.dependsOn()),
                    String.valueOf(k.status()),
                    k.message(),
                    String.valueOf(k.definedAt()),
                    String.valueOf(k.parent()),
                    variables(k.variables()),
                    String.valueOf(k.inputs())))
            .append('\n');
        objects(out, k.objects());
      }
      for (HrResult h : c.releases()) {
        out.append(
                String.join(
                    " | ",
                    "hr " + h.ref(),
                    String.valueOf(h.parent()),
                    h.chart(),
                    h.version(),
                    String.valueOf(h.source()),
                    String.valueOf(h.status()),
                    h.message(),
                    String.valueOf(h.definedAt()),
                    String.valueOf(h.inputs())))
            .append('\n');
        objects(out, h.objects());
      }
      c.sources().forEach(s -> out.append("source ").append(s).append('\n'));
    }
    r.warnings().forEach(w -> out.append("warning ").append(w).append('\n'));
    return out.toString();
  }

  private static String variables(KsVariables v) {
    if (v == null) {
      return "no postBuild";
    }
    return new java.util.TreeMap<>(v.substitute())
        + " "
        + new TreeSet<>(v.defined())
        + " "
        + v.uses();
  }

  private static void objects(StringBuilder out, List<MappingNode> objects) {
    out.append(KustomizeYaml.toYaml(objects));
    for (MappingNode m : objects) {
      out.append("positions:");
      positions(out, m);
      out.append('\n');
    }
  }

  private static void positions(StringBuilder out, Node n) {
    out.append(' ').append(n.pos());
    switch (n) {
      case MappingNode m -> {
        for (MappingNode.Entry e : m.entries()) {
          positions(out, e.key());
          positions(out, e.value());
        }
      }
      case SequenceNode s -> s.items().forEach(i -> positions(out, i));
      case ScalarNode s -> {}
    }
  }
}
