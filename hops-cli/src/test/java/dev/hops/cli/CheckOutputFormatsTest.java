package dev.hops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The machine-readable formats of {@code hops check}, parsed back: fields, locations relative to
 * the repository root, and the escaping of quotes, newlines, percent signs, commas and colons.
 */
class CheckOutputFormatsTest {

  /** A message with everything the formats must escape. */
  static final String NASTY = "say \"hi\" & <b>'x'</b>, 100% done: a,b\nsecond line\r\tend";

  static final String NASTY_FILE = "apps/my app,v1:50%.yaml";

  private static final Path ROOT = Path.of("/work/repo");

  private record TestRule(String id, Severity defaultSeverity, String summary, String explanation)
      implements Rule {
    @Override
    public void check(CheckContext context, Consumer<Finding> findings) {}
  }

  private static final Rule DIGEST =
      new TestRule("image-digest", Severity.WARNING, "images by digest", "Pin \"images\", 100%.");
  private static final Rule RENDERS =
      new TestRule("renders", Severity.ERROR, "everything renders", "Why it renders.");

  private static final List<Finding> FINDINGS =
      List.of(
          new Finding(
              "image-digest",
              Severity.WARNING,
              new SourcePos("clusters/" + NASTY_FILE, 10, 7),
              "Deployment/default/web",
              NASTY,
              "pin it: add @sha256"),
          new Finding(
              "image-digest",
              Severity.INFO,
              new SourcePos("clusters/apps/other.yaml", 3, 0),
              "Deployment/default/other",
              "noted",
              ""),
          new Finding(
              "renders", Severity.ERROR, SourcePos.UNKNOWN, "", "no file here", "fix the source"));

  /** Findings displayed relative to the working directory /work, the repository at /work/repo. */
  static CheckReport report(List<Finding> findings) {
    List<Finding> displayed = new ArrayList<>();
    for (Finding f : findings) {
      SourcePos p = f.pos();
      displayed.add(
          new Finding(
              f.rule(),
              f.severity(),
              p.isKnown() ? new SourcePos("repo/" + p.file(), p.line(), p.column()) : p,
              f.object(),
              f.message(),
              f.hint()));
    }
    return new CheckReport(
        displayed,
        List.of(RENDERS, DIGEST),
        r -> r == DIGEST ? Severity.ERROR : r.defaultSeverity(),
        new RepoPaths(ROOT, Path.of("/work")),
        "1.2.3");
  }

  static String print(CheckOutput output, CheckReport report) {
    StringWriter sw = new StringWriter();
    try (PrintWriter pw = new PrintWriter(sw)) {
      output.print(pw, report);
    }
    return sw.toString();
  }

  // --- SARIF

  @Test
  void sarifHasTheToolTheRulesAndOneResultPerFinding() {
    MappingNode doc = json(print(new SarifCheckOutput(), report(FINDINGS)));
    assertThat(doc.getString("version")).isEqualTo("2.1.0");
    assertThat(doc.getString("$schema")).isEqualTo(SarifCheckOutput.SCHEMA);
    MappingNode run = doc.getSequence("runs").get(0).asMapping();
    MappingNode driver = run.getMapping("tool").getMapping("driver");
    assertThat(driver.getString("name")).isEqualTo("hops");
    assertThat(driver.getString("version")).isEqualTo("1.2.3");
    List<Node> rules = driver.getSequence("rules").items();
    assertThat(rules).hasSize(2);
    MappingNode digest = rules.get(1).asMapping();
    assertThat(digest.getString("id")).isEqualTo("image-digest");
    assertThat(digest.getMapping("shortDescription").getString("text"))
        .isEqualTo("images by digest");
    assertThat(digest.getMapping("fullDescription").getString("text"))
        .isEqualTo("Pin \"images\", 100%.");
    // the configured severity, not the rule's default
    assertThat(digest.getMapping("defaultConfiguration").getString("level")).isEqualTo("error");

    List<Node> results = run.getSequence("results").items();
    assertThat(results).hasSize(3);
    MappingNode first = results.get(0).asMapping();
    assertThat(first.getString("ruleId")).isEqualTo("image-digest");
    assertThat(first.getString("ruleIndex")).isEqualTo("1");
    assertThat(first.getString("level")).isEqualTo("warning");
    assertThat(first.getMapping("message").getString("text"))
        .isEqualTo("Deployment/default/web: " + NASTY + "\nHint: pin it: add @sha256");
    MappingNode physical =
        first.getSequence("locations").get(0).asMapping().getMapping("physicalLocation");
    MappingNode artifact = physical.getMapping("artifactLocation");
    assertThat(artifact.getString("uriBaseId")).isEqualTo("%SRCROOT%");
    assertThat(URI.create(artifact.getString("uri")).getScheme()).isNull();
    assertThat(URI.create(artifact.getString("uri")).getPath()).isEqualTo("clusters/" + NASTY_FILE);
    assertThat(physical.getMapping("region").getString("startLine")).isEqualTo("10");
    assertThat(physical.getMapping("region").getString("startColumn")).isEqualTo("7");

    MappingNode info = results.get(1).asMapping();
    assertThat(info.getString("level")).isEqualTo("note");
    MappingNode region =
        info.getSequence("locations").get(0).asMapping().getMapping("physicalLocation");
    assertThat(region.getMapping("region").has("startColumn")).isFalse();

    MappingNode noFile = results.get(2).asMapping();
    assertThat(noFile.getString("level")).isEqualTo("error");
    assertThat(noFile.has("locations")).isFalse();
  }

  @Test
  void sarifUrisAreRelativeReferencesEvenWithAColonInTheFirstSegment() {
    assertThat(SarifCheckOutput.uri("a:b/c d.yaml")).isEqualTo("a%3Ab/c%20d.yaml");
    assertThat(URI.create(SarifCheckOutput.uri("a:b/c d.yaml")).getPath())
        .isEqualTo("a:b/c d.yaml");
  }

  // --- JUnit

  @Test
  void junitHasOneSuitePerFileAndFailuresForErrorsAndWarnings() throws Exception {
    String xml = print(new JunitCheckOutput(), report(FINDINGS));
    Element root = xml(xml).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    List<Element> suites = children(root, "testsuite");
    assertThat(suites)
        .extracting(s -> s.getAttribute("name"))
        .containsExactly("clusters/" + NASTY_FILE, "clusters/apps/other.yaml", "(no file)");

    Element nasty = children(suites.get(0), "testcase").getFirst();
    assertThat(nasty.getAttribute("name")).isEqualTo("image-digest Deployment/default/web line 10");
    assertThat(nasty.getAttribute("classname")).isEqualTo("clusters/" + NASTY_FILE);
    assertThat(nasty.getAttribute("file")).isEqualTo("clusters/" + NASTY_FILE);
    assertThat(nasty.getAttribute("line")).isEqualTo("10");
    Element failure = children(nasty, "failure").getFirst();
    assertThat(failure.getAttribute("type")).isEqualTo("warning");
    // attribute values keep their line breaks and tabs, text its carriage return
    assertThat(failure.getAttribute("message")).isEqualTo("Deployment/default/web: " + NASTY);
    assertThat(failure.getTextContent())
        .isEqualTo(
            "repo/clusters/"
                + NASTY_FILE
                + ":10:7: warning image-digest\nDeployment/default/web: "
                + NASTY
                + "\nhint: pin it: add @sha256");

    Element info = children(suites.get(1), "testcase").getFirst();
    assertThat(children(info, "failure")).isEmpty();
    assertThat(children(info, "system-out").getFirst().getTextContent()).contains("noted");

    Element noFile = children(suites.get(2), "testcase").getFirst();
    assertThat(noFile.hasAttribute("file")).isFalse();
    assertThat(children(noFile, "failure").getFirst().getAttribute("type")).isEqualTo("error");
  }

  @Test
  void junitWithoutFindingsIsOnePassedTest() throws Exception {
    Element root = xml(print(new JunitCheckOutput(), report(List.of()))).getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("1");
    assertThat(root.getAttribute("failures")).isEqualTo("0");
    assertThat(root.getElementsByTagName("testcase").getLength()).isEqualTo(1);
  }

  @Test
  void xmlReplacesCharactersXmlCannotHold() throws Exception {
    String s = "a\u0001b\uD800c\uD83D\uDE00";
    assertThat(Xml.text(s)).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
    Document d = xml("<x a=\"" + Xml.attr(s) + "\">" + Xml.text(s) + "</x>");
    assertThat(d.getDocumentElement().getAttribute("a")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
  }

  // --- GitHub

  @Test
  void githubPrintsOneEscapedCommandPerFinding() {
    String out = print(new GithubCheckOutput(), report(FINDINGS));
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(3)).isEqualTo("hops check: 1 error, 1 warning, 1 info");
    for (String line : lines.subList(0, 3)) {
      // a command is one line: no raw line break or carriage return survives
      assertThat(line).startsWith("::").doesNotContain("\r");
    }

    Command first = Command.parse(lines.get(0));
    assertThat(first.level()).isEqualTo("warning");
    assertThat(first.properties())
        .containsExactly(
            Map.entry("file", "clusters/" + NASTY_FILE),
            Map.entry("line", "10"),
            Map.entry("col", "7"),
            Map.entry("title", "image-digest"));
    assertThat(first.message())
        .isEqualTo("Deployment/default/web: " + NASTY + "\nhint: pin it: add @sha256");
    assertThat(lines.get(0)).contains("file=clusters/apps/my app%2Cv1%3A50%25.yaml,");

    Command info = Command.parse(lines.get(1));
    assertThat(info.level()).isEqualTo("notice");
    assertThat(info.properties()).doesNotContainKey("col").containsEntry("line", "3");

    Command noFile = Command.parse(lines.get(2));
    assertThat(noFile.level()).isEqualTo("error");
    assertThat(noFile.properties()).containsOnlyKeys("title");
    assertThat(lines.get(2))
        .isEqualTo("::error title=renders::no file here%0Ahint: fix the source");
  }

  /** A workflow command read back as the runner reads it. */
  record Command(String level, Map<String, String> properties, String message) {
    static Command parse(String line) {
      assertThat(line).startsWith("::");
      int end = line.indexOf("::", 2);
      String head = line.substring(2, end);
      int space = head.indexOf(' ');
      Map<String, String> props = new LinkedHashMap<>();
      if (space > 0) {
        for (String p : head.substring(space + 1).split(",")) {
          int eq = p.indexOf('=');
          props.put(p.substring(0, eq), unescape(p.substring(eq + 1)));
        }
      }
      return new Command(
          space > 0 ? head.substring(0, space) : head, props, unescape(line.substring(end + 2)));
    }

    private static String unescape(String s) {
      return s.replace("%0D", "\r")
          .replace("%0A", "\n")
          .replace("%3A", ":")
          .replace("%2C", ",")
          .replace("%25", "%");
    }
  }

  // --- repository paths

  @Test
  void pathsAreRelativeToTheRepositoryRootWhateverTheWorkingDirectory() {
    RepoPaths paths = new RepoPaths(ROOT, Path.of("/work/repo/clusters"));
    assertThat(paths.relative("apps/a.yaml")).isEqualTo("clusters/apps/a.yaml");
    assertThat(paths.relative("/work/repo/b.yaml")).isEqualTo("b.yaml");
    assertThat(paths.relative("../../elsewhere/c.yaml")).isNull();
    assertThat(paths.relative("")).isNull();
  }

  // --- helpers

  static MappingNode json(String text) {
    return YamlReader.withDefaults().readDocument(text, "out.json").asMapping();
  }

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }
}
