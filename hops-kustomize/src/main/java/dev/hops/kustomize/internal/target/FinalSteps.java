package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.internal.builtins.Hasher;
import dev.hops.kustomize.internal.builtins.NameRefTransformer;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.Kustomization;
import java.util.ArrayList;
import java.util.List;

/**
 * What kustomize does once, after the whole tree is accumulated: name hashes of generated objects,
 * name references, vars, and dropping objects marked local-config.
 */
final class FinalSteps {

  private FinalSteps() {}

  static void apply(Accumulator ra, Kustomization k) {
    ResMap m = ra.resMap();
    for (Res r : m.resources()) {
      if (r.needHashSuffix()) {
        String h = Hasher.hash(r);
        r.storePreviousId();
        r.setName(r.getName() + "-" + h);
      }
    }
    new NameRefTransformer(ra.config().nameReference()).transform(m);
    Vars.resolve(ra);
    List<Res> keep = new ArrayList<>();
    for (Res r : m.resources()) {
      String local = r.getAnnotations().get("config.kubernetes.io/local-config");
      if (local == null || local.equals("false")) {
        keep.add(r);
      }
    }
    m.setAll(keep);
  }
}
