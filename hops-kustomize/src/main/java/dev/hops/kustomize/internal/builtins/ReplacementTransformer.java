package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.yaml.Node;
import java.util.List;

/** {@code replacements}: kustomize's ReplacementTransformer. */
public final class ReplacementTransformer {

  private ReplacementTransformer() {}

  public static Transformer of(FileLoader ldr, List<Node> entries) {
    throw new KustomizeException(entries.get(0).pos(), null, "replacements are not wired yet");
  }
}
