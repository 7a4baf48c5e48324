package dev.engram.memory.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import org.junit.jupiter.api.Test;

class VectorsTest {
  @Test
  void keepsShortTextAsItIs() {
    assertThat(Vectors.truncate("short text", 20)).isEqualTo("short text");
  }

  @Test
  void cutsLongTextAtAWordBoundary() {
    assertThat(Vectors.truncate("alpha beta gamma delta", 13)).isEqualTo("alpha beta");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "x".repeat(9) + "😀" + "y".repeat(10);

    assertThat(Vectors.truncate(text, 10)).isEqualTo("x".repeat(9));
  }

  @Test
  void normalizesToUnitLength() {
    assertThat(Vectors.normalize(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
  }

  @Test
  void refusesZeroVectors() {
    assertThatThrownBy(() -> Vectors.normalize(new float[] {0, 0}))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.EMBEDDING_FAILED));
  }
}
