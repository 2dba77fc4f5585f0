package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.TreePaths;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.types.Kustomization;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;

/** Finding and reading the kustomization file of a directory, as kustomize's KustTarget.Load. */
public final class KustFile {

  public static final List<String> NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private KustFile() {}

  /** The kustomization file name in {@code dir}, or null when there is none. */
  public static String find(FileLoader ldr, String dir) {
    List<String> found = new ArrayList<>();
    for (String name : NAMES) {
      String p = TreePaths.join(dir, name);
      if (p != null && ldr.context().tree().isFile(p)) {
        found.add(name);
      }
    }
    if (found.size() > 1) {
      throw new KustomizeException(
          SourcePos.of(ldr.display(dir)),
          null,
          "found multiple kustomization files (" + String.join(", ", found) + ")");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** Reads and validates the kustomization of {@code ldr}'s root; warnings go to the context. */
  public static Kustomization load(FileLoader ldr, SourcePos listedAt) {
    String name = find(ldr, ldr.root());
    if (name == null) {
      throw new KustomizeException(
          listedAt,
          null,
          "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in"
              + " directory '"
              + ldr.display(ldr.root())
              + "'");
    }
    String path = TreePaths.join(ldr.root(), name);
    String display = ldr.display(path);
    String text = ldr.load(name, listedAt);
    // components and bases shared by many overlays are parsed once
    Node doc =
        ldr.context().cache().documents(ldr.context().reader(), path, display, text).stream()
            .findFirst()
            .orElse(null);
    if (doc == null) {
      throw new KustomizeException(SourcePos.of(display), null, "kustomization.yaml is empty");
    }
    if (!(doc instanceof MappingNode root)) {
      throw new KustomizeException(
          doc.pos(),
          null,
          "invalid Kustomization: json: cannot unmarshal "
              + (doc.isSequence() ? "array" : "string")
              + " into Go value of type types.Kustomization");
    }
    Kustomization k = Kustomization.parse(root);
    for (String w : k.deprecationWarnings()) {
      ldr.context().warnings().accept(w);
    }
    if (k.isEmpty(root)) {
      throw new KustomizeException(root.pos(), null, "kustomization.yaml is empty");
    }
    List<String> errs = k.enforceFields();
    if (!errs.isEmpty()) {
      throw new KustomizeException(
          root.pos(),
          null,
          "Failed to read kustomization file under "
              + ldr.display(ldr.root())
              + ": "
              + String.join("; ", errs));
    }
    return k;
  }
}
