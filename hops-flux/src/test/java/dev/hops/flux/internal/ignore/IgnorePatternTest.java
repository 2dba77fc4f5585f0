package dev.hops.flux.internal.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * go-git v5.16.4 {@code plumbing/format/gitignore/pattern_test.go} (identical to fluxcd/pkg {@code
 * sourceignore/gitignore/pattern_test.go}): test name | pattern | domain | path | isDir | result.
 */
class IgnorePatternTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      SimpleMatch_inclusion | !vul?ano |  | value/vulkano/tail | false | INCLUDE
      Match_domainLonger_mismatch | value | head/middle/tail | head/middle | false | NO_MATCH
      Match_domainSameLength_mismatch | value | head/middle/tail | head/middle/tail | false | NO_MATCH
      Match_domainMismatch_mismatch | value | head/middle/tail | head/middle/_tail_/value | false | NO_MATCH
      SimpleMatch_withDomain | middle/ | value/volcano | value/volcano/middle/tail | false | EXCLUDE
      SimpleMatch_onlyMatchInDomain_mismatch | volcano/ | value/volcano | value/volcano/tail | true | NO_MATCH
      SimpleMatch_atStart | value |  | value/tail | false | EXCLUDE
      SimpleMatch_inTheMiddle | value |  | head/value/tail | false | EXCLUDE
      SimpleMatch_atEnd | value |  | head/value | false | EXCLUDE
      SimpleMatch_atStart_dirWanted | value/ |  | value/tail | false | EXCLUDE
      SimpleMatch_inTheMiddle_dirWanted | value/ |  | head/value/tail | false | EXCLUDE
      SimpleMatch_atEnd_dirWanted | value/ |  | head/value | true | EXCLUDE
      SimpleMatch_atEnd_dirWanted_notADir_mismatch | value/ |  | head/value | false | NO_MATCH
      SimpleMatch_mismatch | value |  | head/val/tail | false | NO_MATCH
      SimpleMatch_valueLonger_mismatch | val |  | head/value/tail | false | NO_MATCH
      SimpleMatch_withAsterisk | v*o |  | value/vulkano/tail | false | EXCLUDE
      SimpleMatch_withQuestionMark | vul?ano |  | value/vulkano/tail | false | EXCLUDE
      SimpleMatch_magicChars | v[ou]l[kc]ano |  | value/volcano | false | EXCLUDE
      SimpleMatch_wrongPattern_mismatch | v[ou]l[ |  | value/vol[ | false | NO_MATCH
      GlobMatch_fromRootWithSlash | /value/vul?ano |  | value/vulkano/tail | false | EXCLUDE
      GlobMatch_withDomain | middle/tail/ | value/volcano | value/volcano/middle/tail | true | EXCLUDE
      GlobMatch_onlyMatchInDomain_mismatch | volcano/tail | value/volcano | value/volcano/tail | false | NO_MATCH
      GlobMatch_fromRootWithoutSlash | value/vul?ano |  | value/vulkano/tail | false | EXCLUDE
      GlobMatch_fromRoot_mismatch | value/vulkano |  | value/volcano | false | NO_MATCH
      GlobMatch_fromRoot_tooShort_mismatch | value/vul?ano |  | value | false | NO_MATCH
      GlobMatch_fromRoot_notAtRoot_mismatch | /value/volcano |  | value/value/volcano | false | NO_MATCH
      GlobMatch_leadingAsterisks_atStart | **/*lue/vol?ano |  | value/volcano/tail | false | EXCLUDE
      GlobMatch_leadingAsterisks_notAtStart | **/*lue/vol?ano |  | head/value/volcano/tail | false | EXCLUDE
      GlobMatch_leadingAsterisks_mismatch | **/*lue/vol?ano |  | head/value/Volcano/tail | false | NO_MATCH
      GlobMatch_leadingAsterisks_isDir | **/*lue/vol?ano/ |  | head/value/volcano/tail | false | EXCLUDE
      GlobMatch_leadingAsterisks_isDirAtEnd | **/*lue/vol?ano/ |  | head/value/volcano | true | EXCLUDE
      GlobMatch_leadingAsterisks_isDir_mismatch | **/*lue/vol?ano/ |  | head/value/Colcano | true | NO_MATCH
      GlobMatch_leadingAsterisks_isDirNoDirAtEnd_mismatch | **/*lue/vol?ano/ |  | head/value/volcano | false | NO_MATCH
      GlobMatch_tailingAsterisks | /*lue/vol?ano/** |  | value/volcano/tail/moretail | false | EXCLUDE
      GlobMatch_tailingAsterisks_exactMatch | /*lue/vol?ano/** |  | value/volcano | false | EXCLUDE
      GlobMatch_middleAsterisks_emptyMatch | /*lue/**/vol?ano |  | value/volcano | false | EXCLUDE
      GlobMatch_middleAsterisks_oneMatch | /*lue/**/vol?ano |  | value/middle/volcano | false | EXCLUDE
      GlobMatch_middleAsterisks_multiMatch | /*lue/**/vol?ano |  | value/middle1/middle2/volcano | false | EXCLUDE
      GlobMatch_middleAsterisks_isDir_trailing | /*lue/**/vol?ano/ |  | value/middle1/middle2/volcano | true | EXCLUDE
      GlobMatch_middleAsterisks_isDir_trailing_mismatch | /*lue/**/vol?ano/ |  | value/middle1/middle2/volcano | false | NO_MATCH
      GlobMatch_middleAsterisks_isDir | /*lue/**/vol?ano/ |  | value/middle1/middle2/volcano/tail | false | EXCLUDE
      GlobMatch_wrongDoubleAsterisk_mismatch | /*lue/**foo/vol?ano |  | value/foo/volcano/tail | false | NO_MATCH
      GlobMatch_magicChars | **/head/v[ou]l[kc]ano |  | value/head/volcano | false | EXCLUDE
      GlobMatch_wrongPattern_noTraversal_mismatch | **/head/v[ou]l[ |  | value/head/vol[ | false | NO_MATCH
      GlobMatch_wrongPattern_onTraversal_mismatch | /value/**/v[ou]l[ |  | value/head/vol[ | false | NO_MATCH
      GlobMatch_issue_923 | **/android/**/GeneratedPluginRegistrant.java |  | packages/flutter_tools/lib/src/android/gradle.dart | false | NO_MATCH
          """)
  void goGitTable(
      String name, String pattern, String domain, String path, boolean isDir, String result) {
    IgnorePattern p = IgnorePattern.parse(pattern, split(domain));
    assertThat(p.match(split(path), isDir)).isEqualTo(IgnorePattern.Result.valueOf(result));
  }

  /**
   * Behaviour of this (v5.16.4) matcher that differs from git and from go-git's later wildmatch
   * rewrite; Flux runs this one: pattern | domain | path | isDir | result.
   */
  @ParameterizedTest(name = "{0} on {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      foo/**        |     | foo               | true  | EXCLUDE
      foo/**        |     | foo               | false | EXCLUDE
      foo/**        |     | foo/a/b           | false | EXCLUDE
      a/b           |     | a/b/c/d           | false | EXCLUDE
      a/b           |     | x/a/b             | false | NO_MATCH
      **/b          |     | x/y/b/c           | false | EXCLUDE
      a/**/b        |     | a/b               | false | EXCLUDE
      a/**/b        |     | a/x/y             | false | NO_MATCH
      **            |     | any/thing         | false | EXCLUDE
      **/           |     | dir               | false | NO_MATCH
      **/           |     | dir/file          | false | EXCLUDE
      a/**b         |     | a/xb              | false | NO_MATCH
      /             |     | x                 | true  | NO_MATCH
      !             |     | x                 | false | NO_MATCH
      'foo  '       |     | foo               | false | EXCLUDE
      'foo\\ '    |     | 'foo '            | false | EXCLUDE
      \\!imp      |     | !imp              | false | EXCLUDE
      \\#c        |     | #c                | false | EXCLUDE
      '   x'        |     | x                 | false | NO_MATCH
      *.yaml        | app | app/a.yaml        | false | EXCLUDE
      *.yaml        | app | b.yaml            | false | NO_MATCH
      /a.yaml       | app | app/a.yaml        | false | EXCLUDE
      /a.yaml       | app | app/sub/a.yaml    | false | NO_MATCH
      *.yaml        | app | app               | true  | NO_MATCH
      *??           |     | €                 | false | EXCLUDE
      ??            |     | €                 | false | NO_MATCH
      [a-             |     | a               | false | NO_MATCH
          """)
  void fluxMatcherSpecifics(
      String pattern, String domain, String path, boolean isDir, String result) {
    IgnorePattern p = IgnorePattern.parse(pattern, split(domain));
    assertThat(p.match(split(path), isDir)).isEqualTo(IgnorePattern.Result.valueOf(result));
  }

  static List<String> split(String path) {
    return path == null || path.isEmpty() ? List.of() : List.of(path.split("/"));
  }
}
