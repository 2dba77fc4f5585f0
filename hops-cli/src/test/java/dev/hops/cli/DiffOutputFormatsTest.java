package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.Action;
import dev.hops.diff.Change;
import dev.hops.diff.FieldChange;
import dev.hops.diff.ObjectDiff;
import dev.hops.diff.Reach;
import dev.hops.flux.ClusterResult;
import dev.hops.flux.KsResult;
import dev.hops.flux.KsStatus;
import dev.hops.flux.ObjectRef;
import dev.hops.flux.RenderResult;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formats of {@code hops diff}: unified, markdown (with its byte limit) and JSON. */
class DiffOutputFormatsTest {

  static final ObjectRef APPS = new ObjectRef("Kustomization", "flux-system", "apps");
  static final ObjectRef INFRA = new ObjectRef("Kustomization", "flux-system", "infra");
  static final ObjectRef WEB = new ObjectRef("HelmRelease", "web", "web");

  /** As ObjectDiff orders them: by cluster, owner, object. */
  static final List<Change> CHANGES =
      List.of(
          new Change(
              "home",
              WEB,
              "ConfigMap/web/settings",
              Action.CHANGED,
              null,
              List.of(
                  new FieldChange("data[\"app.conf\"]", "\"a\\nb\\nc\\n\"", "\"a\\nB\\nc\\n\""))),
          new Change(
              "home",
              APPS,
              "ConfigMap/default/web-config",
              Action.RENAMED,
              "ConfigMap/default/app-config",
              List.of()),
          new Change(
              "home",
              APPS,
              "Deployment/default/web",
              Action.CHANGED,
              null,
              List.of(
                  new FieldChange(
                      "spec.template.spec.containers[name=app].image", "nginx:1.27", "nginx:1.28"),
                  new FieldChange(
                      "spec.template.spec.containers[name=app].env[name=DEBUG]",
                      null,
                      "{name: DEBUG, value: \"1\"}"))),
          new Change(
              "home",
              APPS,
              "Secret/default/db",
              Action.CHANGED,
              null,
              List.of(
                  new FieldChange(
                      "data.password", "(secret value changed)", "(secret value changed)"))),
          new Change("home", APPS, "Service/default/web", Action.ADDED, null, List.of()),
          new Change("home", INFRA, "ConfigMap/default/old", Action.REMOVED, null, List.of()));

  static final List<Reach> REACH =
      List.of(new Reach("components/common/labels.yaml", List.of(APPS, INFRA)));

  static DiffReport report() {
    return new DiffReport(
        CHANGES,
        REACH,
        List.of("home: Kustomization/flux-system/db is failed in the head revision"),
        "main",
        "working tree");
  }

  static String print(DiffOutput output, DiffReport report) {
    StringWriter sw = new StringWriter();
    try (PrintWriter pw = new PrintWriter(sw)) {
      output.print(pw, report);
    }
    return sw.toString();
  }

  @Test
  void unifiedShowsEachOwnerThenItsObjectsAndFields() {
    assertThat(print(DiffOutput.named("unified", false, 0), report()))
        .isEqualTo(
            """
            --- main
            +++ working tree

            HelmRelease/web/web
            ~ changed ConfigMap/web/settings
                data["app.conf"]:
                  @@ -1,3 +1,3 @@
                  a
            -     b
            +     B
                  c

            Kustomization/flux-system/apps
            ~ renamed ConfigMap/default/web-config (from ConfigMap/default/app-config)
            ~ changed Deployment/default/web
            -   spec.template.spec.containers[name=app].image: nginx:1.27
            +   spec.template.spec.containers[name=app].image: nginx:1.28
            +   spec.template.spec.containers[name=app].env[name=DEBUG]: {name: DEBUG, value: "1"}
            ~ changed Secret/default/db
            -   data.password: (secret value changed)
            +   data.password: (secret value changed)
            + added Service/default/web

            Kustomization/flux-system/infra
            - removed ConfigMap/default/old

            Blast radius
              components/common/labels.yaml → Kustomization/flux-system/apps, \
            Kustomization/flux-system/infra

            note: home: Kustomization/flux-system/db is failed in the head revision

            1 added, 3 changed, 1 renamed, 1 removed in 2 Kustomizations and 1 HelmRelease
            """);
  }

  @Test
  void unifiedIsColoredOnATerminal() {
    String out = print(DiffOutput.named("unified", true, 0), report());
    assertThat(out)
        .contains("\u001b[1mKustomization/flux-system/apps\u001b[0m\n")
        .contains("\u001b[32m+ added Service/default/web\u001b[0m\n")
        .contains("\u001b[31m- removed ConfigMap/default/old\u001b[0m\n")
        .contains("\u001b[33m~ changed Deployment/default/web\u001b[0m\n")
        .contains(
            "\u001b[31m-   spec.template.spec.containers[name=app].image: nginx:1.27\u001b[0m")
        .contains("\u001b[36m      @@ -1,3 +1,3 @@\u001b[0m");
  }

  @Test
  void ownersAreNamedWithTheirClusterWhenThereAreSeveral() {
    List<Change> changes =
        List.of(
            new Change("home", APPS, "ConfigMap/default/a", Action.ADDED, null, List.of()),
            new Change("work", APPS, "ConfigMap/default/a", Action.REMOVED, null, List.of()));
    assertThat(print(DiffOutput.named("unified", false, 0), new DiffReport(changes)))
        .isEqualTo(
            """
            home: Kustomization/flux-system/apps
            + added ConfigMap/default/a

            work: Kustomization/flux-system/apps
            - removed ConfigMap/default/a

            1 added, 1 removed in 2 Kustomizations
            """);
  }

  @Test
  void unifiedWithoutChangesSaysSo() {
    assertThat(print(DiffOutput.named("unified", false, 0), new DiffReport(List.of())))
        .isEqualTo("no changes\n");
  }

  private static final String MARKDOWN_HEAD =
      """
      ### hops diff

      **main → working tree**: 1 added, 3 changed, 1 renamed, 1 removed in 2 Kustomizations \
      and 1 HelmRelease.

      > **Note:** home: Kustomization/flux-system/db is failed in the head revision

      | Kustomization / HelmRelease | Added | Changed | Renamed | Removed |
      | --- | ---: | ---: | ---: | ---: |
      | `HelmRelease/web/web` | 0 | 1 | 0 | 0 |
      | `Kustomization/flux-system/apps` | 1 | 2 | 1 | 0 |
      | `Kustomization/flux-system/infra` | 0 | 0 | 0 | 1 |
      """;

  private static final String MARKDOWN_REACH =
      """

      **Blast radius**

      | Changed file | Reaches |
      | --- | --- |
      | `components/common/labels.yaml` | `Kustomization/flux-system/apps`, \
      `Kustomization/flux-system/infra` |
      """;

  private static final String HELM_SECTION =
      """

      <details><summary><code>HelmRelease/web/web</code>: 1 changed</summary>

      ```diff
      ~ changed ConfigMap/web/settings
          data["app.conf"]:
            @@ -1,3 +1,3 @@
            a
      -     b
      +     B
            c
      ```

      </details>
      """;

  private static final String APPS_SECTION =
      """

      <details><summary><code>Kustomization/flux-system/apps</code>: 1 added, 2 changed, \
      1 renamed</summary>

      ```diff
      ~ renamed ConfigMap/default/web-config (from ConfigMap/default/app-config)
      ~ changed Deployment/default/web
      -   spec.template.spec.containers[name=app].image: nginx:1.27
      +   spec.template.spec.containers[name=app].image: nginx:1.28
      +   spec.template.spec.containers[name=app].env[name=DEBUG]: {name: DEBUG, value: "1"}
      ~ changed Secret/default/db
      -   data.password: (secret value changed)
      +   data.password: (secret value changed)
      + added Service/default/web
      ```

      </details>
      """;

  private static final String INFRA_SECTION =
      """

      <details><summary><code>Kustomization/flux-system/infra</code>: 1 removed</summary>

      ```diff
      - removed ConfigMap/default/old
      ```

      </details>
      """;

  @Test
  void markdownHasTheSummaryTablesThenOneCollapsedSectionPerOwner() {
    String whole = MARKDOWN_HEAD + HELM_SECTION + APPS_SECTION + INFRA_SECTION + MARKDOWN_REACH;
    assertThat(print(DiffOutput.named("markdown", false, 0), report())).isEqualTo(whole);
    // a limit the whole output fits in changes nothing
    assertThat(print(DiffOutput.named("markdown", false, bytes(whole)), report())).isEqualTo(whole);
  }

  private static String leftOut(String what, long limit) {
    return "\n_… "
        + what
        + " left out: the output is limited to "
        + limit
        + " bytes (`--limit-bytes`)._\n";
  }

  @Test
  void markdownIsCutBetweenSectionsAndSaysWhatWasLeftOut() {
    String infraLeftOut = "1 Kustomization/HelmRelease (1 change) and 1 file of the blast radius";
    long limit = bytes(MARKDOWN_HEAD + HELM_SECTION + APPS_SECTION + leftOut(infraLeftOut, 1000));
    String out = print(DiffOutput.named("markdown", false, limit), report());
    assertThat(out)
        .isEqualTo(MARKDOWN_HEAD + HELM_SECTION + APPS_SECTION + leftOut(infraLeftOut, limit));
    assertThat(bytes(out)).isEqualTo(limit);
    // one byte less: the apps section goes whole, and so does what follows it
    String cut = print(DiffOutput.named("markdown", false, limit - 1), report());
    assertThat(cut)
        .isEqualTo(
            MARKDOWN_HEAD
                + HELM_SECTION
                + leftOut(
                    "2 Kustomizations/HelmReleases (5 changes) and 1 file of the blast radius",
                    limit - 1));
  }

  @Test
  void aSmallLimitCutsTheTablesByRows() {
    // the table's first row comes with its header: the summary table stops after it
    String head = MARKDOWN_HEAD.substring(0, MARKDOWN_HEAD.indexOf("| `Kustomization/flux"));
    String what = "3 Kustomizations/HelmReleases (6 changes) and 1 file of the blast radius";
    long limit = bytes(head + leftOut(what, 100)) + 10;
    String out = print(DiffOutput.named("markdown", false, limit), report());
    assertThat(out).isEqualTo(head + leftOut(what, limit));
    assertThat(bytes(out)).isLessThanOrEqualTo(limit);
  }

  @Test
  void markdownFencesAreLongerThanBackticksInTheValuesAndPipesAreEscapedInTables() {
    Change c =
        new Change(
            "home",
            APPS,
            "ConfigMap/default/docs",
            Action.CHANGED,
            null,
            List.of(new FieldChange("data.readme", "\"```sh\"", "\"```bash\"")));
    String out =
        print(
            DiffOutput.named("markdown", false, 0),
            new DiffReport(
                List.of(c), List.of(new Reach("a|b.yaml", List.of(APPS))), List.of(), null, null));
    assertThat(out)
        .contains("````diff\n~ changed ConfigMap/default/docs\n")
        .contains("\n````\n")
        .contains("| `a\\|b.yaml` |");
  }

  @Test
  void markdownWithoutChangesSaysSo() {
    assertThat(print(DiffOutput.named("markdown", false, 0), new DiffReport(List.of())))
        .isEqualTo("### hops diff\n\nNo changes.\n");
  }

  @Test
  void jsonParsesBackToTheChangesAndTheSummary() {
    MappingNode doc = json(print(DiffOutput.named("json", false, 0), report()));
    List<Node> changes = doc.getSequence("changes").items();
    assertThat(changes).hasSize(6);
    MappingNode deployment = changes.get(2).asMapping();
    assertThat(deployment.getString("cluster")).isEqualTo("home");
    assertThat(deployment.getString("owner")).isEqualTo("Kustomization/flux-system/apps");
    assertThat(deployment.getString("object")).isEqualTo("Deployment/default/web");
    assertThat(deployment.getString("action")).isEqualTo("changed");
    assertThat(deployment.has("renamedFrom")).isFalse();
    MappingNode env = deployment.getSequence("diff").get(1).asMapping();
    assertThat(env.getString("path"))
        .isEqualTo("spec.template.spec.containers[name=app].env[name=DEBUG]");
    assertThat(env.get("before").isNull()).isTrue();
    assertThat(env.getString("after")).isEqualTo("{name: DEBUG, value: \"1\"}");
    MappingNode renamed = changes.get(1).asMapping();
    assertThat(renamed.getString("action")).isEqualTo("renamed");
    assertThat(renamed.getString("renamedFrom")).isEqualTo("ConfigMap/default/app-config");
    assertThat(renamed.getSequence("diff").items()).isEmpty();
    MappingNode text = changes.get(0).asMapping().getSequence("diff").get(0).asMapping();
    assertThat(text.getString("path")).isEqualTo("data[\"app.conf\"]");
    assertThat(text.getString("before")).isEqualTo("\"a\\nb\\nc\\n\"");
    MappingNode summary = doc.getMapping("summary");
    assertThat(summary.getString("added")).isEqualTo("1");
    assertThat(summary.getString("removed")).isEqualTo("1");
    assertThat(summary.getString("changed")).isEqualTo("3");
    assertThat(summary.getString("renamed")).isEqualTo("1");
    assertThat(summary.getString("owners")).isEqualTo("3");
    MappingNode reach = doc.getSequence("reach").get(0).asMapping();
    assertThat(reach.getString("file")).isEqualTo("components/common/labels.yaml");
    assertThat(reach.getSequence("owners").items())
        .extracting(Node::toString)
        .containsExactly("Kustomization/flux-system/apps", "Kustomization/flux-system/infra");
    assertThat(doc.getSequence("notes").items())
        .extracting(Node::toString)
        .containsExactly("home: Kustomization/flux-system/db is failed in the head revision");
  }

  @Test
  void jsonWithoutChangesHasAnEmptyListAndNoReach() {
    MappingNode doc = json(print(DiffOutput.named("json", false, 0), new DiffReport(List.of())));
    assertThat(doc.getSequence("changes").items()).isEmpty();
    assertThat(doc.getMapping("summary").getString("owners")).isEqualTo("0");
    assertThat(doc.has("reach")).isFalse();
    assertThat(doc.has("notes")).isFalse();
  }

  @Test
  void noFormatPrintsSecretValuesOrSopsContent() {
    String secret =
        """
        apiVersion: v1
        kind: Secret
        metadata: {name: db, namespace: default}
        data: {password: %s}
        stringData:
          token: %s
          cert: |
            %s
            second line
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: sops, namespace: default}
        data: {key: "ENC[AES256_GCM,data:%s,type:str]"}
        sops: {mac: "ENC[AES256_GCM,data:%s,type:str]"}
        """;
    RenderResult base = render(secret.formatted("aHVudGVyMg==", "tok-1", "CERT-1", "c1", "m1"));
    RenderResult head = render(secret.formatted("Y29ycmVjdA==", "tok-2", "CERT-2", "c2", "m2"));
    DiffReport report = new DiffReport(ObjectDiff.compare(base, head));
    assertThat(report.changes()).hasSize(2);
    for (String format : DiffOutput.FORMATS) {
      String out = print(DiffOutput.named(format, false, 0), report);
      assertThat(out).as(format).contains("(secret value changed)");
      for (String value :
          List.of("aHVudGVy", "Y29ycmVj", "tok-", "CERT-", "second line", "ENC[", "c1", "m2")) {
        assertThat(out).as(format).doesNotContain(value);
      }
    }
  }

  private static RenderResult render(String yaml) {
    List<MappingNode> objects = new ArrayList<>();
    for (Node n : YamlReader.withDefaults().readDocuments(yaml, "secret.yaml")) {
      objects.add(n.asMapping());
    }
    KsResult ks =
        new KsResult(
            "home",
            APPS,
            "./apps",
            null,
            List.of(),
            KsStatus.RENDERED,
            "",
            objects,
            SourcePos.UNKNOWN,
            null,
            null,
            List.of());
    return new RenderResult(
        List.of(new ClusterResult("home", "clusters/home", List.of(ks), List.of(), List.of())),
        List.of());
  }

  @Test
  void unknownFormatsAreNull() {
    assertThat(DiffOutput.named("html", false, 0)).isNull();
    assertThat(DiffOutput.FORMATS).containsExactly("unified", "markdown", "json");
  }

  static MappingNode json(String text) {
    return YamlReader.withDefaults().readDocument(text, "out.json").asMapping();
  }

  static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
