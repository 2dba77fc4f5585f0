package dev.hops.check.rules;

import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the kustomization-file rule follows: the kustomization files the Flux Kustomizations of the
 * render build, the local folders a kustomization file lists, what Flux's generated kustomization
 * takes from a folder without one, and every folder with a kustomization file. Hidden folders and
 * files are not part of the layout the rule checks and are left out.
 */
final class BuiltFolders {

  /** A local folder entry of a kustomization file ({@code resources}, {@code components}). */
  record Entry(ScalarNode node, String dir) {}

  /**
   * What Flux generates for a folder without a kustomization file: the sub-folders with one become
   * resources ({@code discovered}); the others are walked and their YAML files taken ({@code
   * swept}, the topmost such folders).
   */
  record Generated(List<String> discovered, List<String> swept) {}

  private final KustomizeFolders folders;
  private final Set<String> built = new HashSet<>();

  BuiltFolders(KustomizeFolders folders) {
    this.folders = folders;
  }

  /** Marks what Flux builds for a Kustomization of {@code dir}, with its spec.components. */
  void buildFlux(String dir, List<String> components) {
    if (folders.kustomizationFile(dir) != null) {
      build(dir);
    } else {
      generated(dir).discovered().forEach(this::build);
    }
    for (String c : components) {
      String d = TreePaths.join(dir, c);
      if (d != null && folders.tree().isDirectory(d)) {
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
    String file = folders.kustomizationFile(dir);
    MappingNode k = file == null ? null : folders.read(file);
    if (k == null) {
      return out;
    }
    for (String field : KustomizeFolders.FOLDER_FIELDS) {
      for (ScalarNode s : Nodes.nonEmptyScalars(k, field)) {
        String d = isUrl(s.value()) ? null : TreePaths.join(dir, s.value());
        if (d != null && folders.tree().isDirectory(d)) {
          out.add(new Entry(s, d));
        }
      }
    }
    return out;
  }

  Generated generated(String dir) {
    List<String> discovered = new ArrayList<>();
    List<String> swept = new ArrayList<>();
    // as Flux's generator walks (KsGenerator): hidden folders and files included
    folders.walkGenerated(
        dir,
        sub -> true,
        (sub, file) -> discovered.add(sub),
        file -> {
          String top = topFolder(dir, file);
          if (top != null && !swept.contains(top)) {
            swept.add(top);
          }
        });
    return new Generated(discovered, swept);
  }

  /** The sub-folder of {@code dir} that {@code file} is in, or null when it is in {@code dir}. */
  private static String topFolder(String dir, String file) {
    String rel = dir.isEmpty() ? file : file.substring(dir.length() + 1);
    int slash = rel.indexOf('/');
    return slash < 0 ? null : TreePaths.join(dir, rel.substring(0, slash));
  }

  /** Every folder of the repository holding a kustomization file. */
  Set<String> kustomizationFolders() {
    Set<String> out = new LinkedHashSet<>();
    collect("", out, new HashSet<>());
    return out;
  }

  private void collect(String dir, Set<String> out, Set<String> seen) {
    String real = folders.tree().realPath(dir);
    if (real == null || !seen.add(real)) {
      return; // a link out of the tree, or a loop
    }
    if (folders.kustomizationFile(dir) != null) {
      out.add(dir);
    }
    for (String name : folders.list(dir)) {
      String path = TreePaths.join(dir, name);
      if (!name.startsWith(".") && path != null && folders.tree().isDirectory(path)) {
        collect(path, out, seen);
      }
    }
  }

  /**
   * Entries that cannot be local folders: URLs and SSH or GitHub shorthands. Narrower than {@link
   * KustomizeFolders#isRemote}, as this rule was written: a listed folder that exists is followed
   * even when its first segment has a dot ({@code cilium-1.15/app}).
   */
  private static boolean isUrl(String entry) {
    return entry.contains("://") || entry.startsWith("git@") || entry.startsWith("github.com/");
  }
}
