package dev.hops.check.rules;

import dev.hops.kustomize.KustomizationFields;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The folders of a repository as kustomize and Flux follow them: the kustomization file of a
 * folder, the fields whose entries may be folders to build, the entries kustomize fetches instead,
 * and the kustomization Flux generates for a folder without one. What a rule does with them stays
 * in the rule.
 */
public final class KustomizeFolders {

  /** The fields of a kustomization file whose local entries may be folders kustomize builds. */
  public static final List<String> FOLDER_FIELDS = List.of("resources", "bases", "components");

  private final SourceTree tree;
  private final YamlReader reader = YamlReader.withDefaults();

  public KustomizeFolders(SourceTree tree) {
    this.tree = tree;
  }

  public SourceTree tree() {
    return tree;
  }

  /** The kustomization file kustomize reads in {@code dir}, or null when there is none. */
  public static String kustomizationFile(SourceTree tree, String dir) {
    for (String name : KustomizationFields.FILE_NAMES) {
      String file = TreePaths.join(dir, name);
      if (file != null && tree.isFile(file)) {
        return file;
      }
    }
    return null;
  }

  /** The kustomization file of {@code dir}, or null when there is none. */
  public String kustomizationFile(String dir) {
    return kustomizationFile(tree, dir);
  }

  /**
   * The kustomization in {@code file}, or null when it cannot be read or is not a mapping: the
   * renders rule reports what Flux fails to build.
   */
  public MappingNode read(String file) {
    try {
      Node doc =
          reader.readDocument(
              new String(tree.read(file), StandardCharsets.UTF_8), tree.display(file));
      return doc instanceof MappingNode m ? m : null;
    } catch (IOException | HopsException e) {
      return null;
    }
  }

  /** The names in {@code dir}, none when it cannot be listed (the render reports it). */
  public List<String> list(String dir) {
    try {
      return tree.list(dir);
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Walks what Flux generates a kustomization from for {@code dir}, a folder without one
   * (fluxcd/pkg kustomize_generator.go, scanManifests): a sub-folder with a kustomization file is a
   * resource and is not descended into; the others are walked, and the YAML files met are taken.
   *
   * @param enters whether to look at a sub-folder at all
   * @param kustomization told each sub-folder with a kustomization file, and the file
   * @param manifest told each .yaml or .yml file taken
   */
  public void walkGenerated(
      String dir,
      Predicate<String> enters,
      BiConsumer<String, String> kustomization,
      Consumer<String> manifest) {
    for (String name : list(dir)) {
      String path = TreePaths.join(dir, name);
      if (path == null) {
        continue;
      }
      if (tree.isDirectory(path)) {
        if (!enters.test(path)) {
          continue;
        }
        String file = kustomizationFile(path);
        if (file != null) {
          kustomization.accept(path, file);
        } else {
          walkGenerated(path, enters, kustomization, manifest);
        }
      } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        manifest.accept(path);
      }
    }
  }

  /**
   * What kustomize would fetch: a URL, or a Git repository in go-getter's forms (a first segment
   * that looks like a host: {@code gitea.example.org/org/repo//path}).
   */
  public static boolean isRemote(String entry) {
    int slash = entry.indexOf('/');
    String first = slash < 0 ? "" : entry.substring(0, slash);
    return entry.contains("://")
        || (first.contains(".") && !first.startsWith("."))
        || entry.startsWith("git@")
        || entry.startsWith("github.com/")
        || entry.startsWith("gitlab.com/")
        || entry.startsWith("bitbucket.org/")
        || entry.contains("?ref=")
        || entry.contains(".git//")
        || entry.endsWith(".git");
  }
}
