package dev.hops.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Go-value side of {@link KustomizeYaml}: toGoValue, toJson, fromGoValue, toYaml(Object). */
class KustomizeYamlApiTest {

  private static Node read(String yaml) {
    return YamlReader.withDefaults().readDocument(yaml, "t.yaml");
  }

  /**
   * kustomize names a generated ConfigMap after the sha256 of {@code json.Marshal} of {@code
   * {"data":...,"kind":"ConfigMap","name":""}}: the names below, recorded with kubectl kustomize
   * v5.5.0 ({@code configMapGenerator} with one file holding the content), check Go's string
   * escaping ({@code <>&}, {@code \b}, {@code \f}, U+2028, control characters) and key order.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          html  | <a href='x'>&amp;</a>           | html-km7khcm852
          ctrl  | a\\bb\\fc\\u0001d\\u001fe       | ctrl-tdkmhcc55c
          ls    | a\\u2028b\\u2029c               | ls-68t42km2bh
          uni   | café 日本 \\ud83d\\ude00         | uni-6k5h94c7d2
          nl    | line1\\nline2\\r\\n\\ttab\\n      | nl-hk7t87ff67
          quote | say "hi" \\\\ back               | quote-8d52h7mggb
          nel   | a\\u0085b                        | nel-6bcd28b5ff
          """)
  void toJsonEscapesStringsAsGo(String key, String escapedContent, String generatedName)
      throws Exception {
    String content = unescape(escapedContent.strip());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(key, content);
    assertThat(key + "-" + configMapHash(data)).isEqualTo(generatedName);

    // the same through a node tree, as kustomize's hasher does (data node -> JSON)
    Node dataNode = KustomizeYaml.fromGoValue(data);
    assertThat(KustomizeYaml.toJson(dataNode)).isEqualTo(KustomizeYaml.toJson(data));
  }

  /** Literals B=1 a=2 _=3 -=4 .=5 a10=7 a9=8 Z=9 gave order-bh798cgfbm (kubectl kustomize). */
  @Test
  void toJsonSortsKeysByBytes() throws Exception {
    Node data = read("B: '1'\na: '2'\n_: '3'\n'-': '4'\n.: '5'\na10: '7'\na9: '8'\nZ: '9'\n");
    assertThat(KustomizeYaml.toJson(data))
        .isEqualTo(
            "{\"-\":\"4\",\".\":\"5\",\"B\":\"1\",\"Z\":\"9\",\"_\":\"3\",\"a\":\"2\",\"a10\":\"7\","
                + "\"a9\":\"8\"}");
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) KustomizeYaml.toGoValue(data);
    assertThat("order-" + configMapHash(value)).isEqualTo("order-bh798cgfbm");
  }

  private static String configMapHash(Map<String, Object> data) throws NoSuchAlgorithmException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("data", data);
    m.put("kind", "ConfigMap");
    m.put("name", "");
    byte[] sum =
        MessageDigest.getInstance("SHA-256")
            .digest(KustomizeYaml.toJson(m).getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder();
    for (char c : HexFormat.of().formatHex(sum).substring(0, 10).toCharArray()) {
      sb.append(
          switch (c) {
            case '0' -> 'g';
            case '1' -> 'h';
            case '3' -> 'k';
            case 'a' -> 'm';
            case 'e' -> 't';
            default -> c;
          });
    }
    return sb.toString();
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }

  /**
   * Numbers as Go's encoding/json writes float64 and int64 ({@code strconv.FormatFloat(f, 'f', -1,
   * 64)} between 1e-6 and 1e21, {@code 'e'} outside with e-07 cleaned to e-7).
   */
  @ParameterizedTest
  @CsvSource({
    "1, 1",
    "-7, -7",
    "0644, 420",
    "0x1F, 31",
    "18446744073709551615, 18446744073709551615",
    "1.0, 1",
    "1.5, 1.5",
    "-0.0, -0",
    "1e21, 1e+21",
    "1e20, 100000000000000000000",
    "1e-7, 1e-7",
    "0.000001, 0.000001",
    "123456789.0, 123456789",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "5e-324, 5e-324",
    "0.1, 0.1",
    "true, true",
    "~, null",
    "'yes', \"yes\""
  })
  void toJsonNumbersAndScalars(String yaml, String json) {
    assertThat(KustomizeYaml.toJson(read("v: " + yaml + "\n"))).isEqualTo("{\"v\":" + json + "}");
  }

  @Test
  void toGoValueGivesJavaViewsOfGoValues() {
    Node doc =
        read(
            """
            b: 1
            a: 18446744073709551615
            c: 1.0
            d: yes
            e: ~
            f: 2001-12-14
            g: !!binary aGVsbG8=
            h: 0x1F
            i: [x, {z: 1, y: 2}]
            "\\uE000": private use
            "\\U0001F600": emoji
            B: upper
            1: int key at the top
            """);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) KustomizeYaml.toGoValue(doc);
    assertThat(m.keySet())
        .containsExactly("1", "B", "a", "b", "c", "d", "e", "f", "g", "h", "i", "\uE000", "😀");
    assertThat(m.get("b")).isEqualTo(1L);
    assertThat(m.get("a")).isEqualTo(new BigInteger("18446744073709551615"));
    assertThat(m.get("c")).isEqualTo(1.0);
    assertThat(m.get("d")).isEqualTo("yes");
    assertThat(m.get("e")).isNull();
    assertThat(m).containsKey("e");
    assertThat(m.get("f")).isEqualTo("2001-12-14T00:00:00Z");
    assertThat(m.get("g")).isEqualTo("hello");
    assertThat(m.get("h")).isEqualTo(31L);
    assertThat(m.get("i")).isInstanceOf(ArrayList.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> nested = (Map<String, Object>) ((List<Object>) m.get("i")).get(1);
    assertThat(nested.keySet()).containsExactly("y", "z");
  }

  @Test
  void toGoValueFailsWhereGoFails() {
    assertThatThrownBy(() -> KustomizeYaml.toGoValue(read("a: 1\nb: 2\na: 3\n")))
        .isInstanceOf(YamlException.class)
        .hasMessage("t.yaml:3:1: mapping key \"a\" already defined at line 1");
    assertThatThrownBy(() -> KustomizeYaml.toJson(read("a:\n  1: x\n")))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("json: unsupported type");
    assertThatThrownBy(() -> KustomizeYaml.toJson(read("a: .nan\n")))
        .hasMessageContaining("json: unsupported value: NaN");
  }

  @Test
  void fromGoValueBuildsNodesAsYamlV3Encodes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "plain");
    m.put("q", "0644");
    m.put("y", "yes");
    m.put("t", "12:30");
    m.put("ml", "a\nb");
    m.put("i", 3L);
    m.put("u", new BigInteger("18446744073709551615"));
    m.put("f", 1.0);
    m.put("b", true);
    m.put("n", null);
    m.put("l", List.of("x"));
    MappingNode node = (MappingNode) KustomizeYaml.fromGoValue(m);
    assertThat(node.keys()).containsExactly("s", "q", "y", "t", "ml", "i", "u", "f", "b", "n", "l");
    assertScalar(node.get("s"), "plain", Tags.STR, ScalarStyle.PLAIN);
    assertScalar(node.get("q"), "0644", Tags.STR, ScalarStyle.DOUBLE_QUOTED);
    assertScalar(node.get("y"), "yes", Tags.STR, ScalarStyle.DOUBLE_QUOTED);
    assertScalar(node.get("t"), "12:30", Tags.STR, ScalarStyle.DOUBLE_QUOTED);
    assertScalar(node.get("ml"), "a\nb", Tags.STR, ScalarStyle.LITERAL);
    assertScalar(node.get("i"), "3", Tags.INT, ScalarStyle.PLAIN);
    assertScalar(node.get("u"), "18446744073709551615", Tags.INT, ScalarStyle.PLAIN);
    assertScalar(node.get("f"), "1", Tags.FLOAT, ScalarStyle.PLAIN);
    assertScalar(node.get("b"), "true", Tags.BOOL, ScalarStyle.PLAIN);
    assertScalar(node.get("n"), "null", Tags.NULL, ScalarStyle.PLAIN);
    assertThat(node.get("l")).isInstanceOf(SequenceNode.class);
    assertThat(KustomizeYaml.toGoValue(node)).isEqualTo(sortedCopy(m));
  }

  private static Map<String, Object> sortedCopy(Map<String, Object> m) {
    Map<String, Object> sorted = new LinkedHashMap<>();
    m.keySet().stream().sorted().forEach(k -> sorted.put(k, m.get(k)));
    return sorted;
  }

  private static void assertScalar(Node n, String value, String tag, ScalarStyle style) {
    ScalarNode s = (ScalarNode) n;
    assertThat(s.value()).isEqualTo(value);
    assertThat(s.tag()).isEqualTo(tag);
    assertThat(s.style()).isEqualTo(style);
  }

  @Test
  void toYamlJoinsDocumentsAsKustomizeDoes() {
    Node a = read("kind: A\n");
    Node b = read("kind: B\n");
    assertThat(KustomizeYaml.toYaml(List.of(a, b))).isEqualTo("kind: A\n---\nkind: B\n");
    assertThat(KustomizeYaml.toYaml(List.<Node>of())).isEmpty();
  }

  /**
   * Every corpus document gives the same YAML through its Go value, through a node tree rebuilt
   * from that value, and directly; and toJson agrees with the Go value.
   */
  @Test
  void goValuePathsAgreeOnTheCorpus() throws IOException {
    Path dir = CorpusRoundTripTest.goldenDir();
    assumeTrue(Files.isDirectory(dir), "corpus not found at " + dir + " (set -Dhops.corpus)");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    int docs = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Node doc : YamlReader.withDefaults().readDocuments(text, file.toString())) {
        String yaml = KustomizeYaml.toYaml(doc);
        Object value = KustomizeYaml.toGoValue(doc);
        assertThat(KustomizeYaml.toYaml(value)).as(file.toString()).isEqualTo(yaml);
        assertThat(KustomizeYaml.toYaml(KustomizeYaml.fromGoValue(value)))
            .as(file.toString())
            .isEqualTo(yaml);
        assertThat(KustomizeYaml.toJson(doc)).isEqualTo(KustomizeYaml.toJson(value));
        docs++;
      }
    }
    assertThat(docs).isGreaterThan(1000);
  }
}
