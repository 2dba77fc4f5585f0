package dev.hops.diff.internal;

import static dev.hops.diff.internal.FieldDiffTest.diff;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Secret values and SOPS content never appear in a diff; that they changed does. */
class SecretMaskingTest {

  private static final String SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: db
        namespace: default
      type: Opaque
      data:
        password: c2VjcmV0LTE=
        user: YWRtaW4=
      stringData:
        token: plain-token-1
      """;

  @Test
  void changedAddedAndRemovedSecretValuesShowNoContent() {
    String head =
        SECRET
            .replace("c2VjcmV0LTE=", "c2VjcmV0LTI=")
            .replace("  user: YWRtaW4=\n", "  host: ZGIuZXhhbXBsZQ==\n")
            .replace("plain-token-1", "plain-token-2")
            .replace("type: Opaque", "type: kubernetes.io/basic-auth");
    List<String> lines = diff(SECRET, head);
    assertThat(lines)
        .containsExactly(
            "type: Opaque -> kubernetes.io/basic-auth",
            "data.password: (secret value changed) -> (secret value changed)",
            "data.host: null -> (secret value)",
            "data.user: (secret value) -> null",
            "stringData.token: (secret value changed) -> (secret value changed)");
    assertNoSecretIn(lines);
  }

  @Test
  void aWholeDataMapAddedOrRemovedShowsItsKeysOnly() {
    String noData = SECRET.substring(0, SECRET.indexOf("\ndata:") + 1);
    assertThat(diff(noData, SECRET))
        .containsExactly(
            "data: null -> {password: (secret value), user: (secret value)}",
            "stringData: null -> {token: (secret value)}");
    assertThat(diff(SECRET, noData))
        .containsExactly(
            "data: {password: (secret value), user: (secret value)} -> null",
            "stringData: {token: (secret value)} -> null");
  }

  @Test
  void sopsCiphertextAndTheSopsBlockOfAnyKindAreMasked() {
    String base =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          api_key: ENC[AES256_GCM,data:abc,iv:1,tag:2,type:str]
          plain: visible
          list:
          - ENC[AES256_GCM,data:x,type:str]
          - open
        sops:
          mac: ENC[AES256_GCM,data:mac1,type:str]
          lastmodified: "2024-01-01T00:00:00Z"
        """;
    String head =
        base.replace("data:abc", "data:def")
            .replace("data:x,", "data:y,")
            .replace("mac1", "mac2")
            .replace("visible", "shown");
    List<String> lines = diff(base, head);
    assertThat(lines)
        .containsExactly(
            "data.api_key: (secret value changed) -> (secret value changed)",
            "data.plain: visible -> shown",
            "data.list[0]: (secret value changed) -> (secret value changed)",
            "sops: (secret value changed) -> (secret value changed)");
    assertNoSecretIn(lines);
    // a value that stops being ciphertext is not shown either
    assertThat(diff(base, base.replace("ENC[AES256_GCM,data:abc,iv:1,tag:2,type:str]", "clear")))
        .containsExactly("data.api_key: (secret value changed) -> (secret value changed)");
    String unencrypted = base.substring(0, base.indexOf("sops:"));
    assertThat(diff(base, unencrypted)).containsExactly("sops: (secret value) -> null");
    // ciphertext inside an added value
    String without =
        unencrypted.replace("  api_key: ENC[AES256_GCM,data:abc,iv:1,tag:2,type:str]\n", "");
    assertThat(diff(without, unencrypted)).containsExactly("data.api_key: null -> (secret value)");
  }

  @Test
  void aSecretOfAnotherApiIsNotAKubernetesSecret() {
    String base = "apiVersion: example.com/v1\nkind: Secret\ndata: {a: x}\n";
    assertThat(diff(base, base.replace("a: x", "a: z"))).containsExactly("data.a: x -> z");
  }

  private static void assertNoSecretIn(List<String> lines) {
    for (String secret :
        List.of("c2VjcmV0", "YWRtaW4", "ZGIu", "plain-token", "ENC[", "abc", "def", "mac")) {
      assertThat(String.join("\n", lines)).doesNotContain(secret);
    }
  }
}
