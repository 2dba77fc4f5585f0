package dev.hops.kustomize;

import dev.hops.kustomize.internal.res.ResFactory;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts about kustomization files that tools building on kustomize need (Flux rewrites them): the
 * field names kustomize knows, the file names it looks for, and its check that a file holds
 * Kubernetes objects.
 */
public final class KustomizationFields {

  private KustomizationFields() {}

  /** The kustomization file names kustomize recognizes, in its order. */
  public static final List<String> FILE_NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  /** Every top-level field of kustomize's Kustomization type (its JSON names). */
  public static Set<String> names() {
    return new TreeSet<>(dev.hops.kustomize.internal.types.Kustomization.fieldNames());
  }

  /**
   * The canonical field name for {@code key} as encoding/json matches it (exact, else
   * case-insensitive), or null for an unknown field.
   */
  public static String canonical(String key) {
    Set<String> names = dev.hops.kustomize.internal.types.Kustomization.fieldNames();
    if (names.contains(key)) {
      return key;
    }
    for (String n : names) {
      if (n.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        return n;
      }
    }
    return null;
  }

  /**
   * kustomize's resource factory check on a file's text: every document must be an object with a
   * kind and a metadata.name (except Lists); throws a {@link dev.hops.yaml.HopsException} naming
   * the file otherwise.
   */
  public static void checkResources(YamlReader reader, String text, String display) {
    List<Node> docs = reader.readDocuments(text, display);
    ResFactory.fromDocuments(docs, display);
  }
}
