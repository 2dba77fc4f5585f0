package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.config.NameBackRef;
import dev.hops.kustomize.internal.filters.FieldSpecFilter;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.RId;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes references follow renames: when a ConfigMap (or Secret, Service, ...) got a prefix, suffix
 * or hash, every field that names it (from the nameReference table) is updated. kustomize's
 * nameReferenceTransformer.
 */
public final class NameRefTransformer implements Transformer {

  private final List<NameBackRef> backRefs;

  public NameRefTransformer(List<NameBackRef> backRefs) {
    this.backRefs = backRefs;
  }

  private record Job(FieldSpec spec, Gvk target) {}

  @Override
  public void transform(ResMap m) {
    List<Res> resources = m.resources();
    Map<Res, List<Job>> jobs = new IdentityHashMap<>();
    List<Res> order = new ArrayList<>();
    List<Gvk> orgGvks = new ArrayList<>(resources.size());
    for (Res res : resources) {
      orgGvks.add(res.orgId().gvk());
    }
    for (NameBackRef br : backRefs) {
      for (FieldSpec spec : br.referrers()) {
        for (int i = 0; i < resources.size(); i++) {
          Res res = resources.get(i);
          if (orgGvks.get(i).isSelectedBy(spec.gvk())) {
            jobs.computeIfAbsent(
                    res,
                    k -> {
                      order.add(k);
                      return new ArrayList<>();
                    })
                .add(new Job(spec, br.gvk()));
          }
        }
      }
    }
    for (Res referrer : order) {
      List<Res> candidates = candidatesFor(m, referrer);
      for (Job job : jobs.get(referrer)) {
        NameRefFilter f = new NameRefFilter(referrer, job.spec(), job.target(), candidates);
        FieldSpec spec = new FieldSpec(referrer.gvk(), job.spec().path(), job.spec().create());
        try {
          new FieldSpecFilter(spec, f::set, Kyaml.Create.NONE, Tags.NONE).apply(referrer.node());
        } catch (KustomizeException e) {
          throw (KustomizeException)
              e.addContext(
                  "while updating name reference in '"
                      + job.spec().path()
                      + "' field of '"
                      + referrer.curId()
                      + "'");
        }
      }
    }
  }

  /** kustomize SubsetThatCouldBeReferencedByResource. */
  static List<Res> candidatesFor(ResMap m, Res referrer) {
    RId referrerId = referrer.curId();
    if (referrerId.clusterScoped()) {
      return m.resources();
    }
    List<String> roleBindingNs = roleBindingNamespaces(referrer);
    List<Res> result = new ArrayList<>();
    for (Res r : m.resources()) {
      RId id = r.curId();
      if (id.clusterScoped()
          || id.isNsEquals(referrerId)
          || roleBindingNs.contains(r.getNamespace())) {
        result.add(r);
      }
    }
    return result;
  }

  private static List<String> roleBindingNamespaces(Res r) {
    List<String> result = new ArrayList<>();
    if (!"RoleBinding".equals(r.getKind())) {
      return result;
    }
    if (!(Kyaml.lookup(r.node(), "subjects") instanceof dev.hops.yaml.SequenceNode subjects)) {
      return result;
    }
    for (dev.hops.yaml.Node s : subjects.items()) {
      if (!(s instanceof dev.hops.yaml.MappingNode subject)) {
        continue;
      }
      if (subject.has("namespace") && subject.has("kind")) {
        if ("ServiceAccount".equals(Kyaml.value(subject.get("kind")))) {
          if (!(subject.get("namespace") instanceof dev.hops.yaml.ScalarNode ns) || ns.isNull()) {
            throw new KustomizeException(
                "Invalid Input: namespace is blank for resource \"" + r.curId() + "\"");
          }
          result.add(ns.value());
        }
      }
    }
    return result;
  }
}
