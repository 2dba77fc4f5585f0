package dev.hops.flux.internal.model;

import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Flux object written in the repository's YAML files (not rendered): Kustomizations, sources,
 * FluxInstances and HelmReleases, with the file each is in. Used to find the clusters and their
 * roots; files that do not parse are skipped here (a render reports them where they matter).
 */
public final class RepoScan {

  /** A document of a file. */
  public record Doc(String file, MappingNode node) {
    public String kind() {
      return Fields.string(node, "kind");
    }

    public String group() {
      String av = Fields.string(node, "apiVersion");
      int slash = av.indexOf('/');
      return slash < 0 ? "" : av.substring(0, slash);
    }
  }

  private final List<Doc> docs = new ArrayList<>();
  private final List<Doc> instanceValues = new ArrayList<>();

  public static RepoScan of(SourceTree tree, YamlReader reader) {
    RepoScan scan = new RepoScan();
    scan.walk(tree, reader, "");
    return scan;
  }

  private void walk(SourceTree tree, YamlReader reader, String dir) {
    List<String> names;
    try {
      names = tree.list(dir);
    } catch (IOException e) {
      return;
    }
    for (String name : names) {
      String p = TreePaths.join(dir, name);
      if (tree.isDirectory(p)) {
        if (!name.equals(".git") && !name.equals("node_modules")) {
          walk(tree, reader, p);
        }
      } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        read(tree, reader, p);
      }
    }
  }

  private void read(SourceTree tree, YamlReader reader, String file) {
    String text;
    try {
      text = new String(tree.read(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return;
    }
    if (!mentionsFlux(text)) {
      return;
    }
    List<Node> parsed;
    try {
      parsed = reader.readDocuments(text, tree.display(file));
    } catch (HopsException e) {
      return;
    }
    for (Node n : parsed) {
      if (n instanceof MappingNode m) {
        Doc d = new Doc(file, m);
        if (isInteresting(d)) {
          docs.add(d);
        } else if (d.kind().isEmpty() && Fields.mapping(m, "instance", "sync") != null) {
          instanceValues.add(d);
        }
      }
    }
  }

  private static final java.util.regex.Pattern ROOT_KINDS =
      java.util.regex.Pattern.compile(
          "(?m)^kind:[ \\t]*[\"']?(Kustomization|FluxInstance)[\"']?[ \\t]*(#.*)?$");
  private static final java.util.regex.Pattern INSTANCE_VALUES =
      java.util.regex.Pattern.compile("(?m)^[ \\t]*instance:[ \\t]*(#.*)?$");

  /**
   * Whether the file may hold what discovery looks for: a top-level {@code kind: Kustomization} or
   * FluxInstance, or flux-instance chart values (in a HelmRelease or a values file). Most files of
   * a repository (HelmReleases, CRDs, gotk-components.yaml) are not parsed at all.
   */
  private static boolean mentionsFlux(String text) {
    if (!text.contains("fluxcd")) {
      return false;
    }
    return ROOT_KINDS.matcher(text).find() || INSTANCE_VALUES.matcher(text).find();
  }

  private static boolean isInteresting(Doc d) {
    String g = d.group();
    return g.equals("kustomize.toolkit.fluxcd.io")
        || g.equals("source.toolkit.fluxcd.io")
        || g.equals("helm.toolkit.fluxcd.io")
        || g.equals("fluxcd.controlplane.io");
  }

  public List<Doc> docs() {
    return docs;
  }

  /** Documents that look like values of the flux-instance chart ({@code instance.sync}). */
  public List<Doc> instanceValues() {
    return instanceValues;
  }

  public List<Doc> ofKind(String group, String kind) {
    return docs.stream().filter(d -> d.group().equals(group) && d.kind().equals(kind)).toList();
  }
}
