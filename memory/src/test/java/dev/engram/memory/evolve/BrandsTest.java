package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names coined by joining two words ({@link Brands}) against people's names. */
class BrandsTest {

  @ParameterizedTest
  @ValueSource(strings = {"LastPass", "SoundCloud", "PayPal", "DropBox", "FaceTime"})
  void twoWordsJoinedAtACapital(String name) {
    assertThat(Brands.coined(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"McDonald", "MacKenzie", "DeShawn", "LeBron", "Karen", "Bitwarden", "NASA"})
  void peoplesNamesAndOtherNames(String name) {
    assertThat(Brands.coined(name)).isFalse();
  }
}
