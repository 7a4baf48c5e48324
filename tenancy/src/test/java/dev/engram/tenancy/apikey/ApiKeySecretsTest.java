package dev.engram.tenancy.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {
  @Test
  void keysHaveTheScannablePrefixAndAreUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String key = ApiKeySecrets.newKey();
      assertThat(key).matches("eng_[0-9A-Za-z]{40}");
      assertThat(ApiKeySecrets.looksLikeKey(key)).isTrue();
      assertThat(seen.add(key)).isTrue();
    }
  }

  @Test
  void rejectsTextsOfTheWrongShape() {
    assertThat(ApiKeySecrets.looksLikeKey("eng_short")).isFalse();
    assertThat(ApiKeySecrets.looksLikeKey("sk_" + "a".repeat(41))).isFalse();
    assertThat(ApiKeySecrets.looksLikeKey("eng_" + "a".repeat(39) + "!")).isFalse();
  }

  @Test
  void hashIsStableSha256Hex() {
    assertThat(ApiKeySecrets.hash("eng_x")).isEqualTo(ApiKeySecrets.hash("eng_x")).hasSize(64);
    assertThat(ApiKeySecrets.hash("eng_x")).isNotEqualTo(ApiKeySecrets.hash("eng_y"));
  }
}
