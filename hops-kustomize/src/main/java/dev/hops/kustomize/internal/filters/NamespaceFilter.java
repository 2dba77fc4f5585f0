package dev.hops.kustomize.internal.filters;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.openapi.NamespaceScoping;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the namespace of one object as kustomize's namespace filter does: metadata.namespace on
 * everything not known to be cluster-scoped, the name of {@code v1 Namespace} objects, the
 * configured field specs, and RoleBinding subjects named "default".
 */
public final class NamespaceFilter {

  /** Which RoleBinding subjects get the namespace. */
  public enum SubjectMode {
    DEFAULT_ONLY,
    ALL_SERVICE_ACCOUNTS,
    NONE
  }

  private final String namespace;
  private final List<FieldSpec> specs;
  private final boolean unsetOnly;
  private final SubjectMode subjects;

  public NamespaceFilter(
      String namespace, List<FieldSpec> specs, boolean unsetOnly, SubjectMode subjects) {
    this.namespace = namespace;
    this.specs = specs;
    this.unsetOnly = unsetOnly;
    this.subjects = subjects;
  }

  private FieldSpecFilter.SetFn setter() {
    return unsetOnly
        ? Setters.entryIfEmpty("", namespace, Tags.STR)
        : Setters.entry("", namespace, Tags.STR);
  }

  public void apply(MappingNode node) {
    String apiVersion = node.getString("apiVersion") == null ? "" : node.getString("apiVersion");
    List<FieldSpec> fs = new ArrayList<>();
    for (FieldSpec s : specs) {
      if (s.path().equals("metadata/namespace")) {
        continue;
      }
      if (!apiVersion.equals("v1") && s.path().equals("metadata/name")) {
        continue;
      }
      fs.add(s);
    }
    String kind = Kyaml.value(node.get("kind"));
    Gvk gvk = Gvk.of(apiVersion, kind);
    if (!NamespaceScoping.isCertainlyClusterScoped(gvk.apiVersion(), kind)) {
      new FieldSpecFilter(
              new FieldSpec(new Gvk("", "", ""), "metadata/namespace", true),
              setter(),
              Kyaml.Create.SCALAR,
              Tags.NONE)
          .apply(node);
    }
    if (kind.equals("RoleBinding") || kind.equals("ClusterRoleBinding")) {
      fs.removeIf(
          s ->
              (s.gvk().kind().equals("RoleBinding") || s.gvk().kind().equals("ClusterRoleBinding"))
                  && s.path().equals("subjects/namespace"));
      roleBindingHack(node);
    }
    try {
      FieldSpecFilter.applyAll(node, fs, setter(), Kyaml.Create.SCALAR, Tags.STR);
    } catch (KustomizeException e) {
      if (e.reason().startsWith("wrong node kind")) {
        throw new KustomizeException(
            e.pos(), e.object(), "namespace field specs must target scalar nodes: " + e.reason());
      }
      throw e;
    }
  }

  private void roleBindingHack(MappingNode node) {
    if (subjects == SubjectMode.NONE) {
      return;
    }
    Node subs = Kyaml.lookup(node, "subjects");
    if (Kyaml.isMissingOrNull(subs)) {
      return;
    }
    if (!(subs instanceof SequenceNode seq)) {
      throw new KustomizeException(subs.pos(), null, "subjects must be a list");
    }
    for (Node o : seq.items()) {
      String match = subjects == SubjectMode.DEFAULT_ONLY ? "name" : "kind";
      String expected = subjects == SubjectMode.DEFAULT_ONLY ? "default" : "ServiceAccount";
      Node v = Kyaml.lookup(o, match);
      if (Kyaml.isMissingOrNull(v) || !Kyaml.value(v).equals(expected)) {
        continue;
      }
      Node ns = Kyaml.lookupCreate(o, Kyaml.Create.SCALAR, "namespace");
      setter().set(ns);
    }
  }
}
