package dev.engram.memory.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.MemoryException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackHeadersTest {
  private final CallbackConfiguration config = CallbackConfiguration.defaults();

  @Test
  void keepsOrdinaryHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer abc.def");
    headers.put("X-Signature", "sha256=00ff");

    assertThat(CallbackHeaders.check(headers, config)).containsExactlyEntriesOf(headers);
    assertThat(CallbackHeaders.check(null, config)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Host",
        "content-length",
        "Content-Type",
        "Transfer-Encoding",
        "Connection",
        "Upgrade",
        "Expect",
        "Proxy-Authorization",
        "TE"
      })
  void refusesHeadersEngramSets(String name) {
    assertThatThrownBy(() -> CallbackHeaders.check(Map.of(name, "x"), config))
        .isInstanceOfSatisfying(
            MemoryException.class, e -> assertThat(e.field()).contains("callback_headers." + name))
        .hasMessageContaining("cannot be overridden");
  }

  @Test
  void refusesMalformedNamesAndValues() {
    assertThatThrownBy(() -> CallbackHeaders.check(Map.of("Bad Name", "x"), config))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining("HTTP tokens");
    assertThatThrownBy(() -> CallbackHeaders.check(Map.of("X-A", "one\r\nX-B: two"), config))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining("no line breaks");
    assertThatThrownBy(
            () ->
                CallbackHeaders.check(
                    Map.of("X-A", "v".repeat(CallbackHeaders.MAX_VALUE_LENGTH + 1)), config))
        .isInstanceOf(MemoryException.class);
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("X-A", null);
    assertThatThrownBy(() -> CallbackHeaders.check(nullValue, config))
        .isInstanceOf(MemoryException.class);
  }

  @Test
  void boundsTheNumberOfHeaders() {
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i <= config.maxHeaders(); i++) {
      many.put("X-H" + i, "v");
    }
    assertThatThrownBy(() -> CallbackHeaders.check(many, config))
        .isInstanceOfSatisfying(
            MemoryException.class, e -> assertThat(e.field()).contains("callback_headers"))
        .hasMessageContaining("at most 20");
  }

  @Test
  void refusesTheSameHeaderTwiceInDifferentCase() {
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("X-Token", "a");
    twice.put("x-token", "b");
    assertThatThrownBy(() -> CallbackHeaders.check(twice, config))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining("twice");
  }
}
