package dev.hops.flux.internal.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** go-git v5.16.4 {@code plumbing/format/gitignore/matcher_test.go}, and the priority order. */
class GitIgnoreTest {

  @Test
  void matcherMatch() {
    GitIgnore m =
        new GitIgnore(
            List.of(
                IgnorePattern.parse("**/middle/v[uo]l?ano", null),
                IgnorePattern.parse("!volcano", null)));
    assertThat(m.match(List.of("head", "middle", "vulkano"), false)).isTrue();
    assertThat(m.match(List.of("head", "middle", "volcano"), false)).isFalse();
  }

  @Test
  void lastMatchingPatternDecides() {
    GitIgnore m =
        new GitIgnore(
            List.of(
                IgnorePattern.parse("*.yaml", List.of()),
                IgnorePattern.parse("!keep.yaml", List.of()),
                IgnorePattern.parse("sub/keep.yaml", List.of())));
    assertThat(m.match(List.of("a.yaml"), false)).isTrue();
    assertThat(m.match(List.of("keep.yaml"), false)).isFalse();
    assertThat(m.match(List.of("sub", "keep.yaml"), false)).isTrue();
    assertThat(m.match(List.of("a.yml"), false)).isFalse();
  }

  @Test
  void reinclusionBelowAnExcludedFolderMatches() {
    // Unlike git, nothing stops a '!' from reaching into an excluded folder: each path is
    // matched on its own.
    GitIgnore m =
        new GitIgnore(
            List.of(
                IgnorePattern.parse("/apps/", List.of()),
                IgnorePattern.parse("!/apps/prod/", List.of())));
    assertThat(m.match(List.of("apps"), true)).isTrue();
    assertThat(m.match(List.of("apps", "dev", "a.yaml"), false)).isTrue();
    assertThat(m.match(List.of("apps", "prod"), true)).isFalse();
    assertThat(m.match(List.of("apps", "prod", "a.yaml"), false)).isFalse();
  }

  @Test
  void mayReincludeBelow() {
    GitIgnore m =
        new GitIgnore(
            List.of(
                IgnorePattern.parse("/*", List.of()),
                IgnorePattern.parse("!/deploy/", List.of()),
                IgnorePattern.parse("!x.yaml", List.of("other"))));
    assertThat(m.mayReincludeBelow(SourceIgnore.elements(".git"))).isFalse();
    assertThat(m.mayReincludeBelow(SourceIgnore.elements("deploy"))).isTrue();
    assertThat(m.mayReincludeBelow(SourceIgnore.elements("deploy/a"))).isTrue();
    assertThat(m.mayReincludeBelow(SourceIgnore.elements("other"))).isTrue();
    assertThat(m.mayReincludeBelow(SourceIgnore.elements("other/sub"))).isTrue();
    assertThat(m.mayReincludeBelow(SourceIgnore.elements("apps"))).isFalse();
    assertThat(
            new GitIgnore(List.of(IgnorePattern.parse("!**/keep", List.of())))
                .mayReincludeBelow(SourceIgnore.elements(".git")))
        .isTrue();
  }
}
