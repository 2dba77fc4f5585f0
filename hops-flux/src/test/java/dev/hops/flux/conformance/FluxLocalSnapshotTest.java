package dev.hops.flux.conformance;

import static dev.hops.flux.conformance.FluxLocalSnapshotTest.Option.ALL_NAMESPACES;
import static dev.hops.flux.conformance.FluxLocalSnapshotTest.Option.HELM;
import static dev.hops.flux.conformance.FluxLocalSnapshotTest.Option.NAME_IGNORED;
import static dev.hops.flux.conformance.FluxLocalSnapshotTest.Option.SPEC_IGNORE_NOT_APPLIED;
import static dev.hops.flux.conformance.FluxLocalSnapshotTest.Option.WITH_SECRETS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.flux.ClusterResult;
import dev.hops.flux.FluxException;
import dev.hops.flux.FluxRenderer;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.RenderResult;
import dev.hops.kustomize.SourceTree;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance with flux-local's recorded snapshots ({@code ../shared/corpus/flux-local-snapshots},
 * see the corpus README): for every {@code build ks} and {@code build all} id, Hops renders the
 * same objects with the same content as {@code flux build ks --dry-run} did inside flux-local,
 * compared by meaning ({@link ObjectSet}): document order and flux-local's own index annotations
 * are ignored.
 *
 * <p>Each case runs Hops the way flux-local's command ran: {@code build ks} prints the
 * Kustomizations of namespace {@code flux-system} (its {@code -n} default) or the one named, {@code
 * build all} those of every namespace; both drop Secrets and CRDs unless told otherwise ({@code
 * --skip-secrets} and {@code --skip-crds} default to true, {@code flux_local/tool/selector.py});
 * {@code flux build} substitutes non-strictly ({@code --strict-substitute=false}), so Hops runs
 * with {@code strict(false)}. Variables from Secrets are placeholders on both sides.
 *
 * <p>Where flux-local or Hops is known to differ from Flux, the case says so through an {@link
 * Option} or an entry of {@link #KNOWN_HOPS_GAPS}, each with its reason; any other difference
 * fails. One known flux-local deviation is not exercised by these snapshots: it lets {@code
 * substituteFrom} values override inline {@code postBuild.substitute} ({@code flux_local/values.py
 * expand_postbuild_substitute_reference}), the opposite of Flux; no Kustomization here defines a
 * key in both.
 */
class FluxLocalSnapshotTest {

  /** How flux-local's command selected and filtered its output. */
  enum Option {
    /** {@code build all}: Kustomizations of every namespace, not only {@code flux-system}. */
    ALL_NAMESPACES,
    /** {@code --no-skip-secrets}: Secrets are printed (CRDs are still skipped). */
    WITH_SECRETS,
    /**
     * {@code --enable-helm}: HelmReleases are inflated with {@code helm template} and the chart's
     * objects printed after the Kustomizations' objects. Hops does not render HelmReleases yet, so
     * those objects (the ones without Flux's {@code kustomize.toolkit.fluxcd.io/name} label, which
     * flux-local does not add to chart output) are split off into a separate test that is skipped.
     */
    HELM,
    /**
     * flux-local bug, {@code build ks-new NAME}: NAME is ignored and every Kustomization of
     * namespace flux-system is printed. {@code flux_local/tool/build_kustomization.py} ({@code
     * build_ks_selector}) reads {@code kwargs.get("name")}, but the positional argument is
     * registered as {@code kustomization} ({@code selector.add_ks_selector_flags}), so the name
     * filter is always None. Visible in the snapshots: {@code test_build_ks_new[build-ks-single]}
     * holds the same 21 objects as {@code [build-ks]}.
     */
    NAME_IGNORED,
    /**
     * flux-local deviation: it does not apply the GitRepository's {@code spec.ignore}. In cluster2
     * that field reads {@code /*} then {@code !/tests/testdata/cluster2/kubernetes}, so Flux's
     * artifact holds only the kubernetes folder and Kustomization {@code flux-system/cluster} (path
     * {@code ./tests/testdata/cluster2/flux}) fails with "path not found" in a real cluster. The
     * case checks that Hops says so, then compares against the repository with {@code spec.ignore}
     * taken out, as flux-local saw it.
     */
    SPEC_IGNORE_NOT_APPLIED
  }

  /**
   * One snapshot id and how to run Hops for it: {@code dir} is flux-local's {@code --path} (under
   * {@code repos/flux-local-testdata}, which is flux-local's {@code tests/testdata}); {@code
   * cluster} picks one of the clusters Hops finds there (null: all of them); {@code kustomization}
   * is the NAME argument of {@code build ks}; {@code sources} maps {@code --sources} entries to
   * folders.
   */
  record Case(
      String id,
      String dir,
      String cluster,
      String kustomization,
      Map<String, String> sources,
      Set<Option> options) {

    /**
     * {@code path} is flux-local's {@code --path} under {@code tests/testdata}; a path into {@code
     * clusters/NAME} becomes Hops' cluster NAME of the folder above.
     */
    static Case of(String id, String path, String kustomization, Option... options) {
      int at = path.indexOf("/clusters/");
      String dir = at < 0 ? path : path.substring(0, at);
      String cluster = at < 0 ? null : path.substring(at + "/clusters/".length());
      Set<Option> set = EnumSet.noneOf(Option.class);
      set.addAll(List.of(options));
      return new Case(id, dir, cluster, kustomization, Map.of(), set);
    }

    Case withSource(String name, String dir) {
      Map<String, String> s = new LinkedHashMap<>(sources);
      s.put(name, dir);
      return new Case(id, this.dir, cluster, kustomization, s, options);
    }

    boolean has(Option o) {
      return options.contains(o);
    }
  }

  /**
   * Every {@code build ks}, {@code build ks-new} and {@code build all} snapshot (corpus README).
   */
  static final List<Case> CASES =
      List.of(
          Case.of("test_build_ks[build-ks]", "cluster", null),
          Case.of("test_build_ks[build-ks-single]", "cluster", "apps"),
          Case.of("test_build_ks[build-ks-single-cluster6]", "cluster6", "apps"),
          Case.of("test_build_ks[build-ks-single-cluster8]", "cluster8", "apps"),
          Case.of("test_build_ks[build-ks-single-cluster9]", "cluster9/clusters/dev", "apps-stack"),
          // --skip-invalid-kustomization-paths: snapshot-controller's path is in an external
          // GitRepository; flux-local skips it, Hops reports it as external. Both print nothing.
          Case.of("test_build_ks[build-ks-cluster10-invalid-paths]", "cluster10", null),
          // --sources flux-system,apps=...: the repository itself, and ExternalArtifact apps.
          Case.of("test_build_ks[build-ks-cluster11-external-artifact]", "cluster11", null)
              .withSource("apps", "cluster11/externalartifact"),
          Case.of("test_build_ks_new[build-ks]", "cluster", null),
          Case.of("test_build_ks_new[build-ks-single]", "cluster", "apps", NAME_IGNORED),
          Case.of("test_build_ks_new[build-ks-single-cluster6]", "cluster6", "apps", NAME_IGNORED),
          Case.of("test_build_ks_new[build-ks-single-cluster8]", "cluster8", "apps", NAME_IGNORED),
          Case.of(
              "test_build_ks_new[build-ks-single-cluster9]",
              "cluster9/clusters/dev",
              "apps-stack",
              NAME_IGNORED),
          Case.of("test_build_all[build]", "cluster", null, ALL_NAMESPACES),
          Case.of(
              "test_build_all[build-cluster2]",
              "cluster2",
              null,
              ALL_NAMESPACES,
              SPEC_IGNORE_NOT_APPLIED),
          Case.of("test_build_all[build-cluster3]", "cluster3", null, ALL_NAMESPACES),
          Case.of("test_build_all[build-cluster6]", "cluster6", null, ALL_NAMESPACES),
          Case.of("test_build_all[build-helm-cluster]", "cluster", null, ALL_NAMESPACES, HELM),
          Case.of("test_build_all[build-helm-cluster6]", "cluster6", null, ALL_NAMESPACES, HELM),
          Case.of(
              "test_build_all[build-helm-cluster8-valuesFrom]",
              "cluster8",
              null,
              ALL_NAMESPACES,
              HELM,
              WITH_SECRETS),
          Case.of(
              "test_build_all[build-helm-cluster9]",
              "cluster9/clusters/dev",
              null,
              ALL_NAMESPACES,
              HELM,
              WITH_SECRETS));

  /** A difference where Hops is known to be wrong: the id, a text its report must contain, why. */
  record Gap(String id, String expectedProblem, String reason) {}

  /**
   * Known Hops gaps. A case listed here is skipped while it fails with the expected problem, and
   * fails once it passes (remove the entry then) or fails differently.
   */
  static final List<Gap> KNOWN_HOPS_GAPS = List.of();

  @TestFactory
  Stream<DynamicTest> snapshots() throws IOException {
    Path corpus = corpusRoot();
    assumeTrue(corpus != null, "the shared corpus (../shared/corpus) is absent: skipping");
    Path snapshots = corpus.resolve("flux-local-snapshots");
    Map<String, String> texts = new LinkedHashMap<>();
    texts.putAll(AmbrFile.read(snapshots.resolve("test_build_ks.ambr")));
    texts.putAll(AmbrFile.read(snapshots.resolve("test_build_all.ambr")));
    Path testdata = corpus.resolve("repos/flux-local-testdata");
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : CASES) {
      String text = texts.get(c.id());
      if (text == null) {
        tests.add(DynamicTest.dynamicTest(c.id(), () -> fail("no snapshot " + c.id())));
        continue;
      }
      ObjectSet expected = ObjectSet.of(YamlReader.withDefaults().readDocuments(text, c.id()));
      List<Object> chartObjects =
          c.has(HELM) ? expected.removeIf(o -> !hasFluxOwnerLabel(o)) : List.of();
      if (c.has(SPEC_IGNORE_NOT_APPLIED)) {
        expected.forEach(
            o -> {
              if (ObjectSet.kind(o).equals("GitRepository")
                  && ((Map<?, ?>) o).get("spec") instanceof Map<?, ?> spec) {
                spec.remove("ignore");
              }
            });
      }
      tests.add(DynamicTest.dynamicTest(c.id(), () -> check(c, expected, testdata)));
      if (c.has(HELM)) {
        ChartComparison charts = new ChartComparison();
        tests.add(
            DynamicTest.dynamicTest(
                c.id() + " HelmRelease chart objects (charts Hops renders)",
                () -> charts.check(c, chartObjects, testdata)));
        tests.add(
            DynamicTest.dynamicTest(
                c.id() + " HelmRelease chart objects (charts not available offline)",
                charts::reportUncompared));
      }
    }
    return tests.stream();
  }

  private static void check(Case c, ObjectSet expected, Path testdata) {
    if (c.has(SPEC_IGNORE_NOT_APPLIED)) {
      assertRootLeftOutBySpecIgnore(c, testdata);
    }
    String problems = compare(c, expected, testdata);
    Gap gap = KNOWN_HOPS_GAPS.stream().filter(g -> g.id().equals(c.id())).findFirst().orElse(null);
    if (gap == null) {
      if (problems != null) {
        fail(problems);
      }
      return;
    }
    if (problems == null) {
      fail(c.id() + " now matches flux-local: remove it from KNOWN_HOPS_GAPS");
    }
    if (!problems.contains(gap.expectedProblem())) {
      fail("known gap (" + gap.reason() + "), but it fails differently:\n" + problems);
    }
    abort("known Hops gap: " + gap.reason() + "\n" + problems);
  }

  /** Renders the case's repository as Hops would for it (lenient substitution, mapped sources). */
  static RenderResult render(Case c, Path testdata) {
    FluxRenderer.Builder builder =
        FluxRenderer.builder()
            .strict(false)
            .cacheDir(ChartComparison.cacheDir())
            // flux-local fetched remote charts with network access; here only the cache counts
            .offline(true);
    c.sources().forEach((k, dir) -> builder.source(k, SourceTree.onDisk(testdata.resolve(dir))));
    SourceTree tree = SourceTree.onDisk(testdata.resolve(c.dir()));
    if (c.has(SPEC_IGNORE_NOT_APPLIED)) {
      tree = new WithoutSpecIgnore(tree);
    }
    return c.cluster() == null
        ? builder.build().render(tree, "default")
        : builder.build().render(tree, "default", c.cluster());
  }

  /** Null when Hops renders what flux-local printed, else a report of the differences. */
  private static String compare(Case c, ObjectSet expected, Path testdata) {
    RenderResult result;
    try {
      result = render(c, testdata);
    } catch (FluxException e) {
      return c.id() + ": Hops failed: " + e.getMessage();
    }
    List<MappingNode> objects = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    StringBuilder statuses = new StringBuilder();
    for (ClusterResult cluster : result.clusters()) {
      for (KsResult ks : cluster.kustomizations()) {
        statuses.append("  ").append(ks.ref()).append(": ").append(ks.status().label());
        statuses.append(ks.message().isEmpty() ? "" : " (" + ks.message() + ")").append('\n');
        if (selected(c, ks)) {
          objects.addAll(ks.objects());
          if (ks.status() == KsStatus.FAILED) {
            failed.add(ks.ref().toString()); // flux build succeeded for every one of them
          }
        }
      }
    }
    ObjectSet actual = ObjectSet.of(objects);
    actual.removeIf(o -> skippedByFluxLocal(c, ObjectSet.kind(o)));
    List<Object> skippedExpected = expected.removeIf(o -> skippedByFluxLocal(c, ObjectSet.kind(o)));
    if (!skippedExpected.isEmpty()) {
      return c.id()
          + ": flux-local printed objects it should have skipped: "
          + skippedExpected.stream().map(ObjectSet::key).toList();
    }
    Map<String, String> differences = ObjectSet.differences(expected, actual);
    failed.forEach(ref -> differences.put(ref, "failed in Hops, rendered by flux-local"));
    if (differences.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder(c.id()).append(": Hops differs from flux-local\n");
    differences.forEach((key, d) -> out.append(key).append(": ").append(d).append('\n'));
    return out.append("Hops' Kustomizations:\n").append(statuses).toString();
  }

  /** What Flux does with cluster2: its root path is not in the artifact. */
  private static void assertRootLeftOutBySpecIgnore(Case c, Path testdata) {
    RenderResult result =
        FluxRenderer.builder()
            .strict(false)
            .build()
            .render(SourceTree.onDisk(testdata.resolve(c.dir())), "default");
    KsResult root = result.clusters().getFirst().kustomizations().getFirst();
    assertEquals("flux-system/cluster", root.ref().namespace() + "/" + root.ref().name());
    assertEquals(KsStatus.FAILED, root.status());
    assertTrue(
        root.message().contains("left out of the source artifact by .sourceignore or spec.ignore"),
        root.message());
  }

  /**
   * The tree with every GitRepository's {@code spec.ignore} block removed (the block and its
   * indented lines), as flux-local reads it.
   */
  record WithoutSpecIgnore(SourceTree base) implements SourceTree {
    @Override
    public boolean isDirectory(String path) {
      return base.isDirectory(path);
    }

    @Override
    public boolean isFile(String path) {
      return base.isFile(path);
    }

    @Override
    public byte[] read(String path) throws IOException {
      String text = new String(base.read(path), StandardCharsets.UTF_8);
      String edited = text.replaceAll("(?m)^  ignore: \\|\\n(    .*\\n)*", "");
      return edited.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<String> list(String dir) throws IOException {
      return base.list(dir);
    }

    @Override
    public String display(String path) {
      return base.display(path);
    }

    @Override
    public String realPath(String path) {
      return base.realPath(path);
    }
  }

  static boolean selected(Case c, KsResult ks) {
    if (!c.has(ALL_NAMESPACES) && !ks.ref().namespace().equals("flux-system")) {
      return false;
    }
    return c.kustomization() == null
        || c.has(NAME_IGNORED)
        || ks.ref().name().equals(c.kustomization());
  }

  static boolean skippedByFluxLocal(Case c, String kind) {
    return kind.equals("CustomResourceDefinition")
        || (kind.equals("Secret") && !c.has(WITH_SECRETS));
  }

  /** Flux's ownership label; flux build sets it on every object, helm template output lacks it. */
  static boolean hasFluxOwnerLabel(Object obj) {
    return ((Map<?, ?>) obj).get("metadata") instanceof Map<?, ?> md
        && md.get("labels") instanceof Map<?, ?> labels
        && labels.containsKey("kustomize.toolkit.fluxcd.io/name");
  }

  /** The shared corpus, found as hops-kustomize's tests find it; null when absent. */
  static Path corpusRoot() {
    String prop = System.getProperty("hops.corpus");
    Path p = (prop != null ? Path.of(prop) : Path.of("../../shared/corpus")).toAbsolutePath();
    p = p.normalize();
    return Files.isDirectory(p.resolve("flux-local-snapshots")) ? p : null;
  }
}
