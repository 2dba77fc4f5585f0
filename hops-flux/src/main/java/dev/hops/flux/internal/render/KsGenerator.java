package dev.hops.flux.internal.render;

import dev.hops.flux.FluxException;
import dev.hops.flux.internal.model.Fields;
import dev.hops.flux.internal.model.FluxKustomization;
import dev.hops.kustomize.KustomizationFields;
import dev.hops.kustomize.SourceTree;
import dev.hops.kustomize.TreePaths;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The kustomization file Flux builds a Kustomization's path with (fluxcd/pkg kustomize generator):
 * the directory's own file read leniently (unknown fields dropped), or one generated from every
 * manifest below the directory; then the spec fields merged in Flux's order.
 */
final class KsGenerator {

  /** The file to write into the directory and its content. */
  record Generated(String file, String yaml, boolean created) {}

  private final SourceTree tree;
  private final YamlReader reader;

  KsGenerator(SourceTree tree, YamlReader reader) {
    this.tree = tree;
    this.reader = reader;
  }

  Generated generate(String dir, FluxKustomization ks) {
    String existing = findKustomizationFile(dir);
    MappingNode kus;
    boolean created;
    String file;
    if (existing != null) {
      file = TreePaths.join(dir, existing);
      kus = readLeniently(file);
      created = false;
      if (isEmptyList(kus.get("resources"))) {
        kus.put("buildMetadata", SequenceNode.of(ScalarNode.ofString("originAnnotations")));
      }
    } else {
      file = TreePaths.join(dir, "kustomization.yaml");
      kus = generatedFromManifests(dir);
      created = true;
    }
    SpecMerge.apply(kus, ks, dir, tree);
    return new Generated(file, KustomizeYaml.toYaml(kus), created);
  }

  private static boolean isEmptyList(Node n) {
    return n == null || n.isNull() || (n instanceof SequenceNode s && s.isEmpty());
  }

  String findKustomizationFile(String dir) {
    for (String name : KustomizationFields.FILE_NAMES) {
      String p = TreePaths.join(dir, name);
      if (p != null && tree.isFile(p)) {
        return name;
      }
    }
    return null;
  }

  /** sigs.k8s.io/yaml Unmarshal into kustomize's type, then Marshal: unknown fields dropped. */
  private MappingNode readLeniently(String file) {
    String text = read(file);
    Node doc = reader.readDocuments(text, tree.display(file)).stream().findFirst().orElse(null);
    MappingNode out = MappingNode.empty();
    out.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    out.put("kind", "Kustomization");
    if (doc == null) {
      return out;
    }
    if (!(doc instanceof MappingNode m)) {
      throw new FluxException(
          doc.pos(),
          null,
          "kustomization file is not a mapping: cannot read " + tree.display(file));
    }
    for (MappingNode.Entry e : m.entries()) {
      String name = e.name() == null ? null : KustomizationFields.canonical(e.name());
      if (name != null && !e.value().isNull()) {
        out.put(name, e.value());
      }
    }
    return out;
  }

  private String read(String file) {
    try {
      return new String(tree.read(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FluxException(
          SourcePos.of(tree.display(file)), null, "cannot read: " + e.getMessage(), e);
    }
  }

  /** scanManifests: sub-directories with a kustomization, and every .yaml/.yml file. */
  private MappingNode generatedFromManifests(String dir) {
    List<String> resources = new ArrayList<>();
    scan(dir, dir, resources);
    MappingNode kus = MappingNode.empty();
    kus.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kus.put("kind", "Kustomization");
    if (resources.isEmpty()) {
      kus.put("namespace", "_placeholder");
    } else {
      SequenceNode seq = new SequenceNode(SourcePos.UNKNOWN);
      for (String r : resources) {
        seq.add(ScalarNode.ofString(r));
      }
      kus.put("resources", seq);
    }
    return kus;
  }

  private void scan(String base, String dir, List<String> out) {
    List<String> names;
    try {
      names = tree.list(dir);
    } catch (IOException e) {
      throw new FluxException(SourcePos.of(tree.display(dir)), null, e.getMessage(), e);
    }
    for (String name : names) {
      String p = TreePaths.join(dir, name);
      if (tree.isDirectory(p)) {
        if (findKustomizationFile(p) != null) {
          out.add(relative(base, p));
        } else {
          scan(base, p, out);
        }
      } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        try {
          KustomizationFields.checkResources(reader, read(p), tree.display(p));
        } catch (HopsException e) {
          throw new FluxException(
              e.pos(),
              e.object(),
              "failed to decode Kubernetes YAML from " + tree.display(p) + ": " + e.reason(),
              e);
        }
        out.add(relative(base, p));
      }
    }
  }

  private static String relative(String base, String p) {
    return "." + (base.isEmpty() ? "/" + p : p.substring(base.length()));
  }

  static String text(Node n) {
    return n instanceof ScalarNode s ? s.value() : "";
  }

  static boolean present(Node obj, String... path) {
    return Fields.at(obj, path) != null;
  }
}
