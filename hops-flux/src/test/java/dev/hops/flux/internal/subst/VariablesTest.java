package dev.hops.flux.internal.subst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.flux.FluxException;
import dev.hops.flux.internal.subst.Substitution.Options;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Variable assembly as kustomize_varsub.go LoadVariables and SubstituteVariables do it. */
class VariablesTest {

  private static MappingNode object(String yaml) {
    return (MappingNode) YamlReader.withDefaults().readDocument(yaml, "cluster/vars.yaml");
  }

  private static VariableSource configMap(String name, String data) {
    return VariableSource.of(
        object(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: NAME
            data:
            """
                    .replace("NAME", name)
                + data.indent(2)),
        null);
  }

  private static final SourcePos REF = new SourcePos("clusters/prod/apps.yaml", 12, 7);

  @Test
  void laterSourcesOverwriteAndInlineWins() {
    Variables vars =
        Variables.collect(
            List.of(
                configMap("first", "A: first\nB: first\nC: first"),
                configMap("second", "B: second\nC: second")),
            Map.of("C", "inline"));
    assertThat(vars.values())
        .containsExactly(
            Map.entry("A", "first"), Map.entry("B", "second"), Map.entry("C", "inline"));
    assertThat(vars.placeholders()).isEmpty();
    assertThat(vars.loadError()).isNull();
  }

  @Test
  void configMapDataOnly() {
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: cm
                        data:
                          PORT: 8080
                          EMPTY:
                        binaryData:
                          BIN: aGVsbG8=
                        """),
                    null)),
            null);
    assertThat(vars.values()).containsOnly(Map.entry("PORT", "8080"), Map.entry("EMPTY", ""));
  }

  @Test
  void secretDataIsDecodedAndStringDataWins() {
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: s
                        data:
                          USER: YWRtaW4=
                          PASS: c2VjcmV0
                          MULTI: |
                            bGluZTEK
                            bGluZTI=
                        stringData:
                          PASS: override
                        """),
                    null)),
            null,
            true);
    assertThat(vars.values())
        .containsExactly(
            Map.entry("USER", "admin"),
            Map.entry("PASS", "override"),
            Map.entry("MULTI", "line1line2"));
  }

  @Test
  void plainSecretValuesArePlaceholdersUnlessRevealed() {
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: cluster-secrets
                        data:
                          USER: YWRtaW4=
                        stringData:
                          DOMAIN: example.com
                        """),
                    null)),
            null);
    assertThat(vars.values())
        .containsExactly(
            Map.entry("USER", "..PLACEHOLDER_USER.."),
            Map.entry("DOMAIN", "..PLACEHOLDER_DOMAIN.."));
    assertThat(vars.placeholders())
        .containsOnly(
            Map.entry("USER", "Secret/cluster-secrets"),
            Map.entry("DOMAIN", "Secret/cluster-secrets"));
  }

  @Test
  void missingOptionalIsSkipped() {
    Variables vars =
        Variables.collect(
            List.of(VariableSource.missing("Secret", "absent", true, REF), configMap("cm", "A: a")),
            null);
    assertThat(vars.values()).containsExactly(Map.entry("A", "a"));
    assertThat(vars.loadError()).isNull();
  }

  private static final String OBJECT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: apps
      spec:
        replicas: ${REPLICAS:=1}
      """;

  @Test
  void missingRequiredFailsOnlyObjectsThatAreSubstituted() {
    Variables vars =
        Variables.collect(
            List.of(
                configMap("cm", "A: a"), VariableSource.missing("ConfigMap", "absent", false, REF)),
            Map.of("B", "b"));
    assertThat(vars.loadError().message())
        .isEqualTo("substitute from 'ConfigMap/absent' error: configmaps \"absent\" not found");
    assertThatThrownBy(() -> Substitution.apply(object(OBJECT), vars, Options.controller()))
        .isInstanceOfSatisfying(
            FluxException.class,
            e -> {
              assertThat(e.reason())
                  .isEqualTo(
                      "post build failed for 'Deployment.v1.apps/web': substitute from"
                          + " 'ConfigMap/absent' error: configmaps \"absent\" not found");
              assertThat(e.object()).isEqualTo("Deployment/apps/web");
              assertThat(e.context())
                  .containsExactly(
                      "while reading the substituteFrom entry at clusters/prod/apps.yaml:12:7");
            });
    MappingNode disabled =
        object(
            OBJECT.replace(
                "  namespace: apps\n",
                "  namespace: apps\n  labels:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n"));
    assertThat(Substitution.apply(disabled, vars, Options.controller())).isSameAs(disabled);
  }

  @Test
  void missingSecretMessage() {
    Variables vars =
        Variables.collect(List.of(VariableSource.missing("Secret", "creds", false, null)), null);
    assertThat(vars.loadError().message())
        .isEqualTo("substitute from 'Secret/creds' error: secrets \"creds\" not found");
  }

  @Test
  void invalidBase64() {
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: bad
                        data:
                          A: not*base64
                        """),
                    null)),
            null);
    assertThat(vars.loadError().message())
        .isEqualTo("substitute from 'Secret/bad' error: illegal base64 data at input byte 3");
  }

  private static final String SOPS_SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: cluster-secrets
        namespace: flux-system
      stringData:
        DB_PASSWORD: ENC[AES256_GCM,data:c2VjcmV0,iv:aXY=,tag:dGFn,type:str]
        API_TOKEN: ENC[AES256_GCM,data:dG9rZW4=,iv:aXY=,tag:dGFn,type:str]
        PLAIN: visible
      sops:
        age:
        - recipient: age1xyz
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
        lastmodified: "2024-01-01T00:00:00Z"
        mac: ENC[AES256_GCM,data:bWFj,iv:aXY=,tag:dGFn,type:str]
        unencrypted_suffix: _unencrypted
        version: 3.8.1
      """;

  @Test
  void sopsEncryptedSecretGivesPlaceholders() {
    MappingNode secret = object(SOPS_SECRET);
    assertThat(Sops.isEncrypted(secret)).isTrue();
    VariableSource source = VariableSource.of(secret, REF);
    assertThat(source).isInstanceOf(VariableSource.Encrypted.class);
    Variables vars =
        Variables.collect(
            List.of(configMap("cm", "API_TOKEN: plain"), source), Map.of("PLAIN", "inline"));
    assertThat(vars.values())
        .containsExactly(
            Map.entry("API_TOKEN", "..PLACEHOLDER_API_TOKEN.."),
            Map.entry("DB_PASSWORD", "..PLACEHOLDER_DB_PASSWORD.."),
            Map.entry("PLAIN", "inline"));
    assertThat(vars.placeholders())
        .containsOnly(
            Map.entry("API_TOKEN", "Secret/cluster-secrets"),
            Map.entry("DB_PASSWORD", "Secret/cluster-secrets"));

    String out =
        KustomizeYaml.toYaml(
            Substitution.apply(
                object(
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: app
                    data:
                      url: postgres://app:${DB_PASSWORD}@db:5432/app
                      quoted: '${API_TOKEN}'
                      token: ${API_TOKEN}
                    """),
                vars,
                Options.controller()));
    assertThat(out)
        .isEqualTo(
            """
            apiVersion: v1
            data:
              quoted: ..PLACEHOLDER_API_TOKEN..
              token: ..PLACEHOLDER_API_TOKEN..
              url: postgres://app:..PLACEHOLDER_DB_PASSWORD..@db:5432/app
            kind: ConfigMap
            metadata:
              name: app
            """)
        .doesNotContain("ENC[");
  }

  @Test
  void laterPlainSourceReplacesAPlaceholder() {
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(object(SOPS_SECRET), null), configMap("cm", "DB_PASSWORD: x")),
            null);
    assertThat(vars.values()).containsEntry("DB_PASSWORD", "x");
    assertThat(vars.placeholders()).containsOnlyKeys("API_TOKEN", "PLAIN");
  }

  @Test
  void sopsDocumentInsideAValueIsNeverPassedOn() {
    // base64 of "data: ENC[AES256_GCM,data:abc,type:str]\nsops:\n  mac: ENC[x]\n"
    String encoded =
        java.util.Base64.getEncoder()
            .encodeToString(
                "data: ENC[AES256_GCM,data:abc,type:str]\nsops:\n  mac: ENC[x]\n".getBytes());
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: gen
                        data:
                          ENV_FILE: VALUE
                        """
                            .replace("VALUE", encoded)),
                    null)),
            null);
    assertThat(vars.values()).containsExactly(Map.entry("ENV_FILE", "..PLACEHOLDER_ENV_FILE.."));
    assertThat(vars.placeholders()).containsExactly(Map.entry("ENV_FILE", "Secret/gen"));
  }
}
