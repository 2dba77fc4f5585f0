package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.FieldSpecFilter;
import dev.hops.kustomize.internal.filters.Setters;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.kustomize.internal.types.Replica;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.List;

/** One {@code replicas} entry: kustomize's ReplicaCountTransformer. */
public final class ReplicaTransformer implements Transformer {

  private final Replica replica;
  private final List<FieldSpec> specs;

  public ReplicaTransformer(Replica replica, List<FieldSpec> specs) {
    this.replica = replica;
    this.specs = specs;
  }

  @Override
  public void transform(ResMap m) {
    boolean found = false;
    for (FieldSpec fs : specs) {
      List<Res> matches =
          m.byAnyId(id -> id.name().equals(replica.name()) && id.gvk().isSelectedBy(fs.gvk()));
      if (!matches.isEmpty()) {
        found = true;
        for (Res r : matches) {
          new FieldSpecFilter(
                  fs,
                  Setters.entry("", Long.toString(replica.count()), Tags.INT),
                  Kyaml.Create.SCALAR,
                  Tags.INT)
              .apply(r.node());
        }
      }
    }
    if (!found) {
      List<String> gvks = new ArrayList<>();
      for (FieldSpec fs : specs) {
        gvks.add(fs.gvk().legacyString());
      }
      throw new KustomizeException(
          "resource with name "
              + replica.name()
              + " does not match a config with the following GVK "
              + gvks);
    }
  }
}
