package dev.hops.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.kustomize.MemoryTree;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What .hops.yaml and annotations do to findings: severities, off, ignores, suppressions. */
class CheckerSettingsTest {

  private static final String INGRESS =
      """
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: web
        namespace: default
      %s""";

  private static MemoryTree repo(String annotations) {
    return new MemoryTree()
        .put(CheckTesting.SYNC_FILE, CheckTesting.SYNC)
        .put("clusters/home/legacy/ingress.yaml", INGRESS.formatted(annotations));
  }

  /** The findings about the Ingress (the other rules have their own tests). */
  private static List<Finding> check(MemoryTree tree, String config) {
    CheckSettings settings =
        new CheckSettings(CheckConfig.parse(config, ".hops.yaml"), null, List.of());
    return CheckTesting.check(Checker.builder().settings(settings).build(), tree).stream()
        .filter(f -> f.object().startsWith("Ingress/"))
        .toList();
  }

  @Test
  void aConfiguredSeverityReplacesTheDefault() {
    assertThat(check(repo(""), "rules: {no-ingress: error}"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(check(repo(""), ""))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aRuleTurnedOffDoesNotRun() {
    assertThat(check(repo(""), "rules:\n  no-ingress: off\n")).isEmpty();
  }

  @Test
  void ignoredPathsDropTheirFindings() {
    assertThat(check(repo(""), "ignore:\n  - paths: [clusters/home/legacy/]\n")).isEmpty();
    assertThat(
            check(repo(""), "ignore:\n  - paths: ['**/ingress.yaml']\n    rules: [no-ingress]\n"))
        .isEmpty();
    assertThat(
            check(repo(""), "ignore:\n  - paths: ['**/ingress.yaml']\n    rules: [image-digest]\n"))
        .hasSize(1);
    assertThat(check(repo(""), "ignore:\n  - paths: [clusters/other]\n")).hasSize(1);
  }

  @Test
  void theIgnoreAnnotationSuppressesTheListedRulesOnItsObject() {
    String ann = "  annotations:\n    hops.dev/ignore: memory-limit, no-ingress\n";
    assertThat(check(repo(ann), "")).isEmpty();
    assertThat(check(repo("  annotations:\n    hops.dev/ignore: all\n"), "")).isEmpty();
    assertThat(check(repo("  annotations:\n    hops.dev/ignore: image-digest\n"), "")).hasSize(1);
  }

  @Test
  void configurationErrorsNameTheFileAndLine() {
    assertThatThrownBy(() -> check(repo(""), "rules:\n  no-such-rule: error\n"))
        .isInstanceOf(CheckConfigException.class)
        .hasMessageContaining(".hops.yaml:2:3")
        .hasMessageContaining("unknown rule 'no-such-rule'");
    assertThatThrownBy(() -> check(repo(""), "rules:\n  no-ingress: loud\n"))
        .hasMessageContaining(".hops.yaml:2:15")
        .hasMessageContaining("severity 'loud' is not one of error, warning, info, off");
    assertThatThrownBy(() -> check(repo(""), "rulez: {}\n"))
        .hasMessageContaining(".hops.yaml:1:1")
        .hasMessageContaining("unknown field 'rulez'");
    assertThatThrownBy(() -> check(repo(""), "ignore:\n  - rules: [no-ingress]\n"))
        .hasMessageContaining(".hops.yaml:2:5")
        .hasMessageContaining("ignore entry without paths");
  }

  @Test
  void findingsNeverShowSecretValuesOrSopsCiphertext() {
    MemoryTree tree =
        new MemoryTree()
            .put(CheckTesting.SYNC_FILE, CheckTesting.SYNC)
            .put(
                "clusters/home/secret.yaml",
                """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                  namespace: default
                stringData:
                  password: hunter2-very-secret
                """);
    Rule leaky =
        new Rule() {
          @Override
          public String id() {
            return "leaky";
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.WARNING;
          }

          @Override
          public String summary() {
            return "repeats values";
          }

          @Override
          public String explanation() {
            return "a rule that quotes what it sees";
          }

          @Override
          public void check(CheckContext context, Consumer<Finding> findings) {
            for (CheckContext.Rendered r : context.objects()) {
              if (r.kind().equals("Secret")) {
                findings.accept(
                    Finding.of(
                        this,
                        r.pos(),
                        r.ref(),
                        "saw hunter2-very-secret and ENC[AES256_GCM,data:abc=,iv:x,tag:y,type:str]",
                        "hunter2-very-secret"));
              }
            }
          }
        };
    List<Finding> f =
        CheckTesting.of(CheckTesting.check(Checker.builder().rule(leaky).build(), tree), "leaky");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message()).isEqualTo("saw **masked** and **masked**");
              assertThat(x.hint()).isEqualTo("**masked**");
            });
  }
}
