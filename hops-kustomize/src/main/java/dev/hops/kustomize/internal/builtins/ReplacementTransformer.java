package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.internal.filters.replacement.Replacements;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.types.Replacement;
import dev.hops.yaml.Node;
import java.util.List;

/** {@code replacements}: kustomize's ReplacementTransformer. */
public final class ReplacementTransformer {

  private ReplacementTransformer() {}

  /** Loads the entries (inline or {@code path:} files) now, as kustomize configures plugins. */
  public static Transformer of(FileLoader ldr, List<Node> entries) {
    List<Replacement> replacements =
        Replacements.load(entries, path -> ldr.load(path, entries.get(0).pos()));
    return m -> Replacements.apply(m.resources(), replacements);
  }
}
