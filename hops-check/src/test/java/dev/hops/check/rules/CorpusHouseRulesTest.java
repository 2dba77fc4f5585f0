package dev.hops.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hops.check.Finding;
import dev.hops.kustomize.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of bjw-s-labs/home-ops from the shared corpus with one planted defect per house rule: each
 * is found, where it was planted (skipped when the corpus is absent).
 */
class CorpusHouseRulesTest {

  private static final String APPS = "kubernetes/apps/selfhosted/";

  @TempDir Path temp;

  @Test
  void everyPlantedDefectIsFound() throws IOException {
    Path repo = copyOfCorpusRepository("bjw-s-labs-home-ops");
    List<Finding> before = HouseTesting.check(SourceTree.onDisk(repo), null);
    plantDefects(repo);
    List<Finding> after = HouseTesting.check(SourceTree.onDisk(repo), null);
    List<Finding> added = new ArrayList<>(after);
    added.removeAll(before);

    assertFound(added, "flux-system-source", "actual/ks.yaml", "Kustomization/selfhosted/actual");
    assertFound(
        added,
        "oci-repository-per-app",
        "freshrss/app/helmrelease.yaml",
        "HelmRelease/selfhosted/freshrss");
    assertFound(
        added,
        "oci-repository-per-app",
        "karakeep/app/helmrelease.yaml",
        "HelmRelease/selfhosted/karakeep");
    assertFound(added, "no-sops-secrets", "atuin/app/secret.sops.yaml", "Secret/selfhosted/atuin");
    assertFound(
        added,
        "internal-gateway",
        "thelounge/app/httproute.yaml",
        "HTTPRoute/selfhosted/thelounge");
    assertFound(
        added, "kustomization-file", "it-tools/ks.yaml", "Kustomization/selfhosted/it-tools");
    assertFound(added, "app-layout", "webhook/ks.yaml", "Kustomization/selfhosted/webhook");
    assertFound(
        added, "kebab-case", "searxng/app/helmrelease.yaml", "HelmRelease/selfhosted/SearXNG");
    assertThat(added)
        .filteredOn(f -> f.rule().equals("renders"))
        .as("the defects do not break the render")
        .isEmpty();
  }

  private static void assertFound(List<Finding> added, String rule, String file, String object) {
    assertThat(added)
        .as(rule + " in " + file)
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo(rule);
              assertThat(f.pos().file()).endsWith(APPS + file);
              assertThat(f.object()).isEqualTo(object);
            });
  }

  private static void plantDefects(Path repo) throws IOException {
    Path apps = repo.resolve(APPS);
    // flux-system-source: the sourceRef loses its namespace
    edit(apps.resolve("actual/ks.yaml"), "    namespace: flux-system\n", "");
    // oci-repository-per-app: freshrss borrows karakeep's chart source
    edit(
        apps.resolve("freshrss/app/helmrelease.yaml"),
        "name: freshrss\n  interval",
        "name: karakeep\n  interval");
    // no-sops-secrets: an application Secret encrypted with SOPS (and decryption to apply it)
    Files.writeString(apps.resolve("atuin/app/secret.sops.yaml"), SOPS_SECRET);
    edit(
        apps.resolve("atuin/app/kustomization.yaml"),
        "resources:\n",
        "resources:\n  - ./secret.sops.yaml\n");
    edit(
        apps.resolve("atuin/ks.yaml"),
        "spec:\n",
        "spec:\n  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n");
    // internal-gateway: a route on the external Gateway that does not say it must be public
    Files.writeString(apps.resolve("thelounge/app/httproute.yaml"), ROUTE);
    edit(
        apps.resolve("thelounge/app/kustomization.yaml"),
        "resources:\n",
        "resources:\n  - ./httproute.yaml\n");
    // kustomization-file: it-tools/app loses its kustomization.yaml
    Files.delete(apps.resolve("it-tools/app/kustomization.yaml"));
    // app-layout: webhook lands in another namespace than its folder's
    edit(
        apps.resolve("webhook/ks.yaml"), "targetNamespace: selfhosted", "targetNamespace: default");
    // kebab-case: a HelmRelease name in mixed case
    edit(
        apps.resolve("searxng/app/helmrelease.yaml"),
        "metadata:\n  name: searxng",
        "metadata:\n  name: SearXNG");
  }

  private static final String SOPS_SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: atuin
      stringData:
        ATUIN_DB_URI: ENC[AES256_GCM,data:cG9zdGdyZXM=,iv:aXY=,tag:dGFn,type:str]
      sops:
        age:
          - recipient: age1qqq
            enc: |
              -----BEGIN AGE ENCRYPTED FILE-----
              YWdl
              -----END AGE ENCRYPTED FILE-----
        mac: ENC[AES256_GCM,data:bWFj,iv:aXY=,tag:dGFn,type:str]
        version: 3.9.0
      """;

  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: thelounge
      spec:
        hostnames: [irc.example.com]
        parentRefs:
          - name: envoy-external
            namespace: network
        rules:
          - backendRefs:
              - name: thelounge
                port: 9000
      """;

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).as(file + " has the text to replace").contains(from);
    Files.writeString(
        file,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  /** The corpus repository copied into the temporary folder (writable, without .git). */
  private Path copyOfCorpusRepository(String name) throws IOException {
    String prop = System.getProperty("hops.corpus");
    Path corpus = Path.of(prop != null ? prop : "../../shared/corpus").toAbsolutePath().normalize();
    Path source = corpus.resolve("repos").resolve(name);
    assumeTrue(Files.isDirectory(source), "shared corpus not present: " + source);
    Path target = temp.resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path rel = source.relativize(p);
        if (rel.startsWith(".git")) {
          continue;
        }
        Path dest = target.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return target;
  }
}
