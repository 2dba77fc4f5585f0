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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The Flux objects written in the repository's YAML files (not rendered), found on demand:
 * Kustomizations, FluxInstances, flux-instance values. Used to find the clusters and their roots.
 * Files are read once; a file is parsed only when its text can hold what is asked for (a top-level
 * {@code kind:} line of that kind), so the HelmReleases, CRDs and gotk-components of a repository
 * are never parsed here. Files that do not parse are skipped (a render reports them where they
 * matter).
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

    // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Doc that
              && Objects.equals(file, that.file)
              && Objects.equals(node, that.node);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(file) + Objects.hashCode(node);
    }
  }

  private static final Pattern INSTANCE_VALUES =
      Pattern.compile("(?m)^[ \\t]*instance:[ \\t]*(#.*)?$");

  private final SourceTree tree;
  private final YamlReader reader;
  private final Map<String, String> texts = new java.util.LinkedHashMap<>();
  private final Map<String, List<Doc>> parsed = new HashMap<>();

  private RepoScan(SourceTree tree, YamlReader reader) {
    this.tree = tree;
    this.reader = reader;
  }

  public static RepoScan of(SourceTree tree, YamlReader reader) {
    RepoScan scan = new RepoScan(tree, reader);
    scan.walk("");
    return scan;
  }

  private void walk(String dir) {
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
          walk(p);
        }
      } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        try {
          String text = new String(tree.read(p), StandardCharsets.UTF_8);
          if (text.contains("fluxcd") || text.contains("instance:")) {
            texts.put(p, text);
          }
        } catch (IOException e) {
          // unreadable: not a root
        }
      }
    }
  }

  /** Documents of {@code group}/{@code kind} in files that {@code files} accepts. */
  public List<Doc> ofKind(String group, String kind, Predicate<String> files) {
    Pattern kindLine =
        Pattern.compile("(?m)^kind:[ \\t]*[\"']?" + Pattern.quote(kind) + "[\"']?[ \\t]*(#.*)?$");
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      if (files.test(e.getKey())
          && e.getValue().contains(kind)
          && kindLine.matcher(e.getValue()).find()) {
        candidates.add(e.getKey());
      }
    }
    parseAll(candidates);
    List<Doc> out = new ArrayList<>();
    for (String file : candidates) {
      for (Doc d : docs(file)) {
        if (d.group().equals(group) && d.kind().equals(kind)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /**
   * Parses the files not parsed yet, on every core: discovery runs before any build starts, so the
   * other cores would be idle.
   */
  private void parseAll(List<String> files) {
    List<String> todo = files.stream().filter(f -> !parsed.containsKey(f)).toList();
    if (todo.size() < 2) {
      return;
    }
    Map<String, List<Doc>> done = new java.util.concurrent.ConcurrentHashMap<>();
    todo.parallelStream().forEach(f -> done.put(f, parse(f)));
    parsed.putAll(done);
  }

  public List<Doc> ofKind(String group, String kind) {
    return ofKind(group, kind, f -> true);
  }

  /** HelmReleases and plain documents that carry flux-instance chart values ({@code instance:}). */
  public List<Doc> withInstanceValues() {
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      if (e.getValue().contains("instance:") && INSTANCE_VALUES.matcher(e.getValue()).find()) {
        candidates.add(e.getKey());
      }
    }
    parseAll(candidates);
    List<Doc> out = new ArrayList<>();
    for (String file : candidates) {
      out.addAll(docs(file));
    }
    return out;
  }

  private List<Doc> docs(String file) {
    return parsed.computeIfAbsent(file, this::parse);
  }

  private List<Doc> parse(String file) {
    List<Doc> out = new ArrayList<>();
    try {
      for (Node n : reader.readDocuments(texts.get(file), tree.display(file))) {
        if (n instanceof MappingNode m) {
          out.add(new Doc(file, m));
        }
      }
    } catch (HopsException e) {
      // reported by the render that reads this file
    }
    return out;
  }
}
