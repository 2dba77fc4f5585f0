package dev.hops.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader takes what it can and gives up on the rest; whatever it takes comes out as
 * snakeyaml-engine's path builds it (see {@link Differential}), including on thousands of random
 * mutations of the documents below and of corpus documents.
 */
class FastReaderTest {

  private static final String FLUX =
      """
      ---
      # a Flux Kustomization as home-ops repositories write them
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: &app echo
        namespace: &ns default
        labels: &labels
          app.kubernetes.io/name: *app
          "quoted key": 'single ''q'''
      spec:
        <<: &common
          interval: 1h
          retryInterval: 2m # inline comment
        targetNamespace: *ns
        commonMetadata:
          labels: *labels
        dependsOn:
        - name: cert-manager
          namespace: cert-manager
        -   name: spaced
            namespace: out
        - {name: x, namespace: y}
        path: ./kubernetes/apps/echo
        postBuild:
          substitute:
            APP: *app
            EMPTY:
            NUM: 0644
            OCT: 0o17
            FLOAT: 1.5e3
            NULLISH: ~
            BOOL: yes
            TIME: 2001-12-14t21:59:43.10-05:00
            URL: http://example.com:8080/a#b
            "<<": not a merge
      """;

  private static final String SCALARS =
      """
      script: |
        #!/bin/sh
        echo "hello"

          indented
         \s
        # not a comment
      folded: >-
        a
        b

        c
          d
        e
      kept: |+
        keep


      strip: |-
        strip
      list: [a, "b", 'c', -1, a b]
      map: { drop: ["ALL"], keep: [], "q": 'v' }
      empty: {}
      escapes: "esc \\" \\\\ \\n \\t \\x41 \\u00e9 \\U0001F600 \\/ \\_ \\N \\0"
      unicode: café  # comment
      nbsp: a\u00a0b
      dash: -foo
      colons: a:b:c
      hash: a#b
      brackets: a[0]{x}
      key with spaces: value with spaces
      question: what?
      tilde: ~
      last:
      """;

  private static final String SEQUENCES =
      """
      - a
      - b: 1
        c:
        - x
        - y
        d: 2
      - &e {k: v}
      - *e
      - &s scalar
      - *s
      - >
        folded
        text
      - [*s, *e]
      - key: |
          block in a sequence
        other: value
      """;

  private static final String MERGES =
      """
      base: &b
        x: 1
        y: 2
      other: &o
        y: 3
        z: 4
      merged:
        <<: [*b, *o]
        x: 0
      single:
        z: 9
        <<: *b
      flowmerge: {<<: *o, w: 1}
      nested: &n
        inner: &i
          deep: [1, 2]
        again: *i
      copy: *n
      redefined: &b 5
      after: *b
      """;

  private static final String ENTRIES =
      """
      spec:
        patches:
          - # Add HelmRelease defaults to all Kustomizations
            patch: |-
              apiVersion: helm.toolkit.fluxcd.io/v2
              kind: HelmRelease
            target:
              kind: HelmRelease
          -
            - nested
            - sequence
          - &p
            k: v
          - *p
      """;

  private static final String[] SEEDS = {
    FLUX,
    SCALARS,
    SEQUENCES,
    MERGES,
    ENTRIES,
    "a: |\n  no final newline",
    "a: >\n  folded\n  no final newline\n\n",
    "  indented: root\n  second: 2\n",
    "- - nested\n- -\n  - x\n",
    "key:\n  # comment\n  - a\n# c\n  - b\n",
  };

  @Test
  void theSeedsTakeTheFastPathAndReadAsSnakeyamlDoes() {
    for (String seed : SEEDS) {
      Differential d = new Differential();
      d.compareFile(seed, "seed.yaml");
      assertThat(d.failures).isEmpty();
    }
    Differential d = new Differential();
    for (String seed : new String[] {FLUX, SCALARS, SEQUENCES, MERGES, ENTRIES}) {
      assertThat(d.comparePiece(seed, 0, "seed.yaml")).as(seed).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: !!str 1",
        "%YAML 1.2\n---\na: 1",
        "a: b\n  c",
        "a: 'multi\n  line'",
        "? complex\n: key",
        "a:\tb",
        "\uFEFFa: b",
        "a: |2\n   x",
        "a:\n  plain scalar\n",
        "a: *undefined",
        "a: &x [*x]",
        "a: b: c",
        "- a\nb: c",
        "a: [b,\n  c]",
        "a: \"b\" c",
        "a: 1\r\nb: 2",
        "---\n",
        "a: b\n...\n",
        "<<: 1",
      })
  void givesUpOnWhatItIsNotSureAbout(String text) {
    Differential d = new Differential();
    assertThat(d.comparePiece(text, 0, "x.yaml")).isFalse();
    d.compareFile(text, "x.yaml");
    assertThat(d.failures).isEmpty();
  }

  @Test
  void emptyDocumentsAreNull() {
    Differential d = new Differential();
    assertThat(d.comparePiece("# only a comment\n\n", 0, "x.yaml")).isTrue();
    assertThat(d.comparePiece("", 0, "x.yaml")).isTrue();
    assertThat(d.failures).isEmpty();
  }

  @Test
  void limitsAreSnakeyamlsAfterTheFastPath() {
    YamlLimits small = new YamlLimits(1000, 2, 5);
    String deep = "a:\n  b:\n    c: d\n";
    List<String> slow = new ArrayList<>();
    List<String> fast = new ArrayList<>();
    for (boolean fastPath : new boolean[] {true, false}) {
      TreeBuilder b = new TreeBuilder("x.yaml", small, fastPath);
      try {
        b.build(deep, 0);
        (fastPath ? fast : slow).add("ok");
      } catch (RuntimeException e) {
        (fastPath ? fast : slow).add(e.getMessage());
      }
    }
    assertThat(fast).isEqualTo(slow).doesNotContain("ok");
  }

  private static final String[] INSERTS = {
    " ",
    "  ",
    "\n",
    ":",
    ": ",
    "-",
    "- ",
    "#",
    " #",
    "'",
    "\"",
    "|",
    ">",
    "|-",
    ">-",
    "|+",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "*e",
    "<<: *b\n",
    "[",
    "]",
    "{",
    "}",
    ",",
    "? ",
    "!",
    "\t",
    "---",
    "...",
    "\\",
    "\\n",
    "''",
    "x",
    "\n  ",
    "\n- ",
    "%",
    "@",
    "é",
    "\r",
    "\n\n",
    "0",
    "~",
    "  - ",
    "\n#",
  };

  /** Random edits of the seeds and corpus documents; the fast path must never disagree. */
  @Test
  void mutantsReadAsSnakeyamlReadsThem() throws IOException {
    List<String> seeds = new ArrayList<>(List.of(SEEDS));
    seeds.addAll(corpusSamples(Integer.getInteger("hops.fuzz.samples", 60)));
    Random random = new Random(Long.getLong("hops.fuzz.seed", 20260806));
    Differential d = new Differential();
    for (int n = Integer.getInteger("hops.fuzz.mutants", 20_000); n > 0; n--) {
      String mutant = seeds.get(random.nextInt(seeds.size()));
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        mutant = mutate(mutant, random);
      }
      d.compareFile(mutant, "mutant.yaml");
      if (!d.failures.isEmpty()) {
        break;
      }
    }
    System.out.println("[fast path] mutants: " + d.summary());
    assertThat(d.failures).isEmpty();
    assertThat(d.fast).isGreaterThan(d.documents / 5);
  }

  private static String mutate(String s, Random random) {
    if (s.isEmpty()) {
      return INSERTS[random.nextInt(INSERTS.length)];
    }
    int at = random.nextInt(s.length() + 1);
    int lineStart = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    return switch (random.nextInt(6)) {
      case 0, 1 -> s.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + s.substring(at);
      case 2 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(3)));
      case 3 ->
          s.substring(0, lineStart) + " ".repeat(1 + random.nextInt(2)) + s.substring(lineStart);
      case 4 ->
          s.startsWith(" ", lineStart) ? s.substring(0, lineStart) + s.substring(lineStart + 1) : s;
      default -> {
        int lineEnd = s.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? s.length() : lineEnd + 1;
        yield s.substring(0, lineEnd) + s.substring(lineStart, lineEnd) + s.substring(lineEnd);
      }
    };
  }

  /** Some small documents of the corpus, when it is there. */
  private static List<String> corpusSamples(int count) throws IOException {
    Path repos = Path.of(System.getProperty("hops.corpus", "../shared/corpus"), "repos");
    if (!Files.isDirectory(repos)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(repos)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<String> samples = new ArrayList<>();
    Random random = new Random(7);
    for (int tries = 0; tries < count * 10 && samples.size() < count; tries++) {
      String text =
          Files.readString(files.get(random.nextInt(files.size())), StandardCharsets.UTF_8);
      if (text.length() < 3000) {
        samples.add(text);
      }
    }
    return samples;
  }
}
