package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.check.CheckConfig;
import dev.hops.check.CheckSettings;
import dev.hops.check.CheckTesting;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import dev.hops.check.Severity;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects planted in a copy of a real repository (onedr0p-home-ops, from the shared corpus) are all
 * found, at their file and line, as `hops check --no-helm` would run: HelmReleases are not
 * rendered, so a target that is missing may be among their objects and is a warning, while a wrong
 * listener, port or kustomization path is certain.
 */
class CorpusDefectsTest {

  private static final String APPS = "kubernetes/apps/";

  @TempDir Path work;

  @Test
  void plantedDefectsAreFound() throws IOException {
    Path corpus =
        Path.of(System.getProperty("hops.corpus", "../shared/corpus"), "repos", "onedr0p-home-ops");
    assumeTrue(Files.isDirectory(corpus), "corpus repository not found: " + corpus);
    Path repo = work.resolve("repo");
    copy(corpus, repo);
    List<Finding> before = check(repo);

    // a sourceRef to a GitRepository that does not exist
    plant(repo, APPS + "default/atuin/ks.yaml", "name: flux-system\n", "name: flux-sytem\n");
    // a route to a listener the Gateway does not have, and to a Gateway that does not exist
    plant(
        repo,
        APPS + "network/envoy-gateway/app/envoy.yaml",
        "- name: envoy-internal\n      namespace: network\n      sectionName: http\n",
        "- name: envoy-internal\n      namespace: network\n      sectionName: htp\n");
    String route = APPS + "flux-system/flux-instance/app/httproute.yaml";
    plant(repo, route, "- name: envoy-external\n", "- name: envoy-externa1\n");
    // a backend in another namespace, on a port its Service does not have
    plant(
        repo,
        route,
        "          port: 80\n",
        "          port: 80\n        - name: kube-api\n          namespace: kube-system\n"
            + "          port: 6444\n");
    // a store that does not exist
    plant(
        repo,
        APPS + "default/cleanrr/app/externalsecret.yaml",
        "name: onepassword-connect\n",
        "name: onepassword-conect\n");
    // a resource file that does not exist
    String autobrr = APPS + "default/autobrr/app/kustomization.yaml";
    plant(repo, autobrr, "./prometheusrule.yaml", "./prometheusrules.yaml");
    // a storage class nothing defines (the shared component's PVC takes it from a variable)
    plant(
        repo,
        APPS + "default/tautulli/ks.yaml",
        "APP: tautulli\n",
        "APP: tautulli\n      KOPIUR_STORAGECLASS: ceph-blok\n");
    // a substituteFrom, a valuesFrom and a workload's Secret that nothing makes
    String seerr = APPS + "default/seerr/ks.yaml";
    plant(
        repo,
        seerr,
        "  postBuild:\n",
        "  postBuild:\n    substituteFrom:\n      - kind: ConfigMap\n        name: seerr-settings\n");
    String qui = APPS + "default/qui/app/helmrelease.yaml";
    plant(
        repo,
        qui,
        "spec:\n",
        "spec:\n  valuesFrom:\n    - kind: ConfigMap\n      name: qui-values\n");
    String job = APPS + "default/qui/app/job.yaml";
    Files.writeString(repo.resolve(job), JOB);
    plant(
        repo,
        APPS + "default/qui/app/kustomization.yaml",
        "  - ./helmrelease.yaml\n",
        "  - ./helmrelease.yaml\n  - ./job.yaml\n");

    List<Finding> after = check(repo);
    List<Finding> found = after.stream().filter(f -> !before.contains(f)).toList();

    expect(
        found, "source-ref", repo, APPS + "default/atuin/ks.yaml", "sourceRef:", Severity.WARNING);
    expect(
        found,
        "httproute-parent",
        repo,
        APPS + "network/envoy-gateway/app/envoy.yaml",
        "- name: envoy-internal",
        Severity.ERROR);
    expect(found, "httproute-parent", repo, route, "- name: envoy-externa1", Severity.WARNING);
    expect(found, "httproute-backend", repo, route, "- name: kube-api", Severity.ERROR);
    expect(
        found,
        "secret-store-ref",
        repo,
        APPS + "default/cleanrr/app/externalsecret.yaml",
        "secretStoreRef:",
        Severity.WARNING);
    expect(found, "kustomize-paths", repo, autobrr, "./prometheusrules.yaml", Severity.ERROR);
    expect(
        found,
        "storage-class",
        repo,
        "kubernetes/components/kopiur/backup/pvc.yaml",
        "storageClassName:",
        Severity.WARNING);
    expect(found, "substitute-from", repo, seerr, "- kind: ConfigMap", Severity.WARNING);
    expect(found, "values-from", repo, qui, "- kind: ConfigMap", Severity.WARNING);
    expect(found, "config-ref", repo, job, "name: qui-token", Severity.WARNING);
    // the Kustomizations that fail for a planted path or substituteFrom are not reported twice
    assertThat(found).filteredOn(f -> f.rule().equals("renders")).isEmpty();
  }

  private static final String JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: qui-init
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: init
                image: busybox:1.37
                envFrom:
                  - secretRef:
                      name: qui-token
      """;

  /** `hops check --no-helm` on the repository. */
  private static List<Finding> check(Path repo) {
    SourceTree tree = SourceTree.onDisk(repo);
    CheckSettings settings =
        new CheckSettings(CheckConfig.EMPTY, CheckSettings.DEFAULT_KUBE_VERSION, List.of());
    return CheckTesting.check(
        Checker.builder().settings(settings).build(), tree, CheckTesting.withoutHelm(), "home-ops");
  }

  /** A finding of {@code rule} at the line of {@code file} holding {@code text}. */
  private static void expect(
      List<Finding> found, String rule, Path repo, String file, String text, Severity severity)
      throws IOException {
    List<String> lines = Files.readAllLines(repo.resolve(file), StandardCharsets.UTF_8);
    int line = 0;
    for (int i = 0; i < lines.size() && line == 0; i++) {
      if (lines.get(i).contains(text)) {
        line = i + 1;
      }
    }
    int at = line;
    assertThat(found)
        .as("%s at %s:%d", rule, file, at)
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo(rule);
              assertThat(f.pos().file()).endsWith(file);
              assertThat(f.pos().line()).isEqualTo(at);
              assertThat(f.severity()).isEqualTo(severity);
            });
  }

  private static void plant(Path repo, String file, String from, String to) throws IOException {
    Path p = repo.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(text).as("%s holds %s", file, from).contains(from);
    Files.writeString(
        p,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p)) {
          Files.copy(p, target);
        }
      }
    }
  }
}
