package dev.hops.check.rules;

import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Folders of the repository as kustomize and Flux see them: the kustomization file of a folder and
 * the local folders it lists, what Flux's generated kustomization takes from a folder without one,
 * and which kustomization files the Flux Kustomizations of the render build.
 */
final class KustomizeFolders {

  /** A local folder entry of a kustomization file ({@code resources}, {@code components}). */
  record Entry(ScalarNode node, String dir) {}

  /**
   * What Flux generates for a folder without a kustomization file: the sub-folders with one become
   * resources ({@code discovered}); the others are walked and their YAML files taken ({@code
   * swept}, the topmost such folders).
   */
  record Generated(List<String> discovered, List<String> swept) {}

  private static final List<String> LISTS = List.of("resources", "components", "bases");

  private final SourceTree tree;
  private final YamlReader reader = YamlReader.withDefaults();
  private final Set<String> built = new HashSet<>();

  KustomizeFolders(SourceTree tree) {
    this.tree = tree;
  }

  /** Marks what Flux builds for a Kustomization of {@code dir}, with its spec.components. */
  void buildFlux(String dir, List<String> components) {
    if (FluxObjects.kustomizationFile(tree, dir) != null) {
      build(dir);
    } else {
      Generated g = generated(dir);
      g.discovered().forEach(this::build);
    }
    for (String c : components) {
      String d = TreePaths.join(dir, c);
      if (d != null && tree.isDirectory(d)) {
        build(d);
      }
    }
  }

  /** True when a Flux Kustomization builds the kustomization file of {@code dir}. */
  boolean isBuilt(String dir) {
    return built.contains(dir);
  }

  private void build(String dir) {
    if (!built.add(dir)) {
      return;
    }
    for (Entry e : folders(dir)) {
      build(e.dir());
    }
  }

  /** The local folders the kustomization file of {@code dir} lists (none when it has no file). */
  List<Entry> folders(String dir) {
    List<Entry> out = new ArrayList<>();
    String file = FluxObjects.kustomizationFile(tree, dir);
    if (file == null || !(read(file) instanceof MappingNode k)) {
      return out;
    }
    for (String list : LISTS) {
      for (ScalarNode s : Nodes.nonEmptyScalars(k, list)) {
        String d = isRemote(s.value()) ? null : TreePaths.join(dir, s.value());
        if (d != null && tree.isDirectory(d)) {
          out.add(new Entry(s, d));
        }
      }
    }
    return out;
  }

  Generated generated(String dir) {
    List<String> discovered = new ArrayList<>();
    List<String> swept = new ArrayList<>();
    walk(dir, discovered, swept, null);
    return new Generated(discovered, swept);
  }

  /** Flux's generator walk; {@code sweeping}: the topmost folder without a kustomization file. */
  private void walk(String dir, List<String> discovered, List<String> swept, String sweeping) {
    for (String name : list(dir)) {
      String path = TreePaths.join(dir, name);
      if (name.startsWith(".") || path == null) {
        continue;
      }
      if (tree.isDirectory(path)) {
        if (FluxObjects.kustomizationFile(tree, path) != null) {
          discovered.add(path);
        } else {
          walk(path, discovered, swept, sweeping == null ? path : sweeping);
        }
      } else if (sweeping != null && isYaml(name) && !swept.contains(sweeping)) {
        swept.add(sweeping);
      }
    }
  }

  /** Every folder of the repository holding a kustomization file, hidden folders skipped. */
  Set<String> kustomizationFolders() {
    Set<String> out = new LinkedHashSet<>();
    collect("", out, new HashSet<>());
    return out;
  }

  private void collect(String dir, Set<String> out, Set<String> seen) {
    String real = tree.realPath(dir);
    if (real == null || !seen.add(real)) {
      return; // a link out of the tree, or a loop
    }
    if (FluxObjects.kustomizationFile(tree, dir) != null) {
      out.add(dir);
    }
    for (String name : list(dir)) {
      String path = TreePaths.join(dir, name);
      if (!name.startsWith(".") && path != null && tree.isDirectory(path)) {
        collect(path, out, seen);
      }
    }
  }

  private List<String> list(String dir) {
    try {
      return tree.list(dir);
    } catch (IOException e) {
      return List.of();
    }
  }

  private Node read(String file) {
    try {
      return reader.readDocument(
          new String(tree.read(file), StandardCharsets.UTF_8), tree.display(file));
    } catch (IOException | HopsException e) {
      return null; // not kustomize's business here: the renders rule reports what Flux builds
    }
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isRemote(String entry) {
    return entry.contains("://") || entry.startsWith("git@") || entry.startsWith("github.com/");
  }
}
