package dev.hops.flux.internal.helm;

import dev.hops.helm.ChartRenderer;
import dev.hops.helm.HelmException;
import dev.hops.helm.Release;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Helm's renderings of charts by their exact inputs, shared by the renders of one renderer, so that
 * a second revision does not run Helm again for a release whose chart and values did not change:
 * the digest of every file of the chart folder (names and bytes), the folder's name (it names the
 * rendered objects' source), the release's name, namespace and Kubernetes version, the CRD policy
 * and the merged values as written for Helm. The warnings a rendering gave are given again, and
 * Helm's failures are kept too. A chart whose templates are random (generated passwords) renders as
 * the first time.
 */
public final class HelmMemo {

  private record Rendered(
      List<MappingNode> objects, List<String> warnings, HelmException failure) {}

  private final Map<List<String>, Rendered> byInputs;

  /** A memo of at most {@code max} renderings, the least recently used going first. */
  public HelmMemo(int max) {
    this.byInputs =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<List<String>, Rendered> eldest) {
            return size() > max;
          }
        };
  }

  /**
   * The objects of the release (fresh copies), rendered now by {@code renderer} (asked for only
   * then: it loads Helm's engine) or before.
   *
   * @param digest {@link #digest} of {@code chartDir}
   * @param reused told whether the rendering was taken from the memo
   */
  List<MappingNode> render(
      java.util.function.Supplier<ChartRenderer> renderer,
      Path chartDir,
      String digest,
      Release release,
      Map<String, Object> values,
      ChartRenderer.CrdPolicy crds,
      Consumer<String> warnings,
      Consumer<Boolean> reused) {
    List<String> key =
        List.of(
            digest,
            chartDir.getFileName().toString(),
            release.name(),
            release.namespace(),
            String.valueOf(release.kubeVersion()),
            crds.name(),
            KustomizeYaml.toJson(values));
    Rendered known;
    synchronized (this) {
      known = byInputs.get(key);
    }
    reused.accept(known != null);
    if (known == null) {
      known = renderNow(renderer, chartDir, release, values, crds);
      synchronized (this) {
        byInputs.put(key, known);
      }
    }
    known.warnings().forEach(warnings);
    if (known.failure() != null) {
      throw known.failure();
    }
    return copies(known.objects());
  }

  private static Rendered renderNow(
      java.util.function.Supplier<ChartRenderer> renderer,
      Path chartDir,
      Release release,
      Map<String, Object> values,
      ChartRenderer.CrdPolicy crds) {
    List<String> warned = new ArrayList<>();
    try {
      return new Rendered(
          copies(renderer.get().render(chartDir, release, values, crds, warned::add)),
          List.copyOf(warned),
          null);
    } catch (HelmException e) {
      return new Rendered(List.of(), List.copyOf(warned), e);
    }
  }

  /** SHA-256 over the folder's entries in order: each path, its kind, and a file's bytes. */
  static String digest(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path p : all.sorted().toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          update(md, "L", rel, Files.readSymbolicLink(p).toString());
        } else if (Files.isDirectory(p)) {
          update(md, "D", rel);
        } else {
          byte[] bytes = Files.readAllBytes(p);
          update(md, "F", rel, Integer.toString(bytes.length));
          md.update(bytes);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest md, String... parts) {
    for (String part : parts) {
      md.update(part.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
  }

  private static List<MappingNode> copies(List<MappingNode> nodes) {
    List<MappingNode> out = new ArrayList<>(nodes.size());
    for (MappingNode n : nodes) {
      out.add(n.copy());
    }
    return out;
  }
}
