package dev.hops.kustomize.conformance;

import dev.hops.kustomize.Corpus;
import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.ResourceList;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A development probe: builds every corpus directory and compares values with the goldens. */
public final class SemanticCorpusProbe {

  @SuppressWarnings("unchecked")
  static Object sorted(Object o) {
    if (o instanceof java.util.Map<?, ?> m) {
      java.util.TreeMap<String, Object> t = new java.util.TreeMap<>();
      m.forEach((k, v) -> t.put((String) k, sorted(v)));
      return t;
    }
    if (o instanceof List<?> l) {
      return l.stream().map(SemanticCorpusProbe::sorted).toList();
    }
    return o;
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Corpus.root();
    Path repos = args.length > 1 ? Path.of(args[1]) : corpus.resolve("repos");
    Path goldens = args.length > 1 ? Path.of(args[0]) : corpus.resolve("kustomize-golden");
    String debug = args.length > 2 ? args[2] : args.length == 1 ? args[0] : null;
    Kustomizer k = Kustomizer.builder().build();
    SourceTree tree = SourceTree.onDisk(repos);
    int ok = 0;
    List<String> bad = new ArrayList<>();
    try (Stream<Path> s = Files.list(goldens)) {
      for (Path golden : s.sorted().toList()) {
        if (golden.toString().endsWith(".error")) {
          String dir =
              golden.getFileName().toString().replaceAll("\\.error$", "").replace("__", "/");
          try {
            k.build(tree, dir);
            bad.add(dir + ": kustomize fails but Hops built it");
          } catch (Exception e) {
            ok++;
          }
          continue;
        }
        String name = golden.getFileName().toString().replaceAll("\\.yaml$", "");
        String dir = name.replace("__", "/");
        try {
          ResourceList out = k.build(tree, dir);
          List<Node> expected =
              YamlReader.withDefaults().readDocuments(Files.readString(golden), golden.toString());
          List<Object> ev = new ArrayList<>();
          for (Node n : expected) {
            ev.add(KustomizeYaml.toGoValue(n));
          }
          List<Object> av = new ArrayList<>();
          for (Node n : out.nodes()) {
            av.add(KustomizeYaml.toGoValue(n));
          }
          String actualYaml = dev.hops.yaml.KustomizeYaml.toYaml(out.nodes());
          String expectedYaml = Files.readString(golden);
          if (actualYaml.equals(expectedYaml)) {
            ok++;
          } else if (ev.equals(av)) {
            bad.add(dir + ": same values, different bytes");
            if (dir.equals(debug)) {
              Files.writeString(Path.of("/tmp/actual.yaml"), actualYaml);
            }
          } else {
            bad.add(dir + ": differs (" + av.size() + " vs " + ev.size() + " objects)");
            if (dir.equals(debug)) {
              for (int i = 0; i < Math.max(av.size(), ev.size()); i++) {
                Object a = i < av.size() ? av.get(i) : null;
                Object e = i < ev.size() ? ev.get(i) : null;
                if (!java.util.Objects.equals(a, e)) {
                  System.out.println("ACTUAL   " + sorted(a) + "\nEXPECTED " + sorted(e));
                }
              }
            }
          }
        } catch (Exception e) {
          bad.add(dir + ": " + e);
        }
      }
    }
    bad.forEach(System.out::println);
    System.out.println(ok + " identical, " + bad.size() + " different");
  }
}
