package dev.hops.diff;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.HrResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The blast radius of changed files: for each, the Flux Kustomizations whose build read it and the
 * HelmReleases whose rendering read it ({@link KsResult#inputs()}, {@link HrResult#inputs()}), in
 * either revision, so that an added file counts through the head and a removed one through the
 * base. Paths are relative to the root of the trees both revisions were rendered from.
 */
public final class BlastRadius {

  private BlastRadius() {}

  /** One {@link Reach} per changed file, in the order given; owners sorted, each once. */
  public static List<Reach> of(
      RenderResult base, RenderResult head, Collection<String> changedFiles) {
    Map<String, TreeSet<ObjectRef>> readers = new HashMap<>();
    for (RenderResult r : List.of(base, head)) {
      for (ClusterResult c : r.clusters()) {
        for (KsResult k : c.kustomizations()) {
          k.inputs().forEach(f -> readers.computeIfAbsent(f, x -> new TreeSet<>()).add(k.ref()));
        }
        for (HrResult h : c.releases()) {
          h.inputs().forEach(f -> readers.computeIfAbsent(f, x -> new TreeSet<>()).add(h.ref()));
        }
      }
    }
    List<Reach> out = new ArrayList<>();
    for (String file : changedFiles) {
      out.add(new Reach(file, new ArrayList<>(readers.getOrDefault(file, new TreeSet<>()))));
    }
    return out;
  }
}
