package dev.hops.flux.internal.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.flux.internal.artifact.PathMatch.BadPattern;
import dev.hops.kustomize.MemoryTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Go pattern languages the builder relies on: path.Match (for {@code from}), doublestar v4
 * Match (for {@code exclude}), io/fs.Glob and filepath.Clean. Expectations follow the Go
 * documentation and the cases of Go's and doublestar's own tests.
 */
class GoGlobTest {

  @ParameterizedTest(name = "path.Match({0}, {1}) = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc | abc | true",
        "* | abc | true",
        "*c | abc | true",
        "a* | ab/c | false",
        "a*/b | abc/b | true",
        "a*/b | a/c/b | false",
        "** | a/b | false",
        "** | ab | true",
        "a*b*c*d*e*/f | axbxcxdxexxx/f | true",
        "ab[b-d] | abc | true",
        "ab[^c] | abc | false",
        "a?b | a☺b | true",
        "a???b | a☺b | false",
        "a\\*b | a*b | true",
        "a\\*b | ab | false",
        "[\\-] | - | true",
        "*.yaml | values.yaml | true",
        "*.yaml | values.yml | false",
      })
  void pathMatch(String pattern, String name, boolean expected) throws BadPattern {
    assertThat(PathMatch.match(pattern, name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "path.Match({0}) is malformed")
  @CsvSource({"[", "a[", "[^", "\\", "[]a]", "[-]", "*x[", "a*[^"})
  void pathMatchBadPatterns(String pattern) {
    assertThatThrownBy(() -> PathMatch.match(pattern, "a")).isInstanceOf(BadPattern.class);
  }

  @ParameterizedTest(name = "doublestar.Match({0}, {1}) = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "** | '' | true",
        "a/** | a | true",
        "a/** | a/b/c | true",
        "**/c | c | true",
        "**/c | a/b/c | true",
        "**/c | a/abc | false",
        "a/**/d | a/b/c/d | true",
        "a/**/b | a/b | true",
        "abc** | abc/b | false",
        "**/testdata/** | apps/testdata | true",
        "**/testdata/** | apps/x/testdata/y.yaml | true",
        "**/testdata/** | apps/testdata.yaml | false",
        "**/*.txt | abc/【test】.txt | true",
        "ab{c,d} | abc | true",
        "ab{c,d,*} | abcde | true",
        "a{,bc} | a | true",
        "{a/{b,c},abc} | a/c | true",
        "{a/{b,c},abc} | a/b/c | false",
        "[x-] | - | true",
        "[!a]b | cb | true",
        "[a-b-d] | - | true",
        "*.md | README.md | true",
        "*.md | docs/README.md | false",
        "subdir/** | subdir/file.yaml | true",
      })
  void doublestarMatch(String pattern, String name, boolean expected) throws BadPattern {
    assertThat(Doublestar.match(pattern, name)).isEqualTo(expected);
    assertThat(Doublestar.matchUnvalidated(pattern, name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "doublestar.Match({0}, \".\") is malformed")
  @CsvSource({"[", "a[", "[^bc", "ab{c,d}[", "{a", "a}", "\\", "[]a]"})
  void doublestarBadPatterns(String pattern) {
    assertThatThrownBy(() -> Doublestar.match(pattern, ".")).isInstanceOf(BadPattern.class);
    assertThat(Doublestar.matchUnvalidated(pattern, ".")).isFalse();
  }

  @ParameterizedTest(name = "filepath.Clean({0}) = {1}")
  @CsvSource({
    "'', .",
    "apps/, apps",
    "./apps//base/, apps/base",
    "apps/../base, base",
    "../x, ../x",
    "a/../../x, ../x",
    "/../x, /x",
    "., .",
  })
  void clean(String path, String expected) {
    assertThat(GoPath.clean(path)).isEqualTo(expected);
  }

  @Test
  void fsGlobIsOneLevelPerElementAndSorted() throws BadPattern {
    StagingTree fs =
        new StagingTree(
            "src",
            "src",
            new MemoryTree()
                .put("apps/b/x.yaml", "")
                .put("apps/a/y.yaml", "")
                .put("apps/a/deep/z.yaml", "")
                .put("apps/top.yaml", "")
                .put("Z.yaml", ""));
    assertThat(FsGlob.glob(fs, "apps/**")).containsExactly("apps/a", "apps/b", "apps/top.yaml");
    assertThat(FsGlob.glob(fs, "apps/**/*.yaml")).containsExactly("apps/a/y.yaml", "apps/b/x.yaml");
    assertThat(FsGlob.glob(fs, "*")).containsExactly("Z.yaml", "apps");
    assertThat(FsGlob.glob(fs, "./apps/*")).isEmpty(); // not an fs.ValidPath
    assertThat(FsGlob.glob(fs, "apps/*/")).isEmpty();
    assertThatThrownBy(() -> FsGlob.glob(fs, "apps/[")).isInstanceOf(BadPattern.class);
  }
}
